// PAGER=more with colour wrapped lines early, in mid-word: more (and most) count each byte of an
// escape code as a column. Such a pager now gets the text without colour, which it lays out
// right; less and other pagers keep the colour.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, terminalRun } from "./terminal-run.js";
import { hasTmux, tmuxSession } from "./tmux-session.js";

const ESC = "\u001b[";
/** Runs ethics on a pseudo-terminal of 80 × 10; its exit status. */
function statusOnTerminal(args: string, env: NodeJS.ProcessEnv): number {
  return terminalRun(`${ETHICS_COMMAND} ${args}`, { size: { columns: 80, rows: 10 }, env }).status;
}

/** A pager named `name` in a folder of its own that keeps what it is given in `kept`. */
function recordingPager(name: string): { command: string; kept: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-pager-colour-"));
  const kept = join(dir, "kept.txt");
  const command = join(dir, name);
  writeFileSync(command, `#!/bin/sh\ncat > '${kept}'\n`);
  chmodSync(command, 0o755);
  return { command, kept };
}

describe("colour through the pager", () => {
  it.each([
    ["more, by path", "more", "", false],
    ["more with options, from ETHICS_PAGER", "more", " -d", false],
    ["most", "most", "", false],
    ["less", "less", "", true],
    ["a pager of the user's own", "my-pager", "", true],
    // less shows colour only with -R (or -r), which ethics's LESS=FRX gives it; a LESS of the
    // user's own without it (LESS=-i, for searches in any case) showed "ESC[1m" before each word.
    ["less, with a LESS of the user's without R", "less", "", false, "-iS"],
    ["less, with a LESS of the user's with R", "less", "", true, "-iRS"],
    ["less, with a LESS with R spelt out", "less", "", true, "-i --RAW-CONTROL-CHARS"],
    ["less -R, with a LESS of the user's without R", "less", " -R", true, "-i"],
    ["less, with a LESS whose R is a prompt's text", "less", "", false, "-i -PRows"],
  ])("%s: coloured %s", (_, name, options, coloured, less?: string) => {
    const { command, kept } = recordingPager(name);
    const viaEthicsPager = options !== "";
    const pager = viaEthicsPager ? { ETHICS_PAGER: command + options } : { PAGER: command };
    const status = statusOnTerminal("show medi-cal integrity", less === undefined ? pager : { ...pager, LESS: less });
    expect(status).toBe(0);
    const paged = readFileSync(kept, "utf8");
    const plain = paged.replace(/\u001b\[[0-9;]*m/g, "");
    expect(plain).toContain("Medi-Cal · Integrity\n");
    expect(plain).toContain("1.  Act in accordance with the highest standards of professional integrity.\n");
    expect(paged.includes(ESC)).toBe(coloured);
  });

  it.skipIf(!hasTmux || spawnSync("sh", ["-c", "command -v more"]).status !== 0)("the real more, on 80 columns: no line broken early", async () => {
    const session = tmuxSession(`PAGER=more ${ETHICS_COMMAND} show medi-cal integrity; sleep 60`, 80, 12);
    try {
      const lines = await session.until((screen) => screen.some((line) => line.includes("--More--")), "more's prompt");
      expect(lines).toContain("1.  Act in accordance with the highest standards of professional integrity.");
      expect(lines.filter((line) => line.startsWith("ty."))).toEqual([]);
    } finally {
      session.stop();
    }
  });
});
