// A new build's first run over a cache an older build filled: the older build's library no
// longer fits beside the new one, and its entries go (by a process of their own when they are
// many, so that the run does not wait on a thousand unlinks); the run prints what an uncached
// run prints, and the cache ends within its budget with the new library in it.
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildId, copyAsOtherBuild, dataFolder, entries, newCacheDir } from "./cache-folder.js";
import { ethics, ethicsAsync } from "./run.js";

vi.setConfig({ testTimeout: 180_000 });

const OTHER_BUILD = "0123456789abcdef";

describe("an older build's library in the cache", () => {
  it("goes when the new one's does not fit beside it, and the new run prints the uncached output", async () => {
    const other = copyAsOtherBuild(OTHER_BUILD);
    // Seventy codes: more entries than a run deletes itself (prune.ts REMOVED_HERE_MOST).
    const dir = dataFolder(70);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: "2" };
    const args = ["--data", dir, "search", "gifts", "--json"];
    expect((await ethicsAsync(args, { env, bin: join(other, "bin/ethics.cjs") })).code).toBe(0);
    const older = () => entries(cacheDir).filter((name) => name.includes(`-${OTHER_BUILD}-`) && !name.startsWith("v8-"));
    expect(older().length).toBeGreaterThan(64);
    const cached = ethics(args, { env });
    const uncached = ethics(args, { env: { ETHICS_NO_CACHE: "1" } });
    expect(cached.stderr).toBe("");
    expect(cached.code).toBe(0);
    expect(cached.stdout).toBe(uncached.stdout);
    for (const deadline = Date.now() + 60_000; older().length > 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(older()).toEqual([]);
    expect(entries(cacheDir, `lib-${buildId}-`)).toHaveLength(1);
    const total = entries(cacheDir).reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(2 * 1024 * 1024);
    // The next run reads the library the first one left.
    expect(ethics(args, { env }).stdout).toBe(uncached.stdout);
  });
});
