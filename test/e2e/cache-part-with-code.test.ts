// A folder first read by a run that does not search (`list`) stores its codes without their
// index parts; the first search then made each part a file of its own, a block more on disk a
// code. At a thousand codes those four MiB pushed the cache's other entries (the topics, the
// quiz's, a listing of concepts: seconds each to make again) out of its 32 MiB in turn, so that
// each use of one made it again. The part now goes into its code's entry.
import { describe, expect, it, vi } from "vitest";
import { dataFolder, entries, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethics } from "./run.js";

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
});
