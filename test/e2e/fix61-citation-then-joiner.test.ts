// `ethics show "Alaska · Conflicts of Interest 3 and Wisconsin 12"` said "no code 'and
// Wisconsin'", and "Medi-Cal · Integrity 5 to 7" "no code 'to'", where the same words without the
// `·` worked: a printed citation was read up to its one number, the words after it alone. It
// now takes, after its number, what a reference typed plainly takes.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The headings a `show` prints: its citations, one a line. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z]/.test(line));

describe("a printed citation, then a joiner, a range word or more numbers", () => {
  it.each([
    ["Alaska · Conflicts of Interest 3 and Wisconsin 12", ["Alaska · Conflicts of Interest 3", "Wisconsin 12"]],
    ["Medi-Cal · Integrity 5 and 6", ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6"]],
    ["Medi-Cal · Integrity 5 to 7", ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6", "Medi-Cal · Integrity 7"]],
    ["Medi-Cal · Integrity 5 7", ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 7"]],
    ["Medi-Cal · Integrity 5 & 7, wi 3", ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 7", "Wisconsin 3"]],
  ])("show %j prints what it does without the ·", (words, shown) => {
    const result = ethics(["show", words]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(shown);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(["show", words.replace(" ·", "")]).stdout);
  });

  it("a joiner with nothing after it is refused as without the ·", () => {
    const result = ethics(["show", "Medi-Cal · Integrity 5 to"]);
    expect(result.stdout).toBe("");
    expect(result.stderr.replace(/\n +/g, " ")).toBe(
      "ethics: nothing after 'to' in 'Medi-Cal · Integrity 5 to': expected the number the range ends at\nhint: e.g. `ethics show medi-cal integrity 1 to 3`, or 1- for 1 to the last\n",
    );
    expect(result.code).toBe(2);
  });
});
