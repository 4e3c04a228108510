// `ethics diff alaska medi-cal wisconsin` was commander's "too many arguments for 'diff'.
// Expected 2 arguments but got 3.", and "got 5" with an "and" between the codes: diff compares
// two, and the codes are counted, not the words, with the command that sets several side by side.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

describe("three codes or more named to diff", () => {
  it.each([
    [["diff", "alaska", "medi-cal", "wisconsin"], "ethics: diff compares two codes, not 3: alaska, medi-cal and wisconsin\nhint: side by side on a theme, e.g. `ethics topic gifts --code alaska,medi-cal,wisconsin`\n"],
    [["diff", "alaska", "and", "medi-cal", "and", "wisconsin"], "ethics: diff compares two codes, not 3: alaska, medi-cal and wisconsin\nhint: side by side on a theme, e.g. `ethics topic gifts --code alaska,medi-cal,wisconsin`\n"],
    [["diff", "ak,mc,wi,nc", "--topic", "dual", "relationships"], "ethics: diff compares two codes, not 4: alaska, medi-cal, wisconsin and north-carolina\nhint: side by side on it: `ethics topic dual-relationships --code alaska,medi-cal,wisconsin,north-carolina`\n"],
  ])("%j says so, a usage error, and its hint runs", (args, stderr) => {
    const run = ethics(args);
    expect([run.code, run.stdout, unwrapped(run.stderr)]).toEqual([2, "", stderr]);
    for (const line of run.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const hint = /`ethics ([^`]*)`/.exec(unwrapped(run.stderr))![1]!.split(" ");
    const topic = ethics(hint);
    expect([topic.code, topic.stderr]).toEqual([0, ""]);
  });
});
