import { describe, expect, it } from "vitest";
import { codeWithKnownTags, knownConceptOf, withKnownTags } from "../../../src/core/concepts/known-tags.js";
import type { Library, Standard } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const standard = (concepts?: string[]): Standard => ({
  code: "mine",
  section: "rules",
  sectionTitle: "Rules",
  number: 1,
  text: "Keep to the arrangements.",
  items: [],
  notes: [],
  editorial: [],
  citation: "Mine 1",
  ...(concepts ? { concepts } : {}),
});

/** A library whose index has these concept ids, counting how often it is read. */
function libraryOf(ids: string[]) {
  const reads = { count: 0 };
  const library = {
    codes: [],
    topics: [],
    get concepts() {
      reads.count++;
      return ids.map((id) => ({ id }));
    },
  } as unknown as Library;
  return { library, reads };
}

describe("withKnownTags", () => {
  it.each([
    [undefined, undefined],
    [[], []],
    [["a", "b"], ["a", "b"]],
    [["x", "a"], ["a"]],
    [["x"], []],
  ])("%j → %j", (tags, kept) => {
    const result = withKnownTags(standard(tags), knownConceptOf(libraryOf(["a", "b"]).library));
    expect(result.concepts).toEqual(kept);
    expect(Object.keys(result)).toEqual(Object.keys(standard(tags)));
  });

  it("reads the index once, and only for a standard with tags", () => {
    const { library, reads } = libraryOf(["a"]);
    const known = knownConceptOf(library);
    withKnownTags(standard(), known);
    expect(reads.count).toBe(0);
    withKnownTags(standard(["a", "x"]), known);
    withKnownTags(standard(["x"]), known);
    expect(reads.count).toBe(1);
  });

  it("a code whose tags are all known is itself, not a copy", () => {
    const known = knownConceptOf(libraryOf(["a"]).library);
    const code = makeCode({ id: "mine", shortName: "Mine", title: "Mine", sections: [{ id: "rules", title: "Rules", intro: null, editorial: {}, standards: [standard(["a"]), standard()] }] });
    expect(codeWithKnownTags(code, known)).toBe(code);
    const tagged = { ...code, sections: [{ ...code.sections[0]!, standards: [standard(["x", "a"])] }] };
    expect(codeWithKnownTags(tagged, known).sections[0]!.standards[0]!.concepts).toEqual(["a"]);
    expect(tagged.sections[0]!.standards[0]!.concepts).toEqual(["x", "a"]);
  });
});
