// `ethics diff alaska,medi-cal` was "diff needs <b>", with the hint `ethics diff alaska,medi-cal
// medi-cal`, which failed in turn ("no code 'alaska,medi-cal'"): one argument that holds both
// codes is read as the two, as the arguments of export and list are.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("both of diff's codes in one argument", () => {
  const expected = ethics(["diff", "alaska", "medi-cal"]);

  it.each([["alaska,medi-cal"], ["alaska, medi-cal"], ["alaska and medi-cal"], ["alaska vs. medi-cal"]])("diff %j is diff alaska medi-cal", (argument) => {
    const run = ethics(["diff", argument]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(expected.stdout);
  });

  it("with --topic too", () => {
    const run = ethics(["diff", "alaska,medi-cal", "--topic", "gifts"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(ethics(["diff", "alaska", "medi-cal", "--topic", "gifts"]).stdout);
  });

  it.each([
    [["diff", "alaska,"], "ethics: diff needs <b>: the code to compare to\nhint: e.g. `ethics diff alaska medi-cal`; more examples: `ethics help diff`\n"],
    [["diff", "north carolina"], "ethics: diff needs <b>: the code to compare to\nhint: e.g. `ethics diff 'north carolina' medi-cal`; more examples: `ethics help diff`\n"],
  ])("%j names one code: the second is missing, and the hint runs", (args, stderr) => {
    const run = ethics(args);
    expect([run.code, run.stdout, unwrapped(run.stderr)]).toEqual([2, "", stderr]);
    const hint = /`ethics (diff [^`]*)`/.exec(run.stderr)![1]!;
    expect(ethics(["diff", ...(hint.includes("'") ? ["north carolina", "medi-cal"] : hint.split(" ").slice(1))]).code).toBe(0);
  });

  it("the help still asks for both", () => {
    expect(ethics(["diff", "--help"]).stdout).toMatch(/^Usage: ethics diff \[options\] <a> <b>\n/);
    expect(ethics(["--help"]).stdout).toMatch(/\n  diff \[options\] <a> <b> +compare two codes/);
  });
});
