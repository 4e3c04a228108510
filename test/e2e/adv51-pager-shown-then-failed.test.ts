// A pager that showed the output and then exited 1 to 125 (vim's `:cq`, a less killed) made
// ethics print the whole output again under it, as if the pager had never started. Only a pager
// that could not start (adv48-pager-failure.test.ts) falls back to printing; one that ran and
// failed gets a warning saying how to print directly, should it have shown nothing: the whole
// command, to paste, not a bare --no-pager.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, terminalRun } from "./terminal-run.js";

const TITLE = "Medi-Cal · Integrity";

/** `ethics show medi-cal integrity` (longer than the screen) paged through `pager` on an 80×10 pseudo-terminal. */
function pagedThrough(pager: string): { screen: string; stderr: string; status: number } {
  const stderrFile = join(mkdtempSync(join(tmpdir(), "ethics-pager-shown-")), "stderr.txt");
  const command = `${ETHICS_COMMAND} show medi-cal integrity 2>'${stderrFile}'; echo "exit $?"`;
  const { screen } = terminalRun(command, { size: { columns: 80, rows: 10 }, env: { NO_COLOR: "1", PAGER: pager } });
  const status = Number(/exit (\d+)/.exec(screen)?.[1] ?? -1);
  return { screen, stderr: readFileSync(stderrFile, "utf8"), status };
}

const timesIn = (text: string, part: string): number => text.split(part).length - 1;

describe("a pager that ran and failed", () => {
  it.each([
    ["shown, then exit 1 (vim's :cq)", "cat; exit 1", 1, "failed (exit 1)"],
    ["shown, then exit 125", "cat; exit 125", 1, "failed (exit 125)"],
    ["nothing shown (false)", "false", 0, "failed (exit 1)"],
  ])("%s: the output not printed again, a warning naming --no-pager", (_, pager, shown, reason) => {
    const { screen, stderr, status } = pagedThrough(pager);
    expect(timesIn(screen, TITLE)).toBe(shown);
    expect(stderr.replace(/\n {8}/g, " ")).toBe(`ethics: warning: the pager '${pager}' ${reason}; if it showed nothing, \`ethics --no-pager show medi-cal integrity\` prints the output\n`);
    expect(stderr.split("\n").every((line) => line.length <= 80)).toBe(true);
    expect(status).toBe(0);
  });
});
