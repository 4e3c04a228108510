// `ethics diff --code alaska,medi-cal --topic gifts` lost the hint `diff --code` gets without
// --topic ("diff takes the two codes as its arguments"): an option with a value beside --code is
// given back with it, in the command the hint gives, which runs.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("--code given to diff or show beside an option that takes a value", () => {
  it.each([
    [["diff", "--code", "alaska,medi-cal", "--topic", "gifts"], "diff takes the two codes as its arguments:\n      `ethics diff alaska medi-cal --topic gifts`"],
    [["diff", "--code", "wwt", "--section", "integrity", "--code", "medi-cal", "--only", "added"], "diff takes the two codes as its arguments:\n      `ethics diff wwt medi-cal --section integrity --only added`"],
    [["show", "--code", "alaska", "conduct", "--strength", "requires"], "show takes the code first in its reference:\n      `ethics show alaska conduct --strength requires`"],
  ])("%j", (args, hint) => {
    const run = ethics(args, { env: { COLUMNS: "80" } });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `ethics: unknown option '--code'\nhint: ${hint}\n`]);
    const command = /`ethics ([^`]*)`/.exec(unwrapped(run.stderr))![1]!.split(" ");
    const again = ethics(command);
    expect([again.code, again.stderr]).toEqual([0, ""]);
  });
});
