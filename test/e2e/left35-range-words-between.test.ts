// `ethics show wi 1 to § 3` was refused ("'§' after 'to' in 'wi 1 to §'"), though `§ 3` alone
// is 3 and `wi 1 to §3` is 1 to 3: a mark of its own is now read with the number after it,
// after "to" and "and" as at a reference's start. `wi 1-3 to 5` said "no code 'to'" (exit 1):
// the range word after a range was read as the next reference's code name. It is now a usage
// error saying a range has a number each side, and what to write instead.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const citations = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z][A-Za-z ]+ \d+$/.test(line));

describe("a range or list word before a marked number", () => {
  it.each([
    [["wi", "1", "to", "§", "3"], ["Wisconsin 1", "Wisconsin 2", "Wisconsin 3"]],
    [["wi", "§", "1", "through", "§", "3"], ["Wisconsin 1", "Wisconsin 2", "Wisconsin 3"]],
    [["wi", "1", "to", "#", "2"], ["Wisconsin 1", "Wisconsin 2"]],
    [["wi", "1", "and", "§", "3"], ["Wisconsin 1", "Wisconsin 3"]],
    [["wi", "1", "to", "2", "and", "§", "5"], ["Wisconsin 1", "Wisconsin 2", "Wisconsin 5"]],
  ])("show %j shows what it says", (words, shown) => {
    const result = ethics(["show", ...words]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(citations(result.stdout)).toEqual(shown);
  });

  it("a mark with no number after it is still no range end", () => {
    expectShortFailure(ethics(["show", "wi", "1", "to", "§"]), 2, "'§' after 'to' in 'wi 1 to §': expected the number the range ends at");
  });
});

describe("a range word after a range, or before one", () => {
  it.each([
    [["wi", "1-3", "to", "5"], "'1-3 to 5' has a range on one side of 'to': expected a number each side", "for 1 to 5, write 1-5; for both, 1-3,5"],
    [["wi", "5", "to", "7", "to", "9"], "'5 to 7 to 9' has a range on one side of 'to': expected a number each side", "for 5 to 9, write 5-9; for both, 5-7,9"],
    [["wi", "1", "THROUGH", "3-5"], "'1 THROUGH 3-5' has a range on one side of 'THROUGH': expected a number each side", "for 1 to 5, write 1-5; for both, 1,3-5"],
    [["wi", "2-", "to", "5"], "'2- to 5' has a range on one side of 'to': expected a number each side", "for 2 to 5, write 2-5"],
    // A list's comma before the range word is no range; a list before it keeps its numbers.
    [["wi", "1,", "to", "3"], "'1, to 3' has no number right before 'to': expected a number each side", "for 1 to 3, write 1-3"],
    [["wi", "2,4", "to", "3-5"], "'2,4 to 3-5' has a range on one side of 'to': expected a number each side", "for 4 to 5, write 2,4-5; for both, 2,4,3-5"],
    // A range's end past what follows: no "1-2" for "1-3 to 2".
    [["wi", "1-3", "to", "2"], "'1-3 to 2' has a range on one side of 'to': expected a number each side", "for both, 1-3,2"],
    [["wi", "1-3", "to", "§", "5"], "'1-3 to § 5' has a range on one side of 'to': expected a number each side", "for 1 to 5, write 1-5; for both, 1-3,5"],
  ])("show %j: a usage error saying what was expected, exit 2", (words, message, hint) => {
    const result = ethics(["show", ...words]);
    expectShortFailure(result, 2, `ethics: ${message}`);
    expect(result.stderr.replace(/\n +/g, " ")).toContain(`hint: ${hint}\n`);
    expect(result.stderr).not.toContain("no code");
  });
});
