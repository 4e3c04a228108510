// Every line of a quiz fits the terminal, its heading too ("Quiz: 1 question (seed 2: --seed 2
// repeats it)" is 46 columns): on a narrow one (a split pane, a phone) it wraps.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, testCacheDir } from "./run.js";
import { lineWidths } from "./terminal-run.js";

describe("a quiz on a 30-column terminal", () => {
  it("has no line wider than 30", () => {
    const command = `stty cols 30 rows 200; ${process.execPath} ${join(root, "bin/ethics.cjs")} quiz --seed 2 --count 1 < /dev/null; true`;
    const env: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, TERM: "xterm-256color" };
    for (const name of ["NO_COLOR", "FORCE_COLOR", "COLUMNS"]) delete env[name];
    const screen = execFileSync("script", ["-qec", command, "/dev/null"], { env, encoding: "utf8", timeout: 60_000 }).replace(/\r\n/g, "\n");
    expect(screen).toContain("Quiz: 1 question");
    expect(Math.max(...lineWidths(screen))).toBeLessThanOrEqual(30);
  });
});
