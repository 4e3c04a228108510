import { describe, expect, it } from "vitest";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { positionsOnTopic, standardsOnTopic, useKnownConcepts } from "../../../src/core/concepts/topics.js";
import { scopeCodes, standardOfCodes, standardsOfCodes, studyScope } from "../../../src/core/study/scope.js";
import { allStandards, rememberSize, type Code, type Library } from "../../../src/model.js";
import { conceptLibrary, plainLibrary } from "./library.js";

describe("a standard of some codes found by their sizes", () => {
  const all = studyScope(plainLibrary, { codes: [] }).standards;

  it.each([
    ["every code, the first standard", [], 0],
    ["every code, one in the middle", [], 131],
    ["every code, the last standard", [], all.length - 1],
    // Named in any order, the codes are in library order: Alaska's standards, then Wisconsin's.
    ["two codes, the first of the second", ["wisconsin", "alaska"], studyScope(plainLibrary, { codes: ["alaska"] }).standards.length],
    ["two codes, the last", ["wisconsin", "alaska"], studyScope(plainLibrary, { codes: ["wisconsin", "alaska"] }).standards.length - 1],
    ["one code", ["nc"], 7],
  ])("is studyScope's standard at that position: %s", (_what, codes, position) => {
    const request = { codes };
    const expected = studyScope(plainLibrary, request).standards[position];
    expect(expected).toBeDefined();
    expect(standardOfCodes(plainLibrary, scopeCodes(plainLibrary, request), null, (count) => {
      expect(count).toBe(studyScope(plainLibrary, request).standards.length);
      return position;
    })).toBe(expected);
  });

  it("reads a code's size ahead of its sections when it is known (a cached user's code)", () => {
    const [first, second] = ["wisconsin", "alaska"].map((id) => plainLibrary.codes.find((code) => code.id === id));
    const sized = { ...first!, sections: [] };
    rememberSize(sized, { sections: first!.sections.length, standards: studyScope(plainLibrary, { codes: ["wisconsin"] }).standards.length });
    const position = studyScope(plainLibrary, { codes: ["wisconsin"] }).standards.length + 2;
    expect(standardOfCodes(plainLibrary, [sized, second!], null, () => position)).toBe(studyScope(plainLibrary, { codes: ["alaska"] }).standards[2]);
  });
});

describe("several standards of some codes, each at its position", () => {
  const codes = scopeCodes(plainLibrary, { codes: [] });
  const all = studyScope(plainLibrary, { codes: [] }).standards;
  // A code with no standards in the middle and at the end: its place among the others is empty.
  const empty = { ...codes[0]!, id: "empty", sections: [] };
  const withEmpty = [empty, codes[0]!, empty, ...codes.slice(1), empty];

  it.each([
    ["the first and last of every code", [0, all.length - 1]],
    ["every one, in an order of their own", all.map((_, at) => all.length - 1 - at)],
  ])("is studyScope's standards at those positions: %s", (_what, positions) => {
    for (const scope of [codes, withEmpty]) {
      const chosen = [...positions];
      expect(standardsOfCodes(plainLibrary, scope, null, (count) => (expect(count).toBe(all.length), chosen.shift()!), positions.length)).toEqual(positions.map((at) => all[at]));
    }
  });

  it("draws no more than the scope holds", () => {
    let draws = 0;
    const one = scopeCodes(plainLibrary, { codes: ["nc"] });
    const size = studyScope(plainLibrary, { codes: ["nc"] }).standards.length;
    expect(standardsOfCodes(plainLibrary, one, null, () => draws++ % size, size + 5)).toHaveLength(size);
    expect(draws).toBe(size);
  });

  it("refuses a position the scope does not hold", () => {
    expect(() => standardsOfCodes(plainLibrary, codes, null, () => all.length, 1)).toThrow(RangeError);
  });
});

describe("the codes of a scope", () => {
  it.each([
    [["wi", "ak"], ["alaska", "wisconsin"]],
    [["ak", "wi"], ["alaska", "wisconsin"]],
    [["nc", "medi-cal", "alaska", "ak"], ["alaska", "medi-cal", "north-carolina"]],
  ])("%j are %j: each once, in library order", (codes, ids) => {
    expect(scopeCodes(plainLibrary, { codes }).map((code) => code.id)).toEqual(ids);
  });
});

describe("a standard of some codes on a topic", () => {
  // A user's code (a copy of Alaska's under its own id), whose concepts are known as the search
  // index would give them: found by their positions, the built-in codes by reading them.
  const alaska = conceptLibrary.codes.find((code) => code.id === "alaska")!;
  const copy: Code = { ...alaska, id: "ak-copy", aliases: [], shortName: "AK copy", origin: "user", sections: alaska.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: "ak-copy" })) })) };
  const library: Library = { ...conceptLibrary, codes: [...conceptLibrary.codes, copy] };
  const inferred = conceptsOfCode(library, copy);
  useKnownConcepts(library, new Map([["ak-copy", allStandards(copy).map((standard) => inferred.get(standardKeyOf(standard))?.ids ?? [])]]));

  const topicsOfCopy = library.topics.filter((topic) => standardsOnTopic(library, topic, copy).length > 0);

  it("has topics to try", () => expect(topicsOfCopy.length).toBeGreaterThanOrEqual(2));

  it.each(topicsOfCopy.slice(0, 3).map((topic) => [topic.id]))(
    "%s: each position gives studyScope's standard there",
    (topicId) => {
      const topic = library.topics.find((each) => each.id === topicId)!;
      expect(positionsOnTopic(library, topic, copy)).not.toBeNull();
      const request = { codes: ["wisconsin", "ak-copy", "alaska"], topic: topicId };
      const expected = studyScope(library, request).standards;
      for (let position = 0; position < expected.length; position++) {
        expect(standardOfCodes(library, scopeCodes(library, request), topic, (count) => (expect(count).toBe(expected.length), position))).toBe(expected[position]);
      }
    },
  );
});
