// A terminal that reports no size (0 columns, 0 rows): a pty opened by `script`, `expect` or
// Python's pty.spawn from outside a terminal, a serial console. ethics read its width as
// unknown, as a pipe's, and printed lines of 300 columns, which less then cut mid-word at 80;
// and its height as 0, so that every answer, a line long, went to the pager.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, lineWidths, onTerminal } from "./terminal-run.js";

/** Runs ethics on a pseudo-terminal set to 0×0, as the ones above are; the screen, its exit code last. */
function onTerminalOfNoSize(args: string, env: NodeJS.ProcessEnv = {}): string {
  return onTerminal(`${ETHICS_COMMAND} ${args} < /dev/null; echo "exit $?"`, { size: { columns: 0, rows: 0 }, env: { NO_COLOR: "1", ...env } });
}

describe("a terminal that reports no size", () => {
  it("gets lines of 80 columns, as GNU ls and less lay them out there", () => {
    const screen = onTerminalOfNoSize("show wisconsin 8 --no-pager");
    expect(screen).toContain("Wisconsin 8");
    expect(screen).toContain("exit 0");
    expect(Math.max(...lineWidths(screen))).toBeLessThanOrEqual(80);
    expect(screen.split("\n").length).toBeGreaterThan(4);
  });

  it("gets the width COLUMNS gives, where it gives one", () => {
    const screen = onTerminalOfNoSize("show wisconsin 8 --no-pager", { COLUMNS: "50" });
    expect(Math.max(...lineWidths(screen))).toBeLessThanOrEqual(50);
    expect(Math.max(...lineWidths(screen))).toBeGreaterThan(40);
  });

  it("pages only what is longer than a screen of 24 lines, or of LINES", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-no-size-"));
    const paged = join(dir, "paged.txt");
    try {
      const short = onTerminalOfNoSize("show wisconsin 8", { PAGER: `cat > ${paged}` });
      expect(short).toContain("Wisconsin 8");
      expect(short).toContain("exit 0");
      // 8 lines at 80 columns: more than a LINES of 5, so paged.
      const long = onTerminalOfNoSize("show wisconsin 8", { PAGER: `cat > ${paged}`, LINES: "5" });
      expect(long).not.toContain("Wisconsin 8");
      expect(readFileSync(paged, "utf8")).toContain("Wisconsin 8");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
