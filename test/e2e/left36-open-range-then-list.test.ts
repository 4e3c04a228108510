// `ethics show wi 1- and 5` said "'5' has no code before it": the open range 1- was read whole
// (1 to the last), the "and" as joining the next reference, and 5 as that reference, codeless.
// A range that ends in its dash with a number after "and" was most likely meant to end at it:
// a usage error now says the range's end is missing, as `show wi 1 to` does
// (left34-dangling-range-words). An open range before another reference is still one.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("an open range, then a list word and a number", () => {
  it.each([
    [["wi", "1-", "and", "5"], "'1- and 5' has a range with no end before 'and': expected the number the range ends at", "for 1 to 5, write 1-5; for 1 to the last, 1- alone"],
    [["wi", "1-", "&", "5"], "'1- & 5' has a range with no end before '&': expected the number the range ends at", "for 1 to 5, write 1-5; for 1 to the last, 1- alone"],
    [["wi", "2..", "AND", "§", "4"], "'2.. AND § 4' has a range with no end before 'AND': expected the number the range ends at", "for 2 to 4, write 2-4; for 2 to the last, 2- alone"],
    [["wi", "3,6-", "and", "9"], "'3,6- and 9' has a range with no end before 'and': expected the number the range ends at", "for 6 to 9, write 3,6-9; for 6 to the last, 3,6- alone"],
  ])("show %j: a usage error, exit 2", (words, message, hint) => {
    expectShortFailure(ethics(["show", ...words]), 2, `ethics: ${message}\nhint: ${hint}\n`);
  });

  it("an open range and another reference: both shown", () => {
    const result = ethics(["show", "wi", "14-", "and", "nc", "2"]);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").filter((line) => /^[A-Z][a-z ]+ \d+$/i.test(line))).toEqual(["Wisconsin 14", "Wisconsin 15", "North Carolina 2"]);
  });
});
