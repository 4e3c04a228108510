// A folder first read by a run that does not search (`list`) stores its codes without their
// index parts; the first search then made each part a file of its own, a block more on disk a
// code. At a thousand codes those four MiB pushed the cache's other entries (the topics, the
// quiz's, a listing of concepts: seconds each to make again) out of its 32 MiB in turn, so that
// each use of one made it again. The part now goes into its code's entry.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { decodeEntry, entryKey, openCache } from "../../src/cli/cache/json-cache.js";
import { MAX_INFLATED_BYTES } from "../../src/cli/cache/inflate-bound.js";
import { readSizes } from "../../src/cli/cache/prune.js";
import { buildId, dataFolder, entries, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethics, root, runEnvironment } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

describe("a code's index part made after the code", () => {
  it("is stored in the code's entry: the parts' files are the runs of 32 codes alone, and the output is the uncached output", async () => {
    const dir = dataFolder(40);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", dir, "list"], { env }).code).toBe(0);
    expect(entries(cacheDir, "part-")).toEqual([]);
    expect(entries(cacheDir, "code-")).toHaveLength(40);
    expect(ethics(["--data", dir, "search", "gifts"], { env }).code).toBe(0);
    // 40 codes: one run of 32 and one of 8, and nothing else.
    expect(entries(cacheDir, "part-")).toHaveLength(2);
    expect(entries(cacheDir, "code-")).toHaveLength(40);
    await expectSameAsUncached(dir, env);
  });

  // The folder's record keeps each code entry's stat data, to trust the entry without reading
  // it; kept from before the part was attached, it made the next run read all of them again.
  it("leaves the folder's record with each code entry's stat data as it is after the part went in", () => {
    const dir = dataFolder(6);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", dir, "list"], { env }).code).toBe(0);
    expect(ethics(["--data", dir, "search", "gifts"], { env }).code).toBe(0);
    const [recordName] = entries(cacheDir, "lib-");
    const bytes = readFileSync(join(cacheDir, recordName!));
    const record = decodeEntry(bytes, entryKey(bytes)!, MAX_INFLATED_BYTES) as { files: { hash: string; entryStat: string | null }[] };
    const cache = openCache(cacheDir)!;
    expect(record.files).toHaveLength(6);
    for (const file of record.files) expect(file.entryStat).toBe(cache.statEntry(`code-${buildId}-${file.hash}`));
  });

  // A run killed while it attaches parts never prunes: the sizes it would have looked at again
  // stayed remembered as they were, smaller than the entries now, and the cache over its budget.
  it("leaves no remembered size smaller than its entry when the run attaching parts is killed", async () => {
    const dir = dataFolder(150);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", dir, "list"], { env }).code).toBe(0);
    // As the prune reads them: none (or none to trust) is every entry looked at again.
    const remembered = () => readSizes(cacheDir, Date.now())?.sizes ?? new Map<string, number>();
    expect([...remembered().keys()].some((name) => name.startsWith("code-"))).toBe(true);
    const sizeOf = (name: string) => statSync(join(cacheDir, name)).size;
    const before = new Map(entries(cacheDir, "code-").map((name) => [name, sizeOf(name)]));
    const run = spawn(process.execPath, [join(root, "bin/ethics.cjs"), "--data", dir, "search", "gifts"], { env: runEnvironment({ env }), stdio: "ignore" });
    const ended = new Promise((resolve) => run.on("exit", resolve));
    // Killed as soon as one code entry has grown: its part is in.
    for (let done = false; !done; ) {
      done = run.exitCode !== null || readdirSync(cacheDir).some((name) => before.has(name) && sizeOf(name) > before.get(name)!);
      if (!done) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    run.kill("SIGKILL");
    await ended;
    for (const [name, size] of remembered()) {
      if (!name.startsWith("code-")) continue;
      const stats = statSync(join(cacheDir, name), { throwIfNoEntry: false });
      if (stats) expect(size, name).toBeGreaterThanOrEqual(stats.blocks * 512);
    }
  });
});
