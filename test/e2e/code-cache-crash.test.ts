// A V8 code cache entry that passes every check and still crashes the run: one the user wrote
// themselves, whole and checksummed (trusted-entry.ts trusts their own files), or bytes a V8 bug
// makes of it. V8 checks only a code cache's version and the length of its source, so the
// bytecode of another function of the same length is run as the bundle's: here one that aborts,
// as a crash inside V8 would end the process, where nothing catches it. The run it crashes leaves
// its crash marker (crash-marker.ts); the next run uses none of the command's entries, prints
// what an uncached run prints, and writes them anew.
import { spawnSync } from "node:child_process";
import { lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { BUNDLE_CALL, BUNDLE_HEAD, encodeCodeCacheEntry } from "../../src/cli/cache/compile-cache.js";
import { writeTrustedFile } from "../trusted-file.js";
import { buildId, newCacheDir } from "./cache-folder.js";
import { ethics, root, runEnvironment } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

/**
 * V8's code cache of a function expression as long as the bundle file's (without its call, as
 * compile-cache.ts compiles it) that aborts the process: made by a node of the same version and
 * flags as the runs', and run once (not aborting) so that the cache holds its body's bytecode.
 */
function abortingCodeCache(bundle: string): Buffer {
  const out = join(mkdtempSync(join(tmpdir(), "ethics-forged-v8-")), "bytes");
  const forge = `
    const { readFileSync, writeFileSync } = require("node:fs");
    const { Script } = require("node:vm");
    const [bundle, out, head, call] = process.argv.slice(1);
    const length = readFileSync(bundle, "utf8").length - call.length;
    const body = head + "if (!globalThis.forging) process.abort();";
    const script = new Script(body + " ".repeat(length - body.length - 3) + "\\n})");
    globalThis.forging = true;
    script.runInThisContext()();
    writeFileSync(out, script.createCachedData());`;
  const made = spawnSync(process.execPath, ["-e", forge, bundle, out, BUNDLE_HEAD, BUNDLE_CALL], { env: runEnvironment({}), encoding: "utf8" });
  expect(made.stderr).toBe("");
  return readFileSync(out);
}

const isThere = (file: string) => lstatSync(file, { throwIfNoEntry: false }) !== undefined;

describe("a forged V8 code cache entry that crashes the run", () => {
  it("crashes one run only: the next prints what an uncached run prints, and the entry is written anew", () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const args = ["search", "gifts", "--json"];
    const uncached = ethics(args, { env: { ETHICS_NO_CACHE: "1" } });
    expect(uncached.code).toBe(0);
    expect(ethics(args, { env })).toEqual(uncached);

    const entry = join(cacheDir, `v8-${buildId}-search-ethics.cjs.entry`);
    const marker = join(cacheDir, `v8-${buildId}-search.running`);
    const written = readFileSync(entry);
    const key = written.toString("latin1", 0, written.indexOf(10)).split("\t")[2]!;
    const forged = encodeCodeCacheEntry(key, abortingCodeCache(join(root, "dist/ethics.cjs")));
    writeTrustedFile(entry, forged);

    // V8 takes the forged bytes: the run dies of them, holding its marker.
    const crashed = ethics(args, { env });
    expect(crashed.code).not.toBe(0);
    expect(crashed.stdout).toBe("");
    expect(isThere(marker)).toBe(true);

    // The next run does without the command's entries, and leaves no marker.
    expect(ethics(args, { env })).toEqual(uncached);
    expect(isThere(marker)).toBe(false);
    expect(readFileSync(entry).equals(forged)).toBe(false);
    // And the entries it wrote are read as any others.
    expect(ethics(args, { env })).toEqual(uncached);
    expect(isThere(marker)).toBe(false);
  });

  it("left by an older build goes when that build's entries are gone, as a run of that build would never remove it", () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const deadPid = String(spawnSync(process.execPath, ["-e", "0"]).pid);
    const marker = (build: string, command: string) => join(cacheDir, `v8-${build}-${command}.running`);
    // A gone build's runs that died (crashed, or killed, which skips the exit handler) left these.
    const gone = [marker("0123456789abcdef", "search"), marker("0123456789abcdef", "other")];
    for (const file of gone) symlinkSync(deadPid, file);
    // A gone build's run still at work (this test's process stands for it) holds its marker.
    const held = marker("0123456789abcdef", "show");
    symlinkSync(String(process.pid), held);
    // A build used today keeps its entries, and the marker that keeps its next run from them.
    const recent = marker("fedcba9876543210", "search");
    writeFileSync(join(cacheDir, "v8-fedcba9876543210-search-ethics.cjs.entry"), "an entry of another build");
    symlinkSync(deadPid, recent);

    // A run that writes its code cache entries: the pruning they bring about.
    expect(ethics(["search", "gifts", "--json"], { env }).code).toBe(0);
    expect(isThere(join(cacheDir, `v8-${buildId}-search-ethics.cjs.entry`))).toBe(true);
    for (const file of gone) expect(isThere(file), file).toBe(false);
    expect(isThere(held)).toBe(true);
    expect(isThere(recent)).toBe(true);
  });

  it("is not held against the entries while another run of the command holds the marker", () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const args = ["search", "gifts", "--json"];
    const first = ethics(args, { env });
    expect(first.code).toBe(0);
    const entry = join(cacheDir, `v8-${buildId}-search-ethics.cjs.entry`);
    const before = lstatSync(entry);
    // This test's process stands for a run at work.
    spawnSync("ln", ["-s", String(process.pid), join(cacheDir, `v8-${buildId}-search.running`)]);
    expect(ethics(args, { env })).toEqual(first);
    // Read, not removed and written again; the other run's marker is the other run's to remove.
    expect(lstatSync(entry).ino).toBe(before.ino);
    expect(isThere(join(cacheDir, `v8-${buildId}-search.running`))).toBe(true);
  });
});
