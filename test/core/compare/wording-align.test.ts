// alignWording pairs standards one to one, best pairs first: of equal ranks, by A's order, then
// B's. The pairs are kept as cells of the similarity matrix, sorted by rank then cell (not an
// object each: two codes of 2,000 like standards made four million); these cases pin the order.
import { describe, expect, it } from "vitest";
import { alignWording } from "../../../src/core/compare/wording.js";
import type { Code } from "../../../src/model.js";
import { userCode } from "./user-code.js";

const GIFTS = "Never accept gifts of money from persons served.";
const LENDING = "Never lend money to persons served or borrow money from them.";
const SUPERVISION = "Seek supervision about dual relationships with persons served.";

/** The pairs made, as "a-index → b-index", in A's order. */
function pairs(a: Code, b: Code, related = () => true): string[] {
  return alignWording(a, b, related).matches.map((match) => `${match.aIndex} → ${match.bIndex}`);
}

describe("alignWording: which pairs, in which order of choice", () => {
  it.each([
    // Equal ranks go by A's order, then B's: the first two of A take B's two, the third is left.
    ["three alike in A, two in B", { rules: [GIFTS, GIFTS, GIFTS] }, { rules: [GIFTS, GIFTS] }, ["0 → 0", "1 → 1"]],
    ["two alike in A, three in B", { rules: [GIFTS, GIFTS] }, { rules: [GIFTS, GIFTS, GIFTS] }, ["0 → 0", "1 → 1"]],
    // The best pair is made first, whatever the order: B's first is A's second rule word for word.
    ["the best pair first", { rules: [GIFTS, LENDING] }, { rules: [LENDING, GIFTS] }, ["0 → 1", "1 → 0"]],
    // Of equal similarity, a standard of a section of the same name comes first.
    ["the same section first", { other: [SUPERVISION], rules: [SUPERVISION] }, { rules: [SUPERVISION] }, ["1 → 0"]],
    // A standard of stop words alone pairs only with the same text.
    ["stop words alone", { rules: ["Do so.", GIFTS] }, { rules: [GIFTS, "Do so."] }, ["0 → 1", "1 → 0"]],
    ["nothing alike", { rules: [GIFTS] }, { rules: ["Keep records of every session in the agency's system."] }, []],
  ])("%s", (_, aSections, bSections, expected) => {
    expect(pairs(userCode("aa", aSections), userCode("bb", bSections))).toEqual(expected);
  });

  it("a pair below the bar for unrelated standards is made only where they are related", () => {
    const a = userCode("aa", { rules: ["Never accept gifts of money or loans from persons served in the program."] });
    const b = userCode("bb", { rules: ["Never give gifts to persons served."] });
    const related = pairs(a, b);
    expect(related).toEqual(["0 → 0"]);
    expect(pairs(a, b, () => false)).toEqual([]);
  });
});
