// `diff --section` lists a pair for its half in the section wherever the other half stands, and
// the concept rows now weigh that other half too: a reader comparing a section expects a concept
// the other code addresses in a standard the report pairs with one of the section's to be
// addressed by both. `diff alaska alaska-moved --section conflicts` paired Conduct 8 with the
// revision's Conflicts of Interest 5 (moved there) and said the revision adds private practice;
// `diff alaska harbor --section conduct` paired Conduct 5 with Harbor's Records 1 and said only
// Alaska keeps required records.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { diffCodes } from "../../../src/core/compare/diff.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import type { Code, Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");

function fixtureCode(name: string): Code {
  const file = join(root, "test/fixtures/diff-halves", `${name}.yaml`);
  const parsed = parseCodeText(readFileSync(file, "utf8"), file, "user");
  expect(parsed.problems).toEqual([]);
  return parsed.code!;
}

const data = readDataDirectory(join(root, "data"));
const library: Library = { ...data, codes: [...data.codes, fixtureCode("harbor"), fixtureCode("alaska-moved")] };

describe("diff --section: a pair's half outside the section is weighed in the concept rows", () => {
  it.each([
    ["a revision that moved a standard into the section", "alaska", "alaska-moved", "conflicts", "private-practice", ["Alaska · Conduct 8"], ["Alaska Moved · Conflicts of Interest 5"]],
    ["the same, the other way", "alaska-moved", "alaska", "conflicts", "private-practice", ["Alaska Moved · Conflicts of Interest 5"], ["Alaska · Conduct 8"]],
    ["codes written apart, B's half in another section", "alaska", "harbor", "conduct", "keeping-required-records", ["Alaska · Conduct 5"], ["Harbor · Records 1"]],
    ["the same pair on another of its concepts", "alaska", "harbor", "conduct", "honest-documentation", ["Alaska · Conduct 5"], ["Harbor · Records 1"]],
  ] as const)("%s: %s → %s --section %s, on %s", (_what, a, b, section, concept, aCited, bCited) => {
    const diff = diffCodes(library, a, b, { section });
    const row = diff.concepts.find((each) => each.id === concept)!;
    expect(row.a.map((ref) => ref.citation)).toEqual(aCited);
    expect(row.b.map((ref) => ref.citation)).toEqual(bCited);
    // the pair is listed: its halves are the standards the row cites
    expect(diff.pairs.some((pair) => pair.a.citation === aCited[0] && pair.b.citation === bCited[0])).toBe(true);
  });

  it.each([
    ["alaska", "alaska-moved", "conflicts", 0],
    ["alaska-moved", "alaska", "conflicts", 2],
  ] as const)("%s → %s --section %s: %i concepts only in B", (a, b, section, onlyB) => {
    expect(diffCodes(library, a, b, { section }).summary.concepts.onlyB).toBe(onlyB);
  });

  it("a standard of the section on a matter only the other half addresses is compared by concept, not only in A", () => {
    const diff = diffCodes(library, "alaska", "harbor", { section: "conduct" });
    // Conduct 7's client contact details: Harbor's Records 1, paired with Conduct 5, keeps client records
    expect(diff.relatedA.map((ref) => ref.citation)).toContain("Alaska · Conduct 7");
    expect(diff.onlyA.map((ref) => ref.citation)).not.toContain("Alaska · Conduct 7");
  });

  it("without --section, nothing lies outside: the rows are those of the whole codes", () => {
    const whole = diffCodes(library, "alaska", "harbor");
    const row = whole.concepts.find((each) => each.id === "keeping-required-records")!;
    expect(row.b.map((ref) => ref.citation)).toEqual(["Harbor · Records 1"]);
  });
});
