// Punctuation said aloud in a dictated citation: `show wisconsin 12 period` was "no code
// 'period'", `… 12 question mark` "no code 'question'", `show alaska conduct 4 comma north
// carolina 15` "no code 'comma north carolina'", and `show wisconsin 12?` "'12?' is not a
// standard number" where `12.` was read. Each now reads as the mark it names, and a "?" or
// "!" after a citation is ignored as "." is.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("punctuation said aloud", () => {
  it.each([
    [["wisconsin", "12", "period"], ["wisconsin", "12"]],
    [["wisconsin", "12", "full", "stop"], ["wisconsin", "12"]],
    [["wisconsin", "12", "question", "mark"], ["wisconsin", "12"]],
    [["wisconsin", "12", "exclamation", "mark"], ["wisconsin", "12"]],
    [["wisconsin", "12", "exclamation", "point"], ["wisconsin", "12"]],
    [["wisconsin", "12?"], ["wisconsin", "12"]],
    [["wisconsin", "12!"], ["wisconsin", "12"]],
    [["alaska", "conduct", "4", "comma", "north", "carolina", "15"], ["alaska", "conduct", "4", "north", "carolina", "15"]],
    [["wisconsin", "12", "period", "alaska", "conduct", "4"], ["wisconsin", "12", "alaska", "conduct", "4"]],
    [["wisconsin", "12.", "alaska", "conduct", "4", "--json"], ["wisconsin", "12", "alaska", "conduct", "4", "--json"]],
  ])("show %j is show %j", (said, meant) => {
    const run = ethics(["show", ...said]);
    expect(run).toEqual(ethics(["show", ...meant]));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("a number that is not there is said so, the mark left out", () => {
    const run = ethics(["show", "wisconsin", "99?"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("ethics: Wisconsin has no 99\nhint: Wisconsin has 1–15\n");
    expect(run.code).toBe(1);
  });
});
