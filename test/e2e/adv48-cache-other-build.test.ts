// Another build's cache entries under this build's names (a restore, a sync, a rename by hand):
// each must read as a miss. A JSON entry's key is the content it was made from, which two
// builds share; a V8 code cache entry is checked by V8 against its source's length only. So
// the other build here differs from this one where an entry's key or V8's check cannot see it:
// its cached codes say other words, and its bundle prints other letters of the same length.
import { readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { MAX_INFLATED_BYTES } from "../../src/cli/cache/inflate-bound.js";
import { decodeAttached, decodeEntry, encodeEntry } from "../../src/cli/cache/json-cache.js";
import { buildId, COMMANDS, copyAsOtherBuild, dataFolder, newCacheDir } from "./cache-folder.js";
import { ethics } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

const OTHER_BUILD = "fedcba9876543210";

/** A copy of this build under another build id, its bundle changed by `edit`; its bin file. */
function otherBuild(edit: (bundle: string) => string = (bundle) => bundle): string {
  const other = copyAsOtherBuild(OTHER_BUILD);
  const bundle = join(other, "dist/ethics.cjs");
  const before = readFileSync(bundle, "utf8");
  const after = edit(before);
  expect(after.length).toBe(before.length);
  writeFileSync(bundle, after);
  return join(other, "bin/ethics.cjs");
}

/** Gives the other build's entries this build's names, as a restore or a rename would. */
function renameToThisBuild(cacheDir: string, kind: (name: string) => boolean): number {
  let renamed = 0;
  for (const name of readdirSync(cacheDir)) {
    if (!name.endsWith(".entry") || !name.includes(`-${OTHER_BUILD}-`) || !kind(name)) continue;
    renameSync(join(cacheDir, name), join(cacheDir, name.replace(`-${OTHER_BUILD}-`, `-${buildId}-`)));
    renamed++;
  }
  return renamed;
}

describe("another build's entries under this build's names", () => {
  it("JSON entries whose codes say other words are not served", () => {
    const bin = otherBuild();
    const dir = dataFolder(3);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    for (const args of COMMANDS) expect(ethics(["--data", dir, ...args], { env, bin }).code).toBe(0);
    // What another build's normalization could have made of the same files: other words.
    for (const name of readdirSync(cacheDir).filter((file) => file.includes(`-${OTHER_BUILD}-`) && !file.startsWith("v8-"))) {
      const file = join(cacheDir, name);
      const bytes = readFileSync(file);
      const key = bytes.toString("latin1", 0, bytes.indexOf(10)).split("\t")[2]!;
      const retell = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value).replaceAll("token value", "token VALUE")));
      const value = retell(decodeEntry(bytes, key, MAX_INFLATED_BYTES));
      expect(value).toBeDefined();
      writeFileSync(file, encodeEntry(key, value, MAX_INFLATED_BYTES, retell(decodeAttached(bytes, key, MAX_INFLATED_BYTES))));
    }
    expect(renameToThisBuild(cacheDir, (name) => !name.startsWith("v8-"))).toBeGreaterThan(3);
    for (const args of COMMANDS) {
      const cached = ethics(["--data", dir, ...args], { env });
      const uncached = ethics(["--data", dir, ...args], { env: { ETHICS_NO_CACHE: "1" } });
      expect(cached, args.join(" ")).toEqual(uncached);
    }
    expect(ethics(["--data", dir, ...COMMANDS[0]!], { env }).stdout).toContain("token value");
  });

  it("a V8 code cache entry of a bundle of the same length is not run", () => {
    const bin = otherBuild((bundle) => bundle.replaceAll("did you mean", "DID YOU MEAN"));
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["shwo"], { env, bin }).stderr).toContain("DID YOU MEAN show?");
    expect(renameToThisBuild(cacheDir, (name) => name.startsWith("v8-"))).toBeGreaterThan(0);
    const result = ethics(["shwo"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("did you mean show?");
    expect(result.stderr).not.toContain("DID YOU MEAN");
  });
});

// A bundle edited by hand under the same build id (a message fixed in place, keeping its length)
// ran its old bytecode from the code cache: entries were keyed by the build id alone.
describe("a bundle edited in place under the same build id", () => {
  it.each([false, true])("runs as edited (mtime kept: %s)", (keepMtime) => {
    const copy = copyAsOtherBuild(buildId);
    const bin = join(copy, "bin/ethics.cjs");
    const env = { ETHICS_CACHE_DIR: newCacheDir() };
    for (let warm = 0; warm < 2; warm++) expect(ethics(["shwo"], { env, bin }).stderr).toContain("did you mean show?");
    expect(readdirSync(env.ETHICS_CACHE_DIR).some((name) => name.startsWith("v8-"))).toBe(true);
    const bundle = join(copy, "dist/ethics.cjs");
    const { mtime } = statSync(bundle);
    const before = readFileSync(bundle, "utf8");
    writeFileSync(bundle, before.replaceAll("did you mean", "DID YOU MEAN"));
    if (keepMtime) utimesSync(bundle, mtime, mtime);
    const result = ethics(["shwo"], { env, bin });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("DID YOU MEAN show?");
  });
});
