// diff listed each standard as a reference alone (code, section, number, text): its items,
// notes, editor's notes and citation were missing from --json, which prints the diff as the
// core gives it. Every standard it lists is now the standard whole, with only the concept tags
// the index has, as `show --json` gives it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes, type CodeDiff, type DiffStandard } from "../../../src/core/compare/diff.js";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { findStandard, type Library } from "../../../src/model.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../../data"));

function listed(diff: CodeDiff): DiffStandard[] {
  return [
    ...diff.pairs.flatMap((pair) => [pair.a, pair.b]),
    ...diff.onlyA,
    ...diff.onlyB,
    ...diff.relatedA,
    ...diff.relatedB,
    ...diff.merges.flatMap((merge) => [...merge.a, merge.b]),
    ...diff.splits.flatMap((split) => [split.a, ...split.b]),
  ];
}

const tagged = parseCodeText(
  [
    "id: tagged",
    "title: Tagged",
    "shortName: Tagged",
    "jurisdiction: test",
    "source: { document: test.txt, derivedFrom: alaska }",
    "sections:",
    "  - id: conduct",
    "    title: Conduct",
    "    standards:",
    "      - number: 1",
    "        text: I will not lend money to peers I support.",
    "        notes: [See the agency policy.]",
    "        concepts: [lending-and-borrowing-money, no-such-concept]",
  ].join("\n"),
  "tagged.yaml",
  "user",
).code!;
const withTagged: Library = { ...builtIn, codes: [...builtIn.codes, tagged] };

describe("every standard a diff lists is whole", () => {
  it.each([
    ["california", "medi-cal"],
    ["medi-cal", "california"],
    ["alaska", "medi-cal"],
    ["north-carolina", "wisconsin"],
  ])("%s → %s: each is the code's standard, items, notes and citation and all", (a, b) => {
    const standards = listed(diffCodes(builtIn, a, b));
    expect(standards.length).toBeGreaterThan(0);
    for (const standard of standards) expect(standard).toEqual(findStandard(builtIn, standard));
  });

  it.each([
    ["tagged", "alaska"],
    ["alaska", "tagged"],
  ])("%s → %s: a user's standard keeps its notes, and only the concept tags the index has", (a, b) => {
    const standard = listed(diffCodes(withTagged, a, b)).find((each) => each.code === "tagged")!;
    expect(standard).toMatchObject({ notes: ["See the agency policy."], citation: "Tagged 1", concepts: ["lending-and-borrowing-money"] });
  });
});
