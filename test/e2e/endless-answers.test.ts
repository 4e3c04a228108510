// quiz reads answers from stdin and reads past the rest of a long line (a file piped by
// mistake). An input that never ends a line — /dev/zero, /dev/full, `yes | tr -d '\n'` — must
// still end the quiz in bounded time, saying why, not read forever.
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runEnvironment } from "./run.js";

function quizFrom(device: string): { code: number | null; stderr: string; ms: number } {
  const stdin = openSync(device, "r");
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), "quiz", "--count", "2", "--seed", "1"], {
    env: runEnvironment({}),
    stdio: [stdin, "pipe", "pipe"],
    encoding: "utf8",
    timeout: 30_000,
  });
  closeSync(stdin);
  return { code: result.status, stderr: result.stderr, ms: Date.now() - started };
}

describe("answers that never end a line", () => {
  it.each(["/dev/zero", "/dev/full"])("from %s: the quiz stops, saying why, in bounded time", (device) => {
    const { code, stderr, ms } = quizFrom(device);
    expect(code).toBe(1);
    expect(stderr.replace(/\n +/g, " ")).toMatch(/^ethics: the quiz stopped after 0 of 2 questions: a line of the answers runs on past/);
    expect(stderr).toMatch(/\nhint: /);
    expect(ms).toBeLessThan(20_000);
  });
});
