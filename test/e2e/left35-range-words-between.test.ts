// `ethics show wi 1 to § 3` was refused ("'§' after 'to' in 'wi 1 to §'"), though `§ 3` alone
// is 3 and `wi 1 to §3` is 1 to 3: a mark of its own is now read with the number after it,
// after "to" and "and" as at a reference's start.
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
