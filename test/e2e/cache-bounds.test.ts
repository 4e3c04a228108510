// What the cache costs is bounded by what this build writes: a forged entry made to inflate to
// hundreds of MiB is refused and made again, and a tiny budget goes to users' codes, not to the
// V8 code cache of the bundle.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { dataFolder, entries, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethicsAll } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

/** Valid JSON of 200 MiB, deflated to ~200 KB: made once, when the first test asks. */
let bomb: Buffer | undefined;
const bombPayload = () => (bomb ??= deflateSync(Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(200 * 1024 * 1024, 0x61), Buffer.from('"}')]), { level: 9 }));

describe("a forged cache entry that inflates to 200 MiB", () => {
  it("is refused and made again: every command prints what it prints uncached", async () => {
    const dir = dataFolder(3);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    await ethicsAll([[["--data", dir, "search", "gifts"], { env }]]);
    await ethicsAll([[["--data", dir, "search", "gifts"], { env }]]);
    const forged = entries(cacheDir).filter((name) => /^(code|part|index|lib)-/.test(name));
    expect(forged.length).toBeGreaterThan(3);
    for (const name of forged) {
      const file = join(cacheDir, name);
      const bytes = readFileSync(file);
      const key = bytes.toString("latin1", 0, bytes.indexOf(10)).split("\t")[2]!;
      writeFileSync(file, Buffer.concat([Buffer.from(`ethics-cache\t2\t${key}\t${bombPayload().length}\n`, "latin1"), bombPayload()]));
    }
    await expectSameAsUncached(dir, env);
    // Made good again (the index once the same files are searched again): no forged bytes left.
    await ethicsAll([[["--data", dir, "search", "gifts"], { env }]]);
    const left = readdirSync(cacheDir).filter((name) => readFileSync(join(cacheDir, name)).subarray(-bombPayload().length).equals(bombPayload()));
    expect(left).toEqual([]);
  });
});
