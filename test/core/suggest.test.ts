// "did you mean …?": the nearest choice by edit distance; of choices equally near, the one that
// keeps more of the letters typed, in order, whatever order the choices come in.
import { describe, expect, it } from "vitest";
import { lettersInCommon, nearest } from "../../src/core/suggest.js";

describe("nearest", () => {
  it.each<[string, string[], string | undefined]>([
    ["gfits", ["gifts", "boundaries"], "gifts"],
    ["medcal", ["alaska", "medi-cal", "wisconsin"], "medi-cal"],
    // sense and sponsor are both two edits from "spnser"; sponsor keeps five of its letters in order, sense four.
    ["spnser", ["sense", "sponsor"], "sponsor"],
    ["spnser", ["sponsor", "sense"], "sponsor"],
    // sponsee keeps as many, but not the last letter.
    ["spnser", ["sponsee", "sponsor"], "sponsor"],
    // Equally near and keeping as many letters: the first listed.
    ["cat", ["bat", "hat"], "bat"],
    ["cat", ["hat", "bat"], "hat"],
    // Too far to be a slip.
    ["x", ["sex"], undefined],
    ["weather", ["father", "gifts"], "father"],
  ])("%s among %j → %s", (input, choices, expected) => {
    expect(nearest(input, choices)).toBe(expected);
  });

  it.each<[string, string, number]>([
    ["spnser", "sponsor", 5],
    ["spnser", "sense", 4],
    ["", "abc", 0],
    ["abc", "abc", 3],
  ])("%s and %s have %i letters in common, in order", (a, b, count) => {
    expect(lettersInCommon(a, b)).toBe(count);
  });
});
