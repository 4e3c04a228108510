// A pager that could not be started (not found, not executable) left the screen empty and
// ethics exiting 0: the output was lost without a word. It is now printed directly, with a
// warning on stderr naming the pager, and the command's own status. A pager that ran, ended by
// a signal, by the reader, or by a failure of its own, is not second-guessed: the output is never
// printed twice (adv51-pager-shown-then-failed.test.ts).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, terminalRun } from "./terminal-run.js";

const TITLE = "Medi-Cal · Integrity";
const LAST_LINE = "standards of the profession, and the nature of the services being";

/**
 * `ethics show medi-cal integrity` (longer than the screen) on an 80×10 pseudo-terminal with
 * PAGER set: the screen (stdout), what went to stderr, and ethics's exit status.
 */
function pagedThrough(pager: string): { screen: string; stderr: string; status: number } {
  const stderrFile = join(mkdtempSync(join(tmpdir(), "ethics-pager-failure-")), "stderr.txt");
  const command = `${ETHICS_COMMAND} show medi-cal integrity 2>'${stderrFile}'; echo "exit $?"`;
  const { screen } = terminalRun(command, { size: { columns: 80, rows: 10 }, env: { NO_COLOR: "1", PAGER: pager } });
  const status = Number(/exit (\d+)/.exec(screen)?.[1] ?? -1);
  return { screen, stderr: readFileSync(stderrFile, "utf8"), status };
}

const timesIn = (text: string, part: string): number => text.split(part).length - 1;

describe("a pager that could not be started", () => {
  it.each([
    ["/nonexistent", "ethics: warning: the pager '/nonexistent' was not found; output printed directly\n"],
    ["/dev/null", "ethics: warning: the pager '/dev/null' could not be run (not executable); output\n        printed directly\n"],
  ])("PAGER=%s: the output printed directly, once, with a warning, exit 0", (pager, warning) => {
    const { screen, stderr, status } = pagedThrough(pager);
    expect(timesIn(screen, TITLE)).toBe(1);
    expect(screen).toContain(LAST_LINE);
    expect(stderr.endsWith(warning)).toBe(true);
    expect(stderr.split("\n").every((line) => line.length <= 80)).toBe(true);
    expect(status).toBe(0);
  });
});

describe("a pager that showed the output, or was stopped showing it", () => {
  it.each([
    // The reader's own quitting: what the pager read is not printed again.
    ["ended by SIGTERM after showing it", "cat; kill -TERM $$"],
    ["ended by SIGPIPE after showing it", "cat; kill -PIPE $$"],
    ["a shell's status for a signal, 130", "cat; exit 130"],
    ["exit 0 after showing it", "cat"],
  ])("%s: the output once, no warning", (_, pager) => {
    const { screen, stderr, status } = pagedThrough(pager);
    expect(timesIn(screen, TITLE)).toBe(1);
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
});
