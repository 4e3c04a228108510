// A standard's item label typed after its number (`show medi-cal integrity 12 a`) is that item,
// shown with its standard, whole: "a" was read as a second reference, the code Alaska (whose
// name it begins), and printed the whole of it. Where the standard has no such item, or a name
// follows, the words are references as before.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const twelve = ethics(["show", "medi-cal", "integrity", "12"]);

describe("an item label after a standard's number", () => {
  it("medi-cal integrity 12 shows items a and b", () => {
    expect(twelve.stdout).toContain("\n  a. Drugs or medications prescribed");
    expect(twelve.stdout).toContain("\n  b. Over-the-counter drugs");
  });

  it.each([
    [["medi-cal", "integrity", "12", "a"]],
    [["medi-cal integrity 12 a"]],
    [["medi-cal", "integrity", "12", "A."]],
    [["medi-cal", "integrity", "12", "(b)"]],
    [["medi-cal", "integrity", "12", "a", "b"]],
    [["Medi-Cal · Integrity 12", "a"]],
    [["medi-cal:integrity:12", "b"]],
  ])("%j is standard 12, its items with it", (args) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(twelve.stdout);
    expect(result.code).toBe(0);
  });

  it.each([
    // Standard 11 has no items: "a" names a code, as the grammar documents.
    [["medi-cal", "integrity", "11", "a"], ["medi-cal integrity 11; alaska"]],
    // Two standards: whose item would it be?
    [["medi-cal", "integrity", "12-13", "a"], ["medi-cal integrity 12-13; alaska"]],
    [["medi-cal", "integrity", "12", "alaska", "conduct", "4"], ["medi-cal integrity 12; alaska conduct 4"]],
  ])("%j reads references as before", (args, same) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", ...same]).stdout);
    expect(result.stdout).toContain("Alaska");
    expect(result.code).toBe(0);
  });

  it("a label no item of the standard has is not an item", () => {
    const result = ethics(["show", "medi-cal", "integrity", "12", "a", "c"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: 'c' is ambiguous in alaska/);
    expect(result.code).toBe(1);
  });

  it.each([
    [["medi-cal", "integrity", "12a"]],
    [["medi-cal", "integrity", "12(a)"]],
    [["medi-cal", "integrity", "12.b"]],
    [["medi-cal:integrity:12a"]],
    [["Medi-Cal · Integrity 12(b)"]],
  ])("%j, the letter written with the number as a legal citation is, is standard 12 with its items", (args) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(twelve.stdout);
    expect(result.code).toBe(0);
  });

  it.each([
    [["medi-cal", "integrity", "12z"], "ethics: Medi-Cal Integrity 12 has no item z\nhint: its items are a, b\n"],
    // Written with the number, the letter is an item or an error: never a code's name.
    [["medi-cal", "integrity", "11a"], "ethics: Medi-Cal Integrity 11 has no item a\nhint: it has no lettered items: ethics show medi-cal integrity 11\n"],
    [["wisconsin", "12(a)"], "ethics: Wisconsin 12 has no item a\nhint: it has no lettered items: ethics show wisconsin 12\n"],
  ])("%j: a letter no item of the standard has is said so", (args, stderr) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
  });
});
