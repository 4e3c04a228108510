// A quiz's JSON as a class would get it: run on a first run and again on a warm cache, both of
// which must print the one quiz, with nothing on stderr.
import { expect } from "vitest";
import { newCacheDir } from "./cache-folder.js";
import { ethics } from "./run.js";

export function quizJson(args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  const cache = newCacheDir();
  const runs = [0, 1].map(() => ethics([...args, "--json"], { env: { ETHICS_CACHE_DIR: cache, ...env } }));
  for (const run of runs) {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }
  expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  return runs[0]!.stdout;
}
