// A run killed while writing a cache file (SIGKILL, a power cut) leaves its temporary file,
// "<entry>.<pid>-<tag>-<n>.tmp". Only a prune removed such a file, and only a run that wrote an
// entry prunes: over a warm cache none does, and the file stayed for good. A warm run now
// removes the old ones too, when it marks its code cache entry used (once an hour at most):
// one listing of the folder, never an error, the output unchanged.
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildId } from "./cache-folder.js";
import { ethics } from "./run.js";

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

describe("a temporary file left in the cache by a run that was killed", () => {
  it("goes at a later warm run; a fresh one and files not ethics's stay", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-left36-stale-"));
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const first = ethics(["show", "alaska", "conduct", "1"], { env });
    expect(first.code).toBe(0);
    const stale = [`v8-${buildId}-show-ethics.cjs.entry.4242-ab12cd-0.tmp`, `code-${buildId}-${"1".repeat(40)}.entry.4242-ab12cd-1.tmp`, "sizes.prune.4242-ab12cd-2.tmp"];
    const fresh = `code-${buildId}-${"2".repeat(40)}.entry.4343-ab12cd-0.tmp`;
    const theirs = "draft.tmp";
    for (const name of [...stale, fresh, theirs]) writeFileSync(join(cacheDir, name), "x".repeat(4096));
    for (const name of [...stale, theirs]) utimesSync(join(cacheDir, name), hoursAgo(2), hoursAgo(2));
    // The run's code cache entries last marked used two hours ago: this run marks them again.
    for (const name of readdirSync(cacheDir).filter((each) => each.startsWith("v8-") && each.endsWith(".entry"))) {
      utimesSync(join(cacheDir, name), hoursAgo(2), hoursAgo(2));
    }

    const warm = ethics(["show", "alaska", "conduct", "1"], { env });
    expect(warm).toEqual(first);
    for (const name of stale) expect(existsSync(join(cacheDir, name)), name).toBe(false);
    expect(existsSync(join(cacheDir, fresh))).toBe(true);
    expect(existsSync(join(cacheDir, theirs))).toBe(true);
  });
});
