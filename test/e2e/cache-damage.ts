// What the cache tests do to files: make users' codes from the Medi-Cal file, damage a cache
// entry in each way it can be damaged (each must read as a miss), and change a file while
// keeping its modification time; and what they expect of every run, cached: what it printed
// uncached.
import { readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { MAX_INFLATED_BYTES } from "../../src/cli/cache/inflate-bound.js";
import { encodeEntry } from "../../src/cli/cache/json-cache.js";
import { root, type RunResult } from "./run.js";

const medical = readFileSync(join(root, "data/medi-cal.yaml"), "utf8");

/** The Medi-Cal file as a user's code of its own: `id`, no aliases, `name` for its short name and title. */
export const copyOfMedical = (id: string, name: string): string =>
  medical.replace(/^id: medi-cal$/m, `id: ${id}`).replace(/^aliases: .*$/m, "aliases: []").replace(/^shortName: .*$/m, `shortName: ${name}`).replace(/^title: .*$/m, `title: ${name} code`);

/** Sets a file's mtime back to what it was; its ctime (which no tool can set) moves on. */
export function keepMtime(file: string, change: () => void): void {
  const { atime, mtime } = statSync(file);
  change();
  utimesSync(file, atime, mtime);
}

/**
 * Ways a cache entry can be damaged, by name. `wrongShape` gives, for an entry file, a value of
 * the wrong shape to store under the entry's own key (whole and checksummed, so only its shape
 * tells).
 */
export function cacheDamages(wrongShape: (file: string) => unknown): [string, (file: string) => void][] {
  return [
    ["emptied", (file) => writeFileSync(file, "")],
    ["truncated", (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ["a byte flipped", (file) => {
      const bytes = readFileSync(file);
      bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x40;
      writeFileSync(file, bytes);
    }],
    ["of the wrong shape", (file) => {
      const key = readFileSync(file, "latin1").split("\n")[0]!.split("\t")[2]!;
      writeFileSync(file, encodeEntry(key, wrongShape(file), MAX_INFLATED_BYTES));
    }],
    ["deleted", (file) => rmSync(file)],
  ];
}

/** Runs that printed, and exited with, what the same commands did uncached. */
export function expectSame(runs: RunResult[], uncached: RunResult[], how: string): void {
  runs.forEach((run, index) => {
    expect(run.stdout, `${how} #${index}`).toBe(uncached[index]!.stdout);
    expect(run.stderr, `${how} #${index}`).toBe(uncached[index]!.stderr);
    expect(run.code, `${how} #${index}`).toBe(uncached[index]!.code);
  });
}
