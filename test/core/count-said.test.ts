// Counts said in words, as --count and --limit read them: English number words, and dozens.
import { describe, expect, it } from "vitest";
import { countSaidAt } from "../../src/core/count-said.js";

describe("countSaidAt", () => {
  it.each([
    ["five", 5, 1],
    ["twenty five", 25, 2],
    ["a hundred and two", 102, 4],
    ["one hundred and two", 102, 4],
    ["A Hundred Two", 102, 3],
    ["a dozen", 12, 2],
    ["one dozen", 12, 2],
    ["dozen", 12, 1],
    ["two dozen", 24, 2],
    ["2 dozen", 24, 2],
    ["half a dozen", 6, 3],
    ["twenty five gifts", 25, 2],
    ["a dozen more", 12, 2],
  ])("'%s' is %i, in %i words", (typed, value, count) => {
    expect(countSaidAt(typed.split(" "), 0)).toEqual({ value, count });
  });

  it.each([["a"], ["a few"], ["half"], ["gifts"], ["12"], [""], ["zero"]])("'%s' says no count in words", (typed) => {
    expect(countSaidAt(typed.split(" "), 0)).toBeUndefined();
  });

  it("reads from the place asked", () => {
    expect(countSaidAt(["--count", "a", "dozen"], 1)).toEqual({ value: 12, count: 2 });
  });
});
