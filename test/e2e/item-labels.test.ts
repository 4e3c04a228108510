// A standard's item label typed after its number (`show medi-cal integrity 12 a`) is that item,
// shown with its standard, whole: "a" was read as a second reference, the code Alaska (whose
// name it begins), and printed the whole of it. Letters alone after a number are item letters
// even where the standard has no such item (`11 a`, as `11a` is): said so, not read as a name.
// A name after the number, or a code named exactly by the letter, is a reference as before.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    [["medi-cal", "integrity", "12", "alaska", "conduct", "4"], ["medi-cal integrity 12; alaska conduct 4"]],
    [["medi-cal", "integrity", "11", "alaska"], ["medi-cal integrity 11; alaska"]],
  ])("%j: a name after the number is a reference as before", (args, same) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", ...same]).stdout);
    expect(result.stdout).toContain("Alaska");
    expect(result.code).toBe(0);
  });

  it.each([
    // Standard 11 has no items: "a" was the whole of Alaska, where "11a" said this.
    [["medi-cal", "integrity", "11", "a"], "ethics: Medi-Cal Integrity 11 has no item a\nhint: it has no lettered items: `ethics show medi-cal integrity 11`\n"],
    [["medi-cal integrity 11 (a)"], "ethics: Medi-Cal Integrity 11 has no item a\nhint: it has no lettered items: `ethics show medi-cal integrity 11`\n"],
    [["wisconsin", "12", "A."], "ethics: Wisconsin 12 has no item a\nhint: it has no lettered items: `ethics show wisconsin 12`\n"],
    // One letter of two is an item: the other is named ("c" was ambiguous in Alaska).
    [["medi-cal", "integrity", "12", "a", "c"], "ethics: Medi-Cal Integrity 12 has no item c\nhint: its items are a, b\n"],
    [["Medi-Cal · Integrity 12", "z"], "ethics: Medi-Cal Integrity 12 has no item z\nhint: its items are a, b\n"],
  ])("%j: letters after a number are item letters, where the standard has them or not", (args, stderr) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
  });

  it.each([
    // After a range with no last number written, the letter follows no one standard.
    [["medi-cal", "integrity", "12-", "a"], "ethics: 'a' is an item letter, but Medi-Cal Integrity 12–14 is 3 standards\nhint: each is shown with its items: `ethics show medi-cal integrity 12-14`\n"],
    [["alaska", "values", "2", "a"], "ethics: 'a' is an item letter, but value statements have no lettered items\nhint: Alaska Values has 1–7: `ethics show alaska values 2`\n"],
  ])("%j: an item letter after several standards, or values, is a usage error", (args, stderr) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
  });

  it.each([
    [["medi-cal", "integrity", "12", "a", "6"]],
    [["medi-cal", "integrity", "12", "a,", "6"]],
  ])("%j, item letters then more numbers, is 12 and 6 as `12a 6` is (\"a 6\" was Alaska 6)", (args) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12a", "6"]).stdout);
    expect(result.stdout).toContain("Medi-Cal · Integrity 6\n");
    expect(result.code).toBe(0);
  });

  it("`12 a 6-7 --json` is one list, as `12a 6-7` and `12,6-7` are", () => {
    const result = ethics(["show", "medi-cal", "integrity", "12", "a", "6-7", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12a", "6-7", "--json"]).stdout);
    expect(JSON.parse(result.stdout).map((standard: { number: number }) => standard.number)).toEqual([12, 6, 7]);
  });

  it("a code whose id is the letter itself is that code", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-item-letter-"));
    writeFileSync(
      join(dir, "x.yaml"),
      "id: x\ntitle: The X code\nshortName: Ex\njurisdiction: Test\nsource:\n  document: X\nsections:\n  - id: general\n    title: General\n    standards:\n      - number: 1\n        text: Peer workers keep confidences.\n",
    );
    const result = ethics(["--data", dir, "show", "medi-cal", "integrity", "11", "x"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["--data", dir, "show", "medi-cal integrity 11; x"]).stdout);
    expect(result.stdout).toContain("Peer workers keep confidences.");
    expect(result.code).toBe(0);
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
    [["medi-cal", "integrity", "11a"], "ethics: Medi-Cal Integrity 11 has no item a\nhint: it has no lettered items: `ethics show medi-cal integrity 11`\n"],
    [["wisconsin", "12(a)"], "ethics: Wisconsin 12 has no item a\nhint: it has no lettered items: `ethics show wisconsin 12`\n"],
  ])("%j: a letter no item of the standard has is said so", (args, stderr) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
  });
});
