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

/** A folder of `count` codes of one standard each: each code's entry holds far less than a block. */
function tinyCodes(count: number, mark: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-tiny-codes-"));
  for (let at = 1; at <= count; at++) {
    const id = `tiny-${mark}-${at}`;
    writeFileSync(join(dir, `${id}.yaml`), `id: ${id}\ntitle: Tiny code ${at}\nshortName: Tiny ${mark} ${at}\njurisdiction: Test\nsource:\n  document: Tiny\nsections:\n  - id: general\n    title: General\n    standards:\n      - number: 1\n        text: Peer workers keep the confidences of the people they support.\n`);
  }
  return dir;
}

/** What the cache folder takes on disk, as `du` counts it: its files' blocks and its own. */
function diskUse(cacheDir: string): number {
  return [cacheDir, ...readdirSync(cacheDir).map((name) => join(cacheDir, name))].reduce((sum, path) => sum + statSync(path).blocks * 512, 0);
}

describe("the budget, for many small codes", () => {
  it("bounds what the cache takes on disk, not its bytes: the older folder's library goes", async () => {
    // Each folder's entries: ~25 KB of bytes, ~100 KiB on disk (a block each).
    const budget = 0.2 * 1024 * 1024;
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: "0.2" };
    const older = tinyCodes(20, "a");
    const newer = tinyCodes(20, "b");
    for (const dir of [older, newer]) expect((await ethicsAll([[["--data", dir, "search", "confidences"], { env }]]))[0]!.code).toBe(0);
    expect(entries(cacheDir, "lib-")).toHaveLength(1);
    expect(diskUse(cacheDir)).toBeLessThanOrEqual(budget);
    await expectSameOutput(newer, env);
  });

  it("keeps the library in use whole even when alone it takes more than the budget", async () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: "0.02" };
    const dir = tinyCodes(40, "c");
    // topics stores a view of the whole library: newer than the library's record, it must not
    // push it (and every code's entry) out, to be parsed again by every run.
    for (let run = 0; run < 2; run++) expect((await ethicsAll([[["--data", dir, "topics"], { env }]]))[0]!.code).toBe(0);
    expect(entries(cacheDir, "code-")).toHaveLength(40);
    expect(entries(cacheDir, "lib-")).toHaveLength(1);
    expect(entries(cacheDir, "view-")).toHaveLength(1);
    expect(diskUse(cacheDir)).toBeGreaterThan(0.02 * 1024 * 1024);
  });
});

/** `search confidences` and `list --json` over `dir`, cached as uncached. */
async function expectSameOutput(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  for (const args of [["search", "confidences"], ["list", "--json"]]) {
    const [cached, uncached] = await ethicsAll([[["--data", dir, ...args], { env }], [["--data", dir, ...args], { env: { ETHICS_NO_CACHE: "1" } }]]);
    expect(cached!.stdout).toBe(uncached!.stdout);
    expect(cached!.stderr).toBe(uncached!.stderr);
  }
}
