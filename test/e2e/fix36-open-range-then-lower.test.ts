// `show wi 10- and 2` was refused with "expected the number the range ends at", though 2 cannot
// end a range from 10 and `wi 10-,2` is valid: it is read as that list now. `wi 1-3- and 5`
// hinted "for 1-3 to the last, 1-3- alone", itself refused: 1-3- is now said to be no number.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const headings = (stdout: string) => stdout.split("\n").filter((line) => /^Wisconsin \d+$/.test(line));

describe("an open range, then a list word and a number not above its start", () => {
  it.each([
    [["wi", "10-", "and", "2"], "wi 10-,2"],
    [["wi", "10-", "&", "2-4"], "wi 10-,2-4"],
    [["wi", "3,6-", "and", "2"], "wi 3,6-,2"],
  ])("show %j is show %s", (words, list) => {
    const result = ethics(["show", ...words]);
    const asList = ethics(["show", ...list.split(" ")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(headings(asList.stdout).length).toBeGreaterThan(0);
    expect(headings(result.stdout)).toEqual(headings(asList.stdout));
  });

  it("show wi 1-3- and 5: 1-3- is no number, and no hint to write it alone", () => {
    const result = ethics(["show", "wi", "1-3-", "and", "5"]);
    expectShortFailure(result, 2, "ethics: '1-3-' is not a standard number\n");
    expect(result.stderr).not.toContain("1-3- alone");
  });
});
