// `show 50` and `show 17` were told "expected e.g. `ethics show medi-cal integrity 12`" whatever
// the number: the example now has the numbers typed where a section does (Medi-Cal Integrity
// first), else names a standard that exists.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a number with no code before it", () => {
  it.each([
    [["12"], "'12' has no code before it", "expected e.g. `ethics show medi-cal integrity 12`"],
    [["5-7"], "'5-7' has no code before it", "expected e.g. `ethics show medi-cal integrity 5-7`"],
    [["17"], "'17' has no code before it", "expected e.g. `ethics show north-carolina 17`"],
    // No standard is numbered 50: one that is.
    [["50"], "'50' has no code before it", "expected e.g. `ethics show medi-cal integrity 12`"],
  ])("show %j", (words, message, hint) => {
    const run = ethics(["show", ...words]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    expect(run.code).toBe(2);
  });

  it.each([[["12"]], [["5-7"]], [["17"]], [["50"]], [["xx"]], [["twenty", "five"]]])("the example of show %j runs", (words) => {
    const hint = /`ethics (show [^`]+)`/.exec(ethics(["show", ...words]).stderr)![1]!;
    const run = ethics(hint.split(" "));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
