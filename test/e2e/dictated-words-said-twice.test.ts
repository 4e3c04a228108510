// A dictation stutter: `show alaska alaska conduct 4` printed the whole of Alaska (144 lines)
// and then Conduct 4; `show alaska conduct conduct 4` said "no section 'conduct conduct' in
// alaska". A word said twice in a row is now read once where the citation then reads whole.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a word said twice in a row", () => {
  it.each([
    [["alaska", "alaska", "conduct", "4"], ["alaska", "conduct", "4"]],
    [["alaska", "conduct", "conduct", "4"], ["alaska", "conduct", "4"]],
    [["medi-cal", "integrity", "integrity", "12", "--json"], ["medi-cal", "integrity", "12", "--json"]],
  ])("show %j is show %j", (said, meant) => {
    const run = ethics(["show", ...said]);
    expect(run).toEqual(ethics(["show", ...meant]));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("the numbers of the words read once are what is wrong", () => {
    const run = ethics(["show", "alaska", "conduct", "conduct", "40"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: Alaska Conduct has no 40\nhint: Alaska Conduct has 1–9\n");
    expect(run.code).toBe(1);
  });
});
