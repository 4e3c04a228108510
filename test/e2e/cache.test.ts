// The cache of users' codes is a pure optimization: whatever state it is in (missing, damaged,
// stale, another build's, unmakeable), the output is the uncached output, and no error. What the
// cache reads and keeps (threads, runs of parts, races, budget, V8) is cache-incremental.test.ts:
// two files, so that vitest's two workers can share them.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cacheDamages, keepMtime } from "./cache-damage.js";
import { buildId, COMMANDS, dataFolder, entries, expectSameAsUncached, newCacheDir, riverside, runAll, uncachedOf } from "./cache-folder.js";
import { ethicsAsync, root } from "./run.js";

// Each test here runs `ethics` dozens of times (every kind of damage, cold and warm): alone it
// takes up to 25 s on two cores; beside the rest of the suite, twice that. The global 30 s is a
// guard against a hang, and these would trip it on a busy machine. So did 120 s: the first test
// (the one that meets every damage end to end, ~50 runs) hit it in two full suites of the
// twenty-first session at load 10 to 37, other helpers' suites beside. Each run keeps its own
// guard (run.ts).
vi.setConfig({ testTimeout: 300_000 });

// The tests share nothing on disk (each its own folder and cache): they run at once, and never
// block (no spawnSync), so that each goes on while another waits on its runs.
describe.concurrent("the cache never changes what is printed", () => {
  it("cold, warm, and after every entry is emptied, damaged or of the wrong shape", async () => {
    const dir = dataFolder(3);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    await expectSameAsUncached(dir, env); // cold: fills the cache
    expect(entries(cacheDir, "code-")).toHaveLength(3);
    await expectSameAsUncached(dir, env); // warm
    // The index is stored once a search meets the same files again (its runs were all cold).
    expect(entries(cacheDir, "index-")).toHaveLength(1);
    const names = entries(cacheDir);
    const damages = cacheDamages((file) =>
      file.split("/").pop()!.startsWith("lib-") ? { dirs: [dir], files: [{ path: 1 }] } : { code: { id: 7 }, problems: null, sections: "x" },
    );
    for (const [how, damage] of damages) {
      for (const name of names) if (readdirSync(cacheDir).includes(name)) damage(join(cacheDir, name));
      // The run that meets the damage, then the one after it (which may find entries made again).
      const results = await runAll(dir, env);
      expect(results.map((result) => result.code), how).toEqual(COMMANDS.map(() => 0));
      await expectSameAsUncached(dir, env, results);
      await expectSameAsUncached(dir, env);
    }
  });

  it("an edit that keeps size and mtime (cp -p, touch -r, a restore, two writes in one tick) is seen", async () => {
    const dir = dataFolder(1);
    const file = join(dir, "riverside-agency.yaml");
    const env = { ETHICS_CACHE_DIR: newCacheDir() };
    const show = async () => (await ethicsAsync(["--data", dir, "show", "riverside", "boundaries", "1"], { env })).stdout;
    expect(await show()).toContain("token value");
    // Same length, mtime set back: only ctime (and the bytes) tell.
    keepMtime(file, () => writeFileSync(file, riverside.replace("token value", "tiny  value")));
    expect(await show()).toContain("tiny value");
    // Two writes within one run's racy window: the second is seen although size and mtime may match.
    writeFileSync(file, riverside.replace("token value", "nomin value"));
    expect(await show()).toContain("nomin value");
    writeFileSync(file, riverside.replace("token value", "small value"));
    expect(await show()).toContain("small value");
    // A copy that keeps times (cp -p) over the file: a new inode.
    const elsewhere = join(mkdtempSync(join(tmpdir(), "ethics-")), "riverside-agency.yaml");
    writeFileSync(elsewhere, riverside.replace("token value", "giant value"));
    utimesSync(elsewhere, statSync(file).atime, statSync(file).mtime);
    cpSync(elsewhere, file, { preserveTimestamps: true });
    expect(await show()).toContain("giant value");
    await expectSameAsUncached(dir, env);
  });

  it("two builds sharing one cache directory each read only their own entries", async () => {
    const dir = dataFolder(2);
    const cacheDir = newCacheDir();
    // Another build: the same package whose build id (and so whose cache entries) differ.
    const other = mkdtempSync(join(tmpdir(), "ethics-other-build-"));
    cpSync(join(root, "dist"), join(other, "dist"), { recursive: true });
    mkdirSync(join(other, "bin"));
    cpSync(join(root, "bin/ethics.cjs"), join(other, "bin/ethics.cjs"));
    cpSync(join(root, "package.json"), join(other, "package.json"));
    const snapshot = join(other, "dist/builtin.txt");
    writeFileSync(snapshot, readFileSync(snapshot, "utf8").replace(`"buildId":"${buildId}"`, '"buildId":"0123456789abcdef"'));
    const runOther = (args: string[]) => ethicsAsync(["--data", dir, ...args], { env: { ETHICS_CACHE_DIR: cacheDir }, bin: join(other, "bin/ethics.cjs") });
    // This build's uncached search (COMMANDS[1]), the same whatever the round: run once.
    const uncachedSearch = COMMANDS.findIndex((args) => args.join(" ") === "search gifts --json");
    for (let round = 0; round < 2; round++) {
      await expectSameAsUncached(dir, { ETHICS_CACHE_DIR: cacheDir });
      const result = await runOther(["search", "gifts", "--json"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe((await uncachedOf(dir))[uncachedSearch]!.stdout);
    }
    expect(entries(cacheDir, "code-0123456789abcdef-")).toHaveLength(2);
    expect(entries(cacheDir, `code-${buildId}-`)).toHaveLength(2);
  });

  // Alone (after the others): its bound on time is of one run's steps, not of the file's runs.
  it.sequential("a cache path that cannot be made: the run goes on uncached, in bounded time", async () => {
    const dir = dataFolder(1);
    const aFile = join(mkdtempSync(join(tmpdir(), "ethics-")), "not-a-directory");
    writeFileSync(aFile, "");
    for (const env of [{ XDG_CACHE_HOME: "/proc/ethics-test" }, { XDG_CACHE_HOME: "/proc/self/fd" }, { ETHICS_CACHE_DIR: join(aFile, "cache") }, { ETHICS_CACHE_DIR: aFile }]) {
      const started = Date.now();
      const cacheEnv = { ...env, ETHICS_CACHE_DIR: "ETHICS_CACHE_DIR" in env ? env.ETHICS_CACHE_DIR : "" };
      const results = await runAll(dir, cacheEnv);
      // A guard against the spin this once was (forever, at 100% CPU), not a measure of speed:
      // the runs take a few seconds, and ~24 s on a machine busy with other work.
      expect(Date.now() - started, JSON.stringify(env)).toBeLessThan(60_000);
      expect(results.map((result) => result.code), JSON.stringify(env)).toEqual(COMMANDS.map(() => 0));
      await expectSameAsUncached(dir, cacheEnv, results);
    }
    // Four such bounds, and each its uncached runs to compare with.
  }, 400_000);
});
