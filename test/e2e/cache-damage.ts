// What the cache tests do to files: make users' codes from the Medi-Cal file, damage a cache
// entry in each way it can be damaged (each must read as a miss: ../cache-damages.ts), and
// change a file while keeping its modification time; and what they expect of every run,
// cached: what it printed uncached.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { root, type RunResult } from "./run.js";

export { cacheDamages, WRONG_SHAPE } from "../cache-damages.js";

const medical = readFileSync(join(root, "data/medi-cal.yaml"), "utf8");

/** The Medi-Cal file as a user's code of its own: `id`, no aliases, `name` for its short name and title. */
export const copyOfMedical = (id: string, name: string): string =>
  medical.replace(/^id: medi-cal$/m, `id: ${id}`).replace(/^aliases: .*$/m, "aliases: []").replace(/^shortName: .*$/m, `shortName: ${name}`).replace(/^title: .*$/m, `title: ${name} code`);

/** Sets a file's mtime back to what it was; its ctime (which no tool can set) moves on. */
export function keepMtime(file: string, change: () => void): void {
  const { mtimeNs } = statSync(file, { bigint: true });
  change();
  // To the nanosecond, as `touch -r` and `cp -p` keep it: utimes takes a Date or seconds as a
  // double, which cannot hold a nanosecond time, and a mtime off by a few nanoseconds would tell
  // the edit where only ctime should.
  const seconds = mtimeNs / 1_000_000_000n;
  const nanoseconds = String(mtimeNs % 1_000_000_000n).padStart(9, "0");
  execFileSync("touch", ["-m", "-d", `@${seconds}.${nanoseconds}`, file]);
  expect(statSync(file, { bigint: true }).mtimeNs).toBe(mtimeNs);
}

/** Runs that printed, and exited with, what the same commands did uncached. */
export function expectSame(runs: RunResult[], uncached: RunResult[], how: string): void {
  runs.forEach((run, index) => {
    expect(run.stdout, `${how} #${index}`).toBe(uncached[index]!.stdout);
    expect(run.stderr, `${how} #${index}`).toBe(uncached[index]!.stderr);
    expect(run.code, `${how} #${index}`).toBe(uncached[index]!.code);
  });
}
