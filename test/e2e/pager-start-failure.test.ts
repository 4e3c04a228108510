// A pager that cannot start (no such command, or a file that is not executable) must not lose
// the output: ethics prints it directly, as git does ("cannot run …", then the text). A pager
// that starts is the user's choice, whatever it then shows: `PAGER=true` shows nothing, as
// `PAGER=true git log` does.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, onTerminal } from "./terminal-run.js";

/** Run ethics on a 60×10 pseudo-terminal, its exit code echoed after it. */
function withPager(args: string, pager: string): string {
  return onTerminal(`${ETHICS_COMMAND} ${args}; echo "exit $?"`, { size: { columns: 60, rows: 10 }, env: { NO_COLOR: "1", PAGER: pager } });
}

describe("a pager that cannot start", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-pager-start-"));
  const notExecutable = join(dir, "pager.txt");
  writeFileSync(notExecutable, "not a program\n", { mode: 0o644 });

  it("not executable: the output is printed directly", () => {
    const screen = withPager("show medi-cal integrity", notExecutable);
    expect(screen).toContain("Medi-Cal · Integrity");
    expect(screen).toContain("exit 0");
  });

  it("no such command: the output is printed directly", () => {
    const screen = withPager("show medi-cal integrity", join(dir, "no-such-pager"));
    expect(screen).toContain("Medi-Cal · Integrity");
    expect(screen).toContain("exit 0");
  });

  // Output far past a pipe's buffer: the shell has quit before it is all written, so the write
  // fails (EPIPE) every time, not only when the shell happens to quit first.
  it("no such command, output longer than a pipe holds: printed directly", () => {
    const screen = withPager("show medi-cal, california, medi-cal, california", join(dir, "no-such-pager"));
    expect(screen).toContain("Medi-Cal · Integrity");
    expect(screen).toContain("exit 0");
  });

  it("a pager that starts and shows nothing is the user's choice", () => {
    const screen = withPager("show medi-cal integrity", "true");
    expect(screen).not.toContain("Medi-Cal · Integrity");
    expect(screen).toContain("exit 0");
  });
});
