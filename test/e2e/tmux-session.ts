// A program run on a terminal of tmux's, for the tests of what happens to a terminal while
// ethics runs on it (a resize, Ctrl-Z and fg): tmux can do those to a running program, and
// tell the lines the terminal broke from those written.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testCacheDir, testStateDir } from "./run.js";

export const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;

export interface TmuxSession {
  tmux(...args: string[]): string;
  /** The screen's lines, those the terminal broke joined back (-J): each as written. */
  written(): string[];
  /** Waits until `seen` holds for the screen's lines; they are returned. */
  until(seen: (lines: string[]) => boolean, what: string): Promise<string[]>;
  stop(): void;
}

/** `command` run by sh on a terminal of `width` × `height` in a tmux server of its own. */
export function tmuxSession(command: string, width: number, height: number): TmuxSession {
  const socket = join(mkdtempSync(join(tmpdir(), "ethics-tmux-")), "tmux.sock");
  const env: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, ETHICS_STATE_DIR: testStateDir, TERM: "xterm-256color" };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "ETHICS_DATA", "ETHICS_CODE"]) delete env[name];
  const tmux = (...args: string[]) => execFileSync("tmux", ["-S", socket, "-f", "/dev/null", ...args], { env, encoding: "utf8" });
  tmux("new-session", "-d", "-x", String(width), "-y", String(height), command);
  const written = () => tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-").split("\n");
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    tmux,
    written,
    async until(seen, what) {
      let lines: string[] = [];
      for (let waited = 0; waited < 30_000; waited += 100) {
        lines = written();
        if (seen(lines)) return lines;
        await pause(100);
      }
      throw new Error(`never saw ${what}; the screen:\n${lines.join("\n")}`);
    },
    stop: () => void spawnSync("tmux", ["-S", socket, "kill-server"]),
  };
}

/** How many answer prompts of a quiz `lines` show. */
export const prompts = (lines: string[]) => lines.filter((line) => line.startsWith("Your answer")).length;
