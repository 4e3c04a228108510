// `show medi-cal integrity standard 12` and `show alaska conduct rule 4` said "no section
// 'integrity standard' in medi-cal" with no suggestion, while `integrity no 12` was offered
// "did you mean integrity?": the word before the number is the number's, as `#` and `§` are.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const headings = (stdout: string) => stdout.split("\n").filter((line) => /^\S/.test(line));

describe("a word between a section and its number", () => {
  it.each<[string[], string[]]>([
    [["medi-cal", "integrity", "standard", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "section", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "number", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "no.", "12"], ["Medi-Cal · Integrity 12"]],
    [["alaska", "conduct", "rule", "4"], ["Alaska · Conduct 4"]],
    [["alaska", "conduct", "standard", "4"], ["Alaska · Conduct 4"]],
    [["medi-cal integrity standards 5 to 6"], ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6"]],
  ])("show %j", (args, expected) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(expected);
    expect(result.code).toBe(0);
  });

  it("what the section lacks is said as without the word", () => {
    expectShortFailure(ethics(["show", "medi-cal", "integrity", "standard", "40"]), 1, "ethics: Medi-Cal Integrity has no 40\nhint: Medi-Cal Integrity has 1–14\n");
  });
});
