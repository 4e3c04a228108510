// What the V8 code cache may take of the cache: a tiny budget goes to users' codes, not to the
// bundle's bytecode, and another build's entries stay while that build reads them.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { dataFolder, entries, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethicsAll, root } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

describe("a small cache budget", () => {
  it("goes to users' codes first: the V8 code cache keeps to its quarter, and evicts no library", async () => {
    const budgetMiB = 2;
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: String(budgetMiB) };
    const folders = [dataFolder(2, "# one\n"), dataFolder(2, "# two\n")];
    // Each command compiles functions of its own: the five write 1.8 MB of code cache uncapped,
    // and a folder's entries take ~290 KB (its index most).
    for (const dir of folders) {
      for (const args of [["search", "gifts"], ["show", "copy-01", "integrity", "1"], ["list"], ["export", "--format", "json"], ["topics"]]) {
        expect((await ethicsAll([[["--data", dir, ...args], { env }]]))[0]!.code).toBe(0);
      }
    }
    const sizeOf = (names: string[]) => names.reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    const codeCache = readdirSync(cacheDir).filter((name) => name.startsWith("v8-"));
    expect(codeCache.length).toBeGreaterThan(0);
    expect(sizeOf(codeCache)).toBeLessThanOrEqual((budgetMiB * 1024 * 1024) / 4);
    expect(sizeOf(readdirSync(cacheDir))).toBeLessThanOrEqual(budgetMiB * 1024 * 1024);
    // Both folders' libraries fit in the rest, and stay.
    expect(entries(cacheDir, "lib-")).toHaveLength(2);
    for (const dir of folders) await expectSameAsUncached(dir, env);
  });
});

describe("another build's V8 code cache", () => {
  it("stays while that build reads it, however long ago it was written; unread for a day, it goes", async () => {
    const other = mkdtempSync(join(tmpdir(), "ethics-other-build-"));
    cpSync(join(root, "dist"), join(other, "dist"), { recursive: true });
    mkdirSync(join(other, "bin"));
    cpSync(join(root, "bin/ethics.cjs"), join(other, "bin/ethics.cjs"));
    writeFileSync(join(other, "dist/build-id"), "0123456789abcdef\n");
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const runOther = () => ethicsAll([[["search", "gifts"], { env, bin: join(other, "bin/ethics.cjs") }]]);
    await runOther();
    const written = readdirSync(cacheDir).filter((name) => name.startsWith("v8-0123456789abcdef-"));
    expect(written.length).toBeGreaterThan(0);
    // Written two days ago, and a build no one has run since.
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const unread = "v8-fedcba9876543210-search-ethics.cjs.entry";
    writeFileSync(join(cacheDir, unread), "bytecode");
    for (const name of [...written, unread]) utimesSync(join(cacheDir, name), twoDaysAgo, twoDaysAgo);
    await runOther(); // reads its entries: a use
    // This build's first run writes its own entries, and lets other builds' unused ones go.
    expect((await ethicsAll([[["search", "gifts"], { env }]]))[0]!.code).toBe(0);
    const names = readdirSync(cacheDir);
    expect(names.filter((name) => name.startsWith("v8-0123456789abcdef-"))).toEqual(written);
    expect(names).not.toContain(unread);
  });
});
