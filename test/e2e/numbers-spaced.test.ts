// "show me Medi-Cal Integrity 12 and 13": numbers typed with spaces (or "and") after a
// reference's numbers are more of its list, as 12,13 is; they were "'13' has no code before it".
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

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

  it("a number that a code's name follows is still told to put the code first", () => {
    const result = ethics(["show", "wi", "12", "15", "nc"]);
    expect(result.stderr).toContain("'15 nc' names its code last");
    expect(result.code).toBe(2);
  });
});
