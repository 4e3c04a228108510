// "show me Medi-Cal Integrity 12 and 13": numbers typed with spaces (or "and") after a
// reference's numbers are more of its list, as 12,13 is; they were "'13' has no code before it".
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("numbers after a reference's numbers, with spaces between", () => {
  it.each([
    [["medi-cal", "integrity", "12", "13"], ["medi-cal", "integrity", "12,13"]],
    [["wi", "1", "and", "3"], ["wi", "1,3"]],
    [["alaska", "conduct", "4", "5", "nc", "2"], ["alaska", "conduct", "4,5;", "nc", "2"]],
  ])("show %j prints what show %j prints", (spaced, listed) => {
    const result = ethics(["show", ...spaced]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(["show", ...listed]).stdout);
    expect(result.stdout).not.toBe("");
  });

  // A number a code's name follows, after a list: `wi 12 15 nc` is Wisconsin 12 and 15 then
  // North Carolina whole, as `wi 12 nc` is, or North Carolina 15 said code last. Both are
  // given; the hint was North Carolina 15 alone, Wisconsin 12 dropped.
  it.each([
    [["wi", "12", "15", "nc"], "'15 nc' may name its code last, or 15 be more of the list before it", ["wisconsin 12,15 north-carolina", "wisconsin 12 north-carolina 15"]],
    [["alaska", "conduct", "4", "5", "nc"], "'5 nc' may name its code last, or 5 be more of the list before it", ["alaska conduct 4,5 north-carolina", "alaska conduct 4 north-carolina 5"]],
  ])("show %j: either is meant, a command for each", (args, said, commands) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(`ethics: ${said}\nhint: say which: ${commands.map((command) => `\`ethics show ${command}\``).join(", ")}\n`);
    expect(result.code).toBe(2);
    for (const command of commands) expect(ethics(["show", ...command.split(" ")]).code).toBe(0);
  });

  // Where the code has no such number, the list reading is the only one: it was "'13' has no
  // code before it".
  it.each([
    [["wi", "12", "13", "alaska"], ["wi", "12,13", "alaska"]],
    [["wi", "12", "13", "14", "alaska", "conduct", "4"], ["wi", "12,13,14", "alaska", "conduct", "4"]],
  ])("show %j prints what show %j prints", (spaced, listed) => {
    const result = ethics(["show", ...spaced]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(["show", ...listed]).stdout);
  });
});
