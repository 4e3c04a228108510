// `show medi-cal integrity twelve` reads the number in words, yet `show twelve` answered
// "expected e.g. `ethics show medi-cal integrity 12`, the number in digits": the hint told the
// user to do what was not needed. English words are now given back as words, in a section that
// has the number; only a Roman numeral, read nowhere as a number, is told to be digits.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a number in words with no code before it", () => {
  it.each([
    [["twelve"], "'twelve' is a number (12) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    [["twelve."], "'twelve.' is a number (12) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    [["Twelve"], "'Twelve' is a number (12) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    // Medi-Cal Integrity stops at 14: the example is a section that has the number.
    [["seventeen"], "'seventeen' is a number (17) with no code before it", "expected e.g. `ethics show north-carolina seventeen`"],
    // No standard is numbered 50: an example that runs.
    [["fifty"], "'fifty' is a number (50) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    [["xii"], "'xii' is a number (12) with no code before it", "expected e.g. `ethics show medi-cal integrity 12`, the number in digits"],
    // Medi-Cal Integrity has no 20: `medi-cal integrity 20` was offered.
    [["xx"], "'xx' is a number (20) with no code before it", "expected e.g. `ethics show north-carolina 20`, the number in digits"],
    // A number of several words is one number: "twenty five" was "'twenty' is a number (20)".
    [["twenty", "five"], "'twenty five' is a number (25) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    [["twenty-five"], "'twenty-five' is a number (25) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    [["Twenty", "Five."], "'Twenty Five.' is a number (25) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    [["a", "hundred", "and", "two"], "'a hundred and two' is a number (102) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
  ])("show %j", (words, message, hint) => {
    const run = ethics(["show", ...words]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    expect(run.code).toBe(2);
  });

  it.each([
    // After a code, a number of several words is read as its digits are.
    [["medi-cal", "integrity", "twenty", "five"], "Medi-Cal Integrity has no 25"],
    [["medi-cal", "integrity", "a", "hundred", "and", "two"], "Medi-Cal Integrity has no 102"],
    [["medi-cal", "integrity", "one", "hundred", "twenty-five"], "Medi-Cal Integrity has no 125"],
  ])("show %j is read as the digits", (words, message) => {
    const run = ethics(["show", ...words]);
    expect(run.stderr).toBe(`ethics: ${message}\nhint: Medi-Cal Integrity has 1–14\n`);
    expect(run.code).toBe(1);
  });

  it("the words of a hint are read as the hint says", () => {
    const run = ethics(["show", "north-carolina", "seventeen"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it.each([
    // Inside marks a number in words is not read; the example has it in digits, without
    // saying digits are needed ("twelve" alone is read).
    [["medi-cal", "integrity", "(twelve)"], "'(twelve)' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 12`"],
    [["medi-cal", "integrity", "xii"], "'xii' is not a standard number; Medi-Cal Integrity has 1–14", "in digits: `ethics show medi-cal integrity 12`"],
  ])("show %j", (words, message, hint) => {
    const run = ethics(["show", ...words]);
    expect(run.stderr).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    expect(run.code).toBe(2);
  });
});
