// `quiz -rt dual relationships`: flags run together in one word before an option that takes a
// value, as commander reads them (`-r -t`). What reads the words typed looked for `-t` alone,
// so the value's other words were "too many arguments", and hints dropped the value.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

/** A state folder whose review record keeps two standards, one on dual relationships. */
function stateWithMisses(): string {
  const state = mkdtempSync(join(tmpdir(), "ethics-grouped-flags-"));
  const missed = (code: string, section: string, number: number) => ({ code, section, number, missed: 1, lastMissed: "2026-12-01T08:00:00.000Z", rightSince: 0 });
  writeFileSync(join(state, "quiz-review.json"), JSON.stringify({ standards: [missed("alaska", "conduct", 2), missed("medi-cal", "integrity", 2)] }));
  return state;
}

describe("flags run together before an option's letter", () => {
  it.each([
    [["quiz", "-rt", "dual", "relationships", "--seed", "1", "--json"], ["quiz", "-rt", "dual relationships", "--seed", "1", "--json"]],
    [["quiz", "-rtdual", "relationships", "--seed", "1", "--json"], ["quiz", "-rt", "dual relationships", "--seed", "1", "--json"]],
    [["quiz", "-rc", "medi", "cal", "--seed", "1", "--json"], ["quiz", "-rc", "medi cal", "--seed", "1", "--json"]],
  ])("ethics %j runs as %j", (args, quoted) => {
    const env = { ETHICS_STATE_DIR: stateWithMisses() };
    const run = ethics(args, { env });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(ethics(quoted, { env }).stdout);
  });

  it("keeps the value, and the flags, in a hint's command", () => {
    const withCode = ethics(["quiz", "-rt", "dual", "relationships", "wi"]);
    expect([withCode.code, unwrapped(withCode.stderr)]).toEqual([2, "ethics: quiz takes a code with --code, not as an argument\nhint: `ethics quiz -rt 'dual relationships' --code wisconsin`\n"]);
    const twoTopics = ethics(["quiz", "-rt", "boundaries", "gifts"]);
    expect(unwrapped(twoTopics.stderr)).toContain("hint: one at a time: `ethics quiz -r --topic boundaries`, or `ethics quiz -r --topic gifts`");
    const joined = ethics(["quiz", "-rc", "wi", "and", "nc"]);
    expect(unwrapped(joined.stderr)).toBe("ethics: 'and nc' after --code wi: quiz takes no arguments, and --code one value, codes separated by commas\nhint: `ethics quiz -rc wi,nc`\n");
  });
});
