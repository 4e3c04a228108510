// What the cache of users' codes reads and keeps: parsing on several threads, the index's runs of
// parts, runs at once on one cache, only the entries a run needs, a bounded size, and the V8 code
// cache of the bundle; each run's output the uncached output. (What is printed whatever state the
// cache is in is cache.test.ts: two files, so that vitest's two workers can share them.)
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, vi } from "vitest";
import { MAX_INFLATED_BYTES } from "../../src/cli/cache/inflate-bound.js";
import { decodeAttached } from "../../src/cli/cache/json-cache.js";
import { isIndexPart } from "../../src/cli/cache/records.js";
import { buildId, dataFolder, entries, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethicsAsync as ethics, root, runEnvironment } from "./run.js";

/** The code entries that hold their code's index part too (a run that searched made both). */
function codesWithPart(cacheDir: string): string[] {
  return entries(cacheDir, "code-").filter((name) => {
    const bytes = readFileSync(join(cacheDir, name));
    return isIndexPart(decodeAttached(bytes, bytes.toString("latin1", 0, bytes.indexOf(10)).split("\t")[2]!, MAX_INFLATED_BYTES));
  });
}

// Each test here runs `ethics` many times one after another, some on several threads, and each
// run has its own guard against a hang (run.ts): the test's limit only has to outlast them on a
// busy machine. 120 s did not: the first run over 40 files took 143 s in a full suite at load 18.
vi.setConfig({ testTimeout: 300_000 });

// The tests share nothing on disk (each its own folder and cache): they run at once, and none
// blocks (every run is awaited, the racy window slept out), so that each goes on while another
// waits on its runs.
describe.concurrent("parsing on several threads", () => {
  it("gives what one thread gives: codes, a broken file and two files with the same bytes", async () => {
    const dir = dataFolder(6);
    const run = (threads: string, cacheDir: string) => ethics(["--data", dir, "search", "gifts", "--json"], { env: { ETHICS_CACHE_DIR: cacheDir, ETHICS_THREADS: threads } });
    const alone = await run("0", newCacheDir());
    expect(alone.code).toBe(0);
    // ETHICS_THREADS=N gives every file to N worker threads, the main thread taking none.
    const cacheDir = newCacheDir();
    expect(await run("3", cacheDir), "cold").toEqual(alone);
    expect(entries(cacheDir, "code-")).toHaveLength(6);
    // The workers stored each code's part too, in the code's entry, and their run in its own
    // (the built-in codes' part comes with the build).
    expect(codesWithPart(cacheDir)).toHaveLength(6);
    expect(entries(cacheDir, "part-")).toHaveLength(1);
    expect(await run("3", cacheDir), "warm").toEqual(alone);
    writeFileSync(join(dir, "broken.yaml"), "id: broken\ntitle: [unclosed\n");
    cpSync(join(dir, "copy-03.yaml"), join(dir, "same-bytes.yaml"));
    const broken = await run("0", newCacheDir());
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(await run("2", newCacheDir()), "a broken file").toEqual(broken);
  });
});

describe.concurrent("a first run over more files than one run of the index", () => {
  it("merges the index's runs as files are parsed, and gives the uncached output, cold, warm and after an edit", async () => {
    // 40 files: two runs of parts (PART_RUN is 32), one worker beside the main thread.
    const dir = dataFolder(40);
    const run = (env: NodeJS.ProcessEnv) => ethics(["--data", dir, "search", "gifts", "--json"], { env });
    const uncached = await run({ ETHICS_NO_CACHE: "1", ETHICS_THREADS: "0" });
    expect(uncached.code).toBe(0);
    const cacheDir = newCacheDir();
    expect(await run({ ETHICS_CACHE_DIR: cacheDir }), "cold").toEqual(uncached);
    // Each code's part (in its code's entry), the two runs merged during the first run, and nothing else.
    expect(codesWithPart(cacheDir)).toHaveLength(40);
    expect(entries(cacheDir, "part-")).toHaveLength(2);
    expect(await run({ ETHICS_CACHE_DIR: cacheDir }), "warm").toEqual(uncached);
    writeFileSync(join(dir, "copy-05.yaml"), readFileSync(join(dir, "copy-05.yaml"), "utf8") + "# edited\n");
    // The cached run and the uncached one share no cache: they go at once.
    const [edited, editedUncached] = await Promise.all([run({ ETHICS_CACHE_DIR: cacheDir }), run({ ETHICS_NO_CACHE: "1", ETHICS_THREADS: "0" })]);
    expect(edited, "one file edited").toEqual(editedUncached);
  });
});

describe.concurrent("races", () => {
  it("runs at once on one cold cache (and one pruning it) all print the uncached output", async () => {
    const dir = dataFolder(4);
    const cacheDir = newCacheDir();
    const runAsync = (args: string[], env: NodeJS.ProcessEnv) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [join(root, "bin/ethics.cjs"), "--data", dir, ...args], { env: runEnvironment({ env }), stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("close", (code) => resolve(`${code}\n${out}`));
      });
    const expected = await runAsync(["search", "gifts", "--json"], { ETHICS_NO_CACHE: "1" });
    // A tiny budget makes every writing run prune what the others are using.
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: "0.001" };
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(Array.from({ length: 5 }, (_, index) => runAsync(index % 2 ? ["export", "--format", "json"] : ["search", "gifts", "--json"], env)));
      results.forEach((result, index) => {
        if (index % 2 === 0) expect(result).toBe(expected);
        else expect(result.startsWith("0\n")).toBe(true);
      });
      writeFileSync(join(dir, "copy-02.yaml"), readFileSync(join(dir, "copy-02.yaml"), "utf8") + `# round ${round}\n`);
    }
  });
});

describe.concurrent("incremental and bounded", () => {
  it("a warm run reads the entries of the codes it shows and no other (a thousand codes stay fast)", async () => {
    const dir = dataFolder(6);
    // One code says where it comes from: every run checks lineage, from the folder's record.
    writeFileSync(join(dir, "copy-01.yaml"), readFileSync(join(dir, "copy-01.yaml"), "utf8").replace(/^  derivedFrom: .*$/m, "  derivedFrom: medi-cal"));
    const cacheDir = newCacheDir();
    const log = join(mkdtempSync(join(tmpdir(), "ethics-reads-")), "reads.txt");
    const codeEntriesRead = async (args: string[]) => {
      writeFileSync(log, "");
      const spy = { NODE_OPTIONS: `--require ${join(root, "test/fixtures/spy/read-log.cjs")}`, ETHICS_TEST_READ_LOG: log };
      expect((await ethics(["--data", dir, ...args], { env: { ETHICS_CACHE_DIR: cacheDir, ...spy } })).code, args.join(" ")).toBe(0);
      return readFileSync(log, "utf8").split("\n").filter((path) => /\/code-[^/]*\.entry$/.test(path)).length;
    };
    const written = Date.now();
    for (let round = 0; round < 2; round++) expect((await ethics(["--data", dir, "list"], { env: { ETHICS_CACHE_DIR: cacheDir } })).code).toBe(0);
    // Files changed within RACY_MS (3 s) of a run are read again, as git's index does: past that,
    // the stat data alone is trusted.
    await sleep(Math.max(0, written + 3_100 - Date.now()));
    expect((await ethics(["--data", dir, "list"], { env: { ETHICS_CACHE_DIR: cacheDir } })).code).toBe(0);
    expect(await codeEntriesRead(["list"])).toBe(0);
    expect(await codeEntriesRead(["show", "riverside", "boundaries", "1"])).toBe(1);
    expect(await codeEntriesRead(["show", "copy-01", "integrity", "12"])).toBe(1);
  });

  it("one changed file of many re-reads that file only, and the index is made from cached runs of parts", async () => {
    const dir = dataFolder(12);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect((await ethics(["--data", dir, "search", "gifts", "--json"], { env })).code).toBe(0);
    // The index is stored when the same files are searched a second time.
    expect(entries(cacheDir, "index-")).toHaveLength(0);
    expect((await ethics(["--data", dir, "search", "gifts", "--json"], { env })).code).toBe(0);
    expect(entries(cacheDir, "index-")).toHaveLength(1);
    const before = new Map(entries(cacheDir).map((name) => [name, statSync(join(cacheDir, name)).mtimeMs]));
    // The twelve codes' parts (in their codes' entries) and their run (of up to 32); the
    // built-in codes' part comes with the build.
    expect(codesWithPart(cacheDir)).toHaveLength(12);
    expect(entries(cacheDir, "part-")).toHaveLength(1);
    // Entries are old enough to be pruned once nothing names them.
    const old = new Date(Date.now() - 5 * 60_000);
    for (const name of entries(cacheDir)) utimesSync(join(cacheDir, name), old, old);
    const file = join(dir, "copy-05.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("Shall not provide services under the influence", "Shall not provide gifts under the influence"));
    // The uncached run shares no cache with the cached one: they go at once.
    const [after, uncached] = await Promise.all([ethics(["--data", dir, "search", "gifts", "--json"], { env }), ethics(["--data", dir, "search", "gifts", "--json"], { env: { ETHICS_NO_CACHE: "1" } })]);
    expect(after.stdout).toBe(uncached.stdout);
    let names = entries(cacheDir);
    // The changed file's code (its part with it), and the folder's record, rewritten; not its
    // run's part: a file just changed is likely to change again, and its run would be made for
    // one search. The index joins the run's files' parts as they are.
    expect(names.filter((name) => !before.has(name)).map((name) => name.split("-")[0]).sort()).toEqual(["code"]);
    expect(names.filter((name) => name.startsWith("lib-"))).toHaveLength(1);
    // What is gone: the old version's code (and its part), the old run, and the old index (no 15 MB left behind).
    const gone = [...before.keys()].filter((name) => !names.includes(name));
    expect(gone.map((name) => name.split("-")[0]).sort()).toEqual(["code", "index", "part"]);
    // Searched again unchanged: the new index is stored, and the run made and stored.
    expect((await ethics(["--data", dir, "search", "gifts", "--json"], { env })).stdout).toBe(after.stdout);
    names = entries(cacheDir);
    expect(names.filter((name) => !before.has(name)).map((name) => name.split("-")[0]).sort()).toEqual(["code", "index", "part"]);
    // A deleted file's entries go too.
    rmSync(join(dir, "copy-07.yaml"));
    for (const name of entries(cacheDir)) utimesSync(join(cacheDir, name), old, old);
    writeFileSync(join(dir, "copy-08.yaml"), readFileSync(join(dir, "copy-08.yaml"), "utf8") + "\n# edited\n");
    expect((await ethics(["--data", dir, "list"], { env })).code).toBe(0);
    expect(entries(cacheDir, "code-")).toHaveLength(11);
    // The run the last search used stays, named by the folder's record, however old; so do the
    // parts of the ten files unchanged since, with their codes (one was deleted, one edited, and
    // list makes no part).
    expect(entries(cacheDir, "part-")).toHaveLength(1);
    expect(codesWithPart(cacheDir)).toHaveLength(10);
  });

  it("stays within its budget, least recently used out, and drops the old V8 code cache", async () => {
    const cacheDir = newCacheDir();
    mkdirSync(join(cacheDir, "v8"));
    writeFileSync(join(cacheDir, "v8", "ethics.cjs-v20-x64-1-2.v8"), "old bytecode");
    writeFileSync(join(cacheDir, "notes.txt"), "not the cache's: left alone");
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: "0.012" };
    const folders = [dataFolder(2, "# one\n"), dataFolder(2, "# two\n"), dataFolder(2, "# three\n")];
    for (const dir of folders) expect((await ethics(["--data", dir, "show", "copy-01", "integrity", "1"], { env })).code).toBe(0);
    // The V8 code cache keeps to a quarter of the budget (no entry of it fits in this one), so
    // that it never crowds out users' codes: the library in use is kept.
    const codeCache = entries(cacheDir, "v8-").reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    expect(codeCache).toBeLessThanOrEqual((0.012 * 1024 * 1024) / 4);
    const total = entries(cacheDir).filter((name) => !name.startsWith("v8-")).reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(0.012 * 1024 * 1024);
    expect(entries(cacheDir, "lib-")).toHaveLength(1); // only the last folder's record fits
    expect(readdirSync(cacheDir)).toContain("notes.txt");
    expect(readdirSync(cacheDir)).not.toContain("v8");
    for (const dir of folders) await expectSameAsUncached(dir, env);
  });
});

describe.concurrent("the V8 code cache of the bundle", () => {
  it("is written by a first run, read by the next; a damaged or foreign entry is only compiled again", async () => {
    const cacheDir = newCacheDir();
    const run = () => ethics(["search", "gifts", "--json"], { env: { ETHICS_CACHE_DIR: cacheDir } });
    const first = await run();
    expect(first.code).toBe(0);
    const names = readdirSync(cacheDir).filter((name) => name.startsWith("v8-"));
    expect(names).toContain(`v8-${buildId}-search-ethics.cjs.entry`);
    expect(names).toContain(`v8-${buildId}-search-lazy-core-search-search.cjs.entry`);
    expect((await run()).stdout).toBe(first.stdout);
    // Every byte of the payload flipped in turn would take long: a spread of them, and garbage.
    for (const [index, name] of names.entries()) {
      const file = join(cacheDir, name);
      const bytes = readFileSync(file);
      for (let at = bytes.indexOf(10) + 1 + index; at < bytes.length; at += 97) bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(file, bytes);
    }
    const damaged = await run();
    expect(damaged).toEqual({ ...first });
    // Damaged entries were written again, whole.
    for (const name of names) expect(readFileSync(join(cacheDir, name))).not.toEqual(Buffer.alloc(0));
    // This Node's key and the right length, but bytes whose checksum is not the one given.
    writeFileSync(join(cacheDir, `v8-${buildId}-search-ethics.cjs.entry`), `ethics-v8\t2\t${process.version}-${process.arch}\t3\t0\nabc`);
    expect(await run()).toEqual({ ...first });
    expect((await ethics(["search", "gifts", "--json"], { env: { ETHICS_NO_CACHE: "1" } })).stdout).toBe(first.stdout);
  });

  it("lets other builds' entries go, least recently written first, before they crowd out the budget", async () => {
    // A build a day is enough to fill a cache shared by a developer's builds (~3 MiB each): on
    // this machine ~/.cache/ethics held 67 MiB of them and no users' codes at all.
    const cacheDir = newCacheDir();
    const now = Date.now();
    const others = Array.from({ length: 12 }, (_, at) => `v8-${String(at).padStart(16, "0")}-search-ethics.cjs.entry`);
    for (const [at, name] of others.entries()) {
      const file = join(cacheDir, name);
      writeFileSync(file, "");
      truncateSync(file, 3 * 1024 * 1024);
      // Written `at` minutes ago: the first is the most recent.
      utimesSync(file, new Date(now - at * 60_000), new Date(now - at * 60_000));
    }
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const run = await ethics(["search", "gifts", "--json"], { env });
    expect(run.stdout).toBe((await ethics(["search", "gifts", "--json"], { env: { ETHICS_NO_CACHE: "1" } })).stdout);
    const names = readdirSync(cacheDir);
    expect(names).toContain(`v8-${buildId}-search-ethics.cjs.entry`);
    const total = names.reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(32 * 1024 * 1024 / 4);
    // The most recently written stay: a build in use beside this one keeps its entries.
    const kept = others.filter((name) => names.includes(name));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(others.slice(0, kept.length));
  });

  it("keeps each command's entries apart, so that one command never runs on another's", async () => {
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect((await ethics(["search", "gifts"], { env })).code).toBe(0);
    const shown = await ethics(["--no-color", "show", "medi-cal", "integrity", "12"], { env });
    expect(shown.code).toBe(0);
    const names = readdirSync(cacheDir).filter((name) => name.startsWith("v8-"));
    // The bundle's entry that search wrote holds search's functions; show wrote its own.
    expect(names).toContain(`v8-${buildId}-search-ethics.cjs.entry`);
    expect(names).toContain(`v8-${buildId}-show-ethics.cjs.entry`);
    expect(names.filter((name) => name.endsWith("-ethics.cjs.entry"))).toHaveLength(2);
    expect(await ethics(["--no-color", "show", "medi-cal", "integrity", "12"], { env })).toEqual(shown);
    // Options before the command, and no command at all.
    expect((await ethics(["--no-color", "list"], { env })).code).toBe(0);
    expect((await ethics(["--help"], { env })).code).toBe(0);
    const after = readdirSync(cacheDir).filter((name) => name.endsWith("-ethics.cjs.entry"));
    expect(after).toContain(`v8-${buildId}-list-ethics.cjs.entry`);
    expect(after).toContain(`v8-${buildId}-other-ethics.cjs.entry`);
  });
});
