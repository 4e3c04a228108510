// What the two files of cache tests over a folder of users' codes share (cache.test.ts, what is
// printed; cache-incremental.test.ts, what is read and kept): the folder, the commands whose
// output must not depend on the cache, and the uncached output they are held to.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { ethicsAll, root, type RunResult } from "./run.js";

export const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const medical = readFileSync(join(root, "data/medi-cal.yaml"), "utf8");
export const buildId = readFileSync(join(root, "dist/build-id"), "latin1").trim();

/** A folder of `count` codes: the riverside example, then copies of Medi-Cal under new ids. */
export function dataFolder(count: number, mark = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-cache-data-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), riverside + mark);
  for (let i = 1; i < count; i++) {
    const id = `copy-${String(i).padStart(2, "0")}`;
    writeFileSync(join(dir, `${id}.yaml`), medical.replace(/^id: medi-cal$/m, `id: ${id}`).replace(/^aliases: .*$/m, "aliases: []").replace(/^shortName: .*$/m, `shortName: Copy ${i}`).replace(/^title: .*$/m, `title: Copy ${i} of the Medi-Cal code`) + mark);
  }
  return dir;
}

/**
 * A copy of this package as another build would be (its dist/, and bin/ethics.cjs), under the
 * build id `otherBuild`: users' entries are keyed by the snapshot's build id, which says so too.
 * The copy's folder.
 */
export function copyAsOtherBuild(otherBuild: string): string {
  const other = mkdtempSync(join(tmpdir(), "ethics-other-build-"));
  cpSync(join(root, "dist"), join(other, "dist"), { recursive: true });
  mkdirSync(join(other, "bin"));
  cpSync(join(root, "bin/ethics.cjs"), join(other, "bin/ethics.cjs"));
  writeFileSync(join(other, "dist/build-id"), `${otherBuild}\n`);
  const snapshot = join(other, "dist/builtin.txt");
  writeFileSync(snapshot, readFileSync(snapshot, "utf8").replace(`"buildId":"${buildId}"`, `"buildId":"${otherBuild}"`));
  return other;
}

export const newCacheDir = () => mkdtempSync(join(tmpdir(), "ethics-cache-"));
export const entries = (cacheDir: string, kind = "") => readdirSync(cacheDir).filter((name) => name.startsWith(kind) && name.endsWith(".entry"));

/** The commands whose output must not depend on the cache, in one list. */
export const COMMANDS = [
  ["show", "riverside", "boundaries", "1"],
  ["search", "gifts", "--json"],
  ["export", "--format", "json"],
  // Sizes and scope come from the folder's record, without reading a code.
  ["list", "--json"],
];

/** COMMANDS at once on one cache, as several users or terminals of one machine run them. */
export function runAll(dir: string, env: NodeJS.ProcessEnv): Promise<RunResult[]> {
  return ethicsAll(COMMANDS.map((args) => [["--data", dir, ...args], { env }]));
}

/** Uncached output by folder and its files' contents: computed once per state. */
const uncachedRuns = new Map<string, Promise<RunResult[]>>();

/** COMMANDS' uncached output for the folder as it is now: run once per state, however many tests ask. */
export function uncachedOf(dir: string): Promise<RunResult[]> {
  const state = `${dir}\0${readdirSync(dir).sort().map((name) => { try { return readFileSync(join(dir, name), "utf8"); } catch { return name; } }).join("\0")}`;
  const uncached = uncachedRuns.get(state) ?? runAll(dir, { ETHICS_NO_CACHE: "1" });
  uncachedRuns.set(state, uncached);
  return uncached;
}

/** Runs COMMANDS with `env` (or takes `cached`, runs of them made already) and expects the uncached output. */
export async function expectSameAsUncached(dir: string, env: NodeJS.ProcessEnv, made?: RunResult[]): Promise<void> {
  // The uncached runs (of a state not met before) go beside the cached ones: they share no cache.
  const reference = uncachedOf(dir);
  const cached = made ?? (await runAll(dir, env));
  const uncached = await reference;
  cached.forEach((result, index) => {
    expect(result.stderr, COMMANDS[index]!.join(" ")).toBe(uncached[index]!.stderr);
    expect(result.code, COMMANDS[index]!.join(" ")).toBe(uncached[index]!.code);
    expect(result.stdout, COMMANDS[index]!.join(" ")).toBe(uncached[index]!.stdout);
  });
  expect(uncached[0]!.code).toBe(0);
}
