// Helpers for the terminal tests: many runs at once, and how wide a line looks.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { root, testCacheDir, type RunResult } from "./run.js";

/** Runs the built command as `ethics` in run.ts does, without blocking, so runs overlap. */
export function ethicsAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, ...env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "ETHICS_DATA", "COLUMNS"]) if (!(name in env)) delete fullEnv[name];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "bin/ethics.cjs"), ...args], { env: fullEnv, cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
  });
}

/** Runs every argument list, a few at a time. */
export async function ethicsAll(runs: readonly string[][], env: NodeJS.ProcessEnv = {}): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (let start = 0; start < runs.length; start += 4) {
    results.push(...(await Promise.all(runs.slice(start, start + 4).map((args) => ethicsAsync(args, env)))));
  }
  return results;
}

/**
 * The columns each line takes on a terminal: escape sequences stripped, a code point a column
 * (the data is Latin script; the code under test measures wide characters itself).
 */
export function lineWidths(text: string): number[] {
  return text.split("\n").map((line) => [...line.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")].length);
}

/** The lines of `text` wider than `width`, for a readable failure. */
export function linesWiderThan(text: string, width: number): string[] {
  const widths = lineWidths(text);
  return text.split("\n").filter((_, index) => widths[index]! > width);
}
