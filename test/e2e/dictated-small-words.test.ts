// A peer dictating a command says small words around it: `show the alaska conduct 4` printed
// "no section 'alaska conduct' in north-carolina" and the hint `ethics show north-carolina 4`
// (North Carolina's title begins "The"), `show me alaska conduct 4` "no section … in medi-cal".
// A small word now names no code by itself, and those said before a citation are left out.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE } from "./run.js";

describe("small words said before a citation", () => {
  it.each([
    [["the", "alaska", "conduct", "4"], ["alaska", "conduct", "4"]],
    [["the", "medi-cal", "integrity", "12"], ["medi-cal", "integrity", "12"]],
    [["me", "alaska", "conduct", "4"], ["alaska", "conduct", "4"]],
    [["please", "show", "me", "the", "wisconsin", "12"], ["wisconsin", "12"]],
  ])("show %j is show %j", (said, meant) => {
    const run = ethics(["show", ...said]);
    expect(run).toEqual(ethics(["show", ...meant]));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("what is wrong is said of the citation, not of the small word", () => {
    const run = ethics(["show", "the", "alaska", "conduct", "40"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: Alaska Conduct has no 40\nhint: Alaska Conduct has 1–9\n");
    expect(run.code).toBe(1);
  });

  it.each([
    [["list", "the", "alaska"], ["list", "alaska"]],
    [["diff", "the", "alaska", "wisconsin"], ["diff", "alaska", "wisconsin"]],
  ])("%j is %j", (said, meant) => {
    const run = ethics(said);
    expect(run).toEqual(ethics(meant));
    expect(run.code).toBe(0);
  });

  it.each([
    [["search", "gifts", "--code", "the"], "no code 'the'"],
    [["show", "the"], "no code 'the'"],
    [["show", "a"], "no code 'a'"],
  ])("%j: a small word alone names no code", (argv, message) => {
    const run = ethics(argv);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`ethics: ${message}\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin;\n      a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
  });
});
