// A quiz is read over minutes, and a terminal may change its size meanwhile (a pane split, a
// window made narrow). The quiz took the width once, at the start: after a resize from 80 to
// 40 columns every later line was set for 80, and the terminal broke it mid-word. Each thing a
// quiz writes is now set at the terminal's width of that moment. Driven in tmux, which can
// resize a terminal while a program runs and tell the lines it broke from those written.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, testCacheDir } from "./run.js";

const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "ethics-quiz-resize-"));
const socket = join(dir, "tmux.sock");
const env: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, TERM: "xterm-256color" };
for (const name of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "ETHICS_DATA"]) delete env[name];
const tmux = (...args: string[]) => execFileSync("tmux", ["-S", socket, "-f", "/dev/null", ...args], { env, encoding: "utf8" });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The screen's lines, those the terminal broke joined back (-J): each as the quiz wrote it. */
const written = () => tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-").split("\n");

/** Waits until the screen shows `count` answer prompts (the quiz is waiting for an answer). */
async function untilPrompts(count: number): Promise<string[]> {
  let lines: string[] = [];
  for (let waited = 0; waited < 30_000; waited += 100) {
    lines = written();
    if (lines.filter((line) => line.startsWith("Your answer")).length >= count) return lines;
    await pause(100);
  }
  throw new Error(`the quiz did not ask ${count} questions:\n${lines.join("\n")}`);
}

describe("a quiz on a terminal resized while it waits for an answer", () => {
  afterAll(() => {
    if (hasTmux) spawnSync("tmux", ["-S", socket, "kill-server"]);
  });

  it.skipIf(!hasTmux)("sets what follows the resize at the new width", async () => {
    const quiz = `${process.execPath} ${join(root, "bin/ethics.cjs")} quiz --seed 3 --count 2 --no-color`;
    tmux("new-session", "-d", "-x", "80", "-y", "50", `${quiz}; echo "exit $?"; sleep 600`);
    const before = await untilPrompts(1);
    expect(Math.max(...before.map((line) => [...line].length))).toBeGreaterThan(40);
    tmux("resize-window", "-x", "40", "-y", "50");
    // The resize reaches ethics (SIGWINCH) before the answer does: tmux sends it at once.
    await pause(300);
    tmux("send-keys", "-l", "b");
    tmux("send-keys", "Enter");
    const lines = await untilPrompts(2);
    const after = lines.slice(lines.findIndex((line) => line.startsWith("Your answer")));
    // The verdict (its explanation is prose of some 150 columns) and the second question.
    expect(after.join(" ")).toMatch(/(Right|Wrong)/);
    expect(after.join(" ")).toContain("Question 2 of 2");
    expect(after.filter((line) => [...line].length > 40)).toEqual([]);
  });
});
