// The cache lets the least recently used go first, by each file's mtime. A file dated ahead of
// the clock (written before the clock was set back: an NTP correction, a VM restored) sorted as
// the most recently used of all, kept over every library used since, until the clock caught up.
// Dated further ahead than a minute, it now counts as the least recently used: reproduced with
// a library record, another build's V8 code cache and this build's own (touch -d "+1 year").
import { readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { dataFolder, entries, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethics } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

/** What the cache takes on disk, as the prune counts it (its files' blocks, and the folder's). */
const onDisk = (cacheDir: string) => [cacheDir, ...readdirSync(cacheDir).map((name) => join(cacheDir, name))].reduce((sum, path) => sum + statSync(path).blocks * 512, 0);

const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

/** Searches `dir` with `env`, and the library records that are new since `before`. */
function searchIn(dir: string, env: NodeJS.ProcessEnv, cacheDir: string, before: readonly string[] = entries(cacheDir, "lib-")): string[] {
  const result = ethics(["--data", dir, "search", "gifts"], { env });
  expect(result.code).toBe(0);
  return entries(cacheDir, "lib-").filter((name) => !before.includes(name));
}

describe("cache files dated far ahead of the clock", () => {
  it("a library's record counts as the least recently used: over budget, it goes before one used since", async () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const [first, second, third] = ["# a\n", "# b\n", "# c\n"].map((mark) => dataFolder(4, mark));
    const [ahead] = searchIn(first!, env, cacheDir);
    const afterOne = onDisk(cacheDir);
    const [usedSince] = searchIn(second!, env, cacheDir);
    const afterTwo = onDisk(cacheDir);
    expect(ahead).toBeDefined();
    expect(usedSince).toBeDefined();
    utimesSync(join(cacheDir, ahead!), inAYear(), inAYear());
    // Room for two of these folders' libraries, not three: one of the older two goes.
    const budget = afterTwo + (afterTwo - afterOne) / 2;
    const [inUse] = searchIn(third!, { ...env, ETHICS_CACHE_MAX_MIB: String(budget / 1024 / 1024) }, cacheDir);
    expect(entries(cacheDir, "lib-").sort()).toEqual([usedSince!, inUse!].sort());
    await expectSameAsUncached(first!, env);
  });

  it("another build's V8 code cache dated ahead goes as one unused for a day", () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const otherBuild = "v8-fedcba9876543210-search-ethics.cjs.entry";
    writeFileSync(join(cacheDir, otherBuild), "bytecode");
    utimesSync(join(cacheDir, otherBuild), inAYear(), inAYear());
    // This build's first run writes its own entries, and lets other builds' unused ones go.
    expect(ethics(["search", "gifts"], { env }).code).toBe(0);
    const names = readdirSync(cacheDir);
    expect(names.some((name) => name.startsWith("v8-"))).toBe(true);
    expect(names).not.toContain(otherBuild);
  });

  it("this build's V8 code cache dated ahead is marked used again when read", () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["search", "gifts"], { env }).code).toBe(0);
    const own = readdirSync(cacheDir).filter((name) => name.startsWith("v8-"));
    expect(own.length).toBeGreaterThan(0);
    for (const name of own) utimesSync(join(cacheDir, name), inAYear(), inAYear());
    const result = ethics(["search", "gifts"], { env });
    expect(result.code).toBe(0);
    for (const name of own) expect(statSync(join(cacheDir, name)).mtimeMs).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
