// Numbers said as words in a dictated citation: `show medi cal integrity twelve` was a usage
// error whose hint said to write 12; `alaska conduct number four`, `… twenty five`, `wisconsin
// twelve.` and `alaska conduct for` were usage errors with a hint naming standard 1. A number
// in English words now reads as the number; "for", "to", "too", "won" only last, after a name.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("numbers said as words", () => {
  it.each([
    [["medi", "cal", "integrity", "twelve"], ["medi-cal", "integrity", "12"]],
    [["alaska", "conduct", "number", "four"], ["alaska", "conduct", "4"]],
    [["alaska", "conduct", "no.", "four"], ["alaska", "conduct", "4"]],
    [["alaska", "conduct", "#4"], ["alaska", "conduct", "4"]],
    [["medi-cal", "integrity", "twelve", "period"], ["medi-cal", "integrity", "12"]],
    [["wisconsin", "twelve."], ["wisconsin", "12"]],
    [["alaska", "conduct", "for"], ["alaska", "conduct", "4"]],
    [["wisconsin", "to"], ["wisconsin", "2"]],
    [["wisconsin", "one", "and", "three", "--json"], ["wisconsin", "1,3", "--json"]],
  ])("show %j is show %j", (said, meant) => {
    const run = ethics(["show", ...said]);
    expect(run).toEqual(ethics(["show", ...meant]));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it.each([[["twenty", "five"]], [["twenty-five"]], [["twenty", "five", "period"]]])("show medi-cal integrity %j: the number 25, which it has not", (said) => {
    const run = ethics(["show", "medi-cal", "integrity", ...said]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: Medi-Cal Integrity has no 25\nhint: Medi-Cal Integrity has 1–14\n");
    expect(run.code).toBe(1);
  });

  it("search with a number said as a word hints show as the digits do", () => {
    const said = ethics(["search", "north", "carolina", "seven"]);
    expect(said.stderr).toBe("ethics: no standard matches 'north carolina seven'\nhint: to show a standard by its number: `ethics show north carolina 7`\n");
    expect(said.code).toBe(ethics(["search", "north", "carolina", "7"]).code);
  });
});
