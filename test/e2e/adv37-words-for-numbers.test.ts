// A word where a standard's number belongs got "in digits:" and a reference, as though the word
// were that number in words: `ethics show wi foo` and `wi twenty` answered "hint: in digits:
// ethics show wisconsin 1", and `wi iv`, Roman numeral 4 (as some handouts number), did too.
// "In digits" is said only of a number the words say, in English words or Roman numerals;
// any other word gets an example of a reference that exists: the number inside marks, "¶12",
// where there is one (it was the first standard). In brackets, "(12)" and "[12]", it is read as
// the number, as a citation is pasted (show-bracketed-references.test.ts). A number in English words is now
// read as that number (dictated-numbers.test.ts): `wi four` is Wisconsin 4, and `wi twenty`
// says Wisconsin has no 20, as `wi 20` does.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a word where a standard's number belongs", () => {
  it.each([
    [["wi", "iv"], "'iv' is not a standard number; Wisconsin has 1–15", "in digits: `ethics show wisconsin 4`"],
    [["wi", "XII"], "'XII' is not a standard number; Wisconsin has 1–15", "in digits: `ethics show wisconsin 12`"],
    [["medi-cal", "integrity", "ix"], "'ix' is not a standard number; Medi-Cal Integrity has 1–14", "in digits: `ethics show medi-cal integrity 9`"],
  ])("show %j: in digits, the number it says", (reference, message, hint) => {
    const run = ethics(["show", ...reference]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`ethics: ${message}\nhint: ${hint}\n`);
  });

  it.each([
    [["wi", "foo"], "'foo' is not a standard number; Wisconsin has 1–15"],
    [["wi", "xx"], "'xx' is not a standard number; Wisconsin has 1–15"],
    [["medi-cal", "integrity", "foo"], "'foo' is not a standard number; Medi-Cal Integrity has 1–14"],
  ])("show %j: an example, not the word 'in digits'", (reference, message) => {
    const run = ethics(["show", ...reference]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^ethics: ${message}\nhint: e\\.g\\. \`ethics show [a-z -]+ 1\`\n$`));
  });

  it("show [\"wi\",\"twenty\"]: the number it says, which Wisconsin has not", () => {
    const run = ethics(["show", "wi", "twenty"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: Wisconsin has no 20\nhint: Wisconsin has 1–15\n");
    expect(run.code).toBe(1);
  });

  it.each([
    [["wi", "¶12"], "'¶12' is not a standard number; Wisconsin has 1–15"],
  ])("show %j: the example is the number inside the marks, not the first standard", (reference, message) => {
    const run = ethics(["show", ...reference]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ethics: ${message}\nhint: e.g. \`ethics show wisconsin 12\`\n`);
  });
});
