// `show "alaska:conduct medi-cal integrity"` was refused as one reference ("'alaska conduct
// medi-cal integrity' reads as one reference"), where the same words unmarked run on as two
// references; and `show medi-cal integrity xyz alaska` said "'xyz alaska' is not a standard
// number", as though the code named after the slip were part of it.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

/** The citations a show prints, one a line: "Alaska · Conduct", "Medi-Cal · Integrity 4". */
const citations = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z][\w-]* · [A-Z][\w &,-]*$/.test(line));

describe("the colon form, then more words", () => {
  it.each([
    [["alaska:conduct medi-cal integrity"], ["Alaska · Conduct", "Medi-Cal · Integrity"]],
    [["alaska:conduct", "medi-cal", "integrity", "4"], ["Alaska · Conduct", "Medi-Cal · Integrity 4"]],
    [["medi-cal:integrity alaska conduct 4"], ["Medi-Cal · Integrity", "Alaska · Conduct 4"]],
  ])("show %j reads as the run-on references unmarked words are", (words, expected) => {
    const result = ethics(["show", ...words]);
    expect(result.stderr).toBe("");
    expect(citations(result.stdout)).toEqual(expected);
    expect(result.code).toBe(0);
  });
});

describe("a word where the number belongs", () => {
  it.each([
    [["medi-cal", "integrity", "xyz", "alaska"], "ethics: 'xyz' is not a standard number; Medi-Cal Integrity has 1–14\nhint: e.g. `ethics show medi-cal integrity 1`\n"],
    [["alaska:conduct xyz medi-cal integrity"], "ethics: 'xyz' is not a standard number; Alaska Conduct has 1–9\nhint: e.g. `ethics show alaska conduct 1`\n"],
  ])("show %j names that word alone", (words, message) => {
    expectShortFailure(ethics(["show", ...words]), 2, message);
  });
});
