// The cache of users' codes is a pure optimization: whatever state it is in (missing, damaged,
// stale, another build's, unmakeable), the output is the uncached output, and no error.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cacheDamages, keepMtime } from "./cache-damage.js";
import { ethics, ethicsAll, root, type RunResult } from "./run.js";

// Each test here runs `ethics` dozens of times (every kind of damage, cold and warm): alone it
// takes up to 25 s on two cores; beside the rest of the suite, twice that. The global 30 s is a
// guard against a hang, and these would trip it on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const medical = readFileSync(join(root, "data/medi-cal.yaml"), "utf8");
const buildId = (JSON.parse(readFileSync(join(root, "dist/builtin.json"), "utf8")) as { buildId: string }).buildId;

/** A folder of `count` codes: the riverside example, then copies of Medi-Cal under new ids. */
function dataFolder(count: number, mark = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-cache-data-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), riverside + mark);
  for (let i = 1; i < count; i++) {
    const id = `copy-${String(i).padStart(2, "0")}`;
    writeFileSync(join(dir, `${id}.yaml`), medical.replace(/^id: medi-cal$/m, `id: ${id}`).replace(/^aliases: .*$/m, "aliases: []").replace(/^shortName: .*$/m, `shortName: Copy ${i}`).replace(/^title: .*$/m, `title: Copy ${i} of the Medi-Cal code`) + mark);
  }
  return dir;
}

const newCacheDir = () => mkdtempSync(join(tmpdir(), "ethics-cache-"));
const entries = (cacheDir: string, kind = "") => readdirSync(cacheDir).filter((name) => name.startsWith(kind) && name.endsWith(".entry"));

/** The commands whose output must not depend on the cache, in one list. */
const COMMANDS = [
  ["show", "riverside", "boundaries", "1"],
  ["search", "gifts", "--json"],
  ["export", "--format", "json"],
  // Sizes and scope come from the folder's record, without reading a code.
  ["list", "--json"],
];

/** COMMANDS at once on one cache, as several users or terminals of one machine run them. */
function runAll(dir: string, env: NodeJS.ProcessEnv): Promise<RunResult[]> {
  return ethicsAll(COMMANDS.map((args) => [["--data", dir, ...args], { env }]));
}

/** Uncached output by folder and its files' contents: computed once per state. */
const uncachedRuns = new Map<string, RunResult[]>();

/** Runs COMMANDS with `env` (or takes `cached`, runs of them made already) and expects the uncached output. */
async function expectSameAsUncached(dir: string, env: NodeJS.ProcessEnv, made?: RunResult[]): Promise<void> {
  const cached = made ?? (await runAll(dir, env));
  const state = `${dir}\0${readdirSync(dir).sort().map((name) => { try { return readFileSync(join(dir, name), "utf8"); } catch { return name; } }).join("\0")}`;
  const uncached = uncachedRuns.get(state) ?? (await runAll(dir, { ETHICS_NO_CACHE: "1" }));
  uncachedRuns.set(state, uncached);
  cached.forEach((result, index) => {
    expect(result.stderr, COMMANDS[index]!.join(" ")).toBe(uncached[index]!.stderr);
    expect(result.code, COMMANDS[index]!.join(" ")).toBe(uncached[index]!.code);
    expect(result.stdout, COMMANDS[index]!.join(" ")).toBe(uncached[index]!.stdout);
  });
  expect(uncached[0]!.code).toBe(0);
}

describe("the cache never changes what is printed", () => {
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
    const show = () => ethics(["--data", dir, "show", "riverside", "boundaries", "1"], { env }).stdout;
    expect(show()).toContain("token value");
    // Same length, mtime set back: only ctime (and the bytes) tell.
    keepMtime(file, () => writeFileSync(file, riverside.replace("token value", "tiny  value")));
    expect(show()).toContain("tiny value");
    // Two writes within one run's racy window: the second is seen although size and mtime may match.
    writeFileSync(file, riverside.replace("token value", "nomin value"));
    expect(show()).toContain("nomin value");
    writeFileSync(file, riverside.replace("token value", "small value"));
    expect(show()).toContain("small value");
    // A copy that keeps times (cp -p) over the file: a new inode.
    const elsewhere = join(mkdtempSync(join(tmpdir(), "ethics-")), "riverside-agency.yaml");
    writeFileSync(elsewhere, riverside.replace("token value", "giant value"));
    utimesSync(elsewhere, statSync(file).atime, statSync(file).mtime);
    cpSync(elsewhere, file, { preserveTimestamps: true });
    expect(show()).toContain("giant value");
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
    const snapshot = join(other, "dist/builtin.json");
    writeFileSync(snapshot, readFileSync(snapshot, "utf8").replace(`"buildId":"${buildId}"`, '"buildId":"0123456789abcdef"'));
    const runOther = (args: string[]) => spawnSync(process.execPath, [join(other, "bin/ethics.cjs"), "--data", dir, ...args], { env: { ...process.env, ETHICS_CACHE_DIR: cacheDir }, encoding: "utf8" });
    for (let round = 0; round < 2; round++) {
      await expectSameAsUncached(dir, { ETHICS_CACHE_DIR: cacheDir });
      const result = runOther(["search", "gifts", "--json"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(ethics(["--data", dir, "search", "gifts", "--json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout);
    }
    expect(entries(cacheDir, "code-0123456789abcdef-")).toHaveLength(2);
    expect(entries(cacheDir, `code-${buildId}-`)).toHaveLength(2);
  });

  it("a cache path that cannot be made: the run goes on uncached, in bounded time", async () => {
    const dir = dataFolder(1);
    const aFile = join(mkdtempSync(join(tmpdir(), "ethics-")), "not-a-directory");
    writeFileSync(aFile, "");
    for (const env of [{ XDG_CACHE_HOME: "/proc/ethics-test" }, { XDG_CACHE_HOME: "/proc/self/fd" }, { ETHICS_CACHE_DIR: join(aFile, "cache") }, { ETHICS_CACHE_DIR: aFile }]) {
      const started = Date.now();
      const cacheEnv = { ...env, ETHICS_CACHE_DIR: "ETHICS_CACHE_DIR" in env ? env.ETHICS_CACHE_DIR : "" };
      const results = await runAll(dir, cacheEnv);
      expect(Date.now() - started, JSON.stringify(env)).toBeLessThan(15_000);
      expect(results.map((result) => result.code), JSON.stringify(env)).toEqual(COMMANDS.map(() => 0));
      await expectSameAsUncached(dir, cacheEnv, results);
    }
  });
});

describe("parsing on several threads", () => {
  it("gives what one thread gives: codes, a broken file and two files with the same bytes", () => {
    const dir = dataFolder(6);
    const run = (threads: string, cacheDir: string) => ethics(["--data", dir, "search", "gifts", "--json"], { env: { ETHICS_CACHE_DIR: cacheDir, ETHICS_THREADS: threads } });
    const alone = run("0", newCacheDir());
    expect(alone.code).toBe(0);
    // ETHICS_THREADS=N gives every file to N worker threads, the main thread taking none.
    const cacheDir = newCacheDir();
    expect(run("3", cacheDir), "cold").toEqual(alone);
    expect(entries(cacheDir, "code-")).toHaveLength(6);
    // The workers stored each code's part too: six, and their run (the built-in codes' part
    // comes with the build).
    expect(entries(cacheDir, "part-")).toHaveLength(7);
    expect(run("3", cacheDir), "warm").toEqual(alone);
    writeFileSync(join(dir, "broken.yaml"), "id: broken\ntitle: [unclosed\n");
    cpSync(join(dir, "copy-03.yaml"), join(dir, "same-bytes.yaml"));
    const broken = run("0", newCacheDir());
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(run("2", newCacheDir()), "a broken file").toEqual(broken);
  });
});

describe("a first run over more files than one run of the index", () => {
  it("merges the index's runs as files are parsed, and gives the uncached output, cold, warm and after an edit", () => {
    // 40 files: two runs of parts (PART_RUN is 32), one worker beside the main thread.
    const dir = dataFolder(40);
    const run = (env: NodeJS.ProcessEnv) => ethics(["--data", dir, "search", "gifts", "--json"], { env });
    const uncached = run({ ETHICS_NO_CACHE: "1", ETHICS_THREADS: "0" });
    expect(uncached.code).toBe(0);
    const cacheDir = newCacheDir();
    expect(run({ ETHICS_CACHE_DIR: cacheDir }), "cold").toEqual(uncached);
    // Each code's part, the two runs merged during the first run, and nothing else.
    expect(entries(cacheDir, "part-")).toHaveLength(42);
    expect(run({ ETHICS_CACHE_DIR: cacheDir }), "warm").toEqual(uncached);
    writeFileSync(join(dir, "copy-05.yaml"), readFileSync(join(dir, "copy-05.yaml"), "utf8") + "# edited\n");
    expect(run({ ETHICS_CACHE_DIR: cacheDir }), "one file edited").toEqual(run({ ETHICS_NO_CACHE: "1", ETHICS_THREADS: "0" }));
  });
});

describe("races", () => {
  it("runs at once on one cold cache (and one pruning it) all print the uncached output", async () => {
    const dir = dataFolder(4);
    const cacheDir = newCacheDir();
    const runAsync = (args: string[], env: NodeJS.ProcessEnv) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [join(root, "bin/ethics.cjs"), "--data", dir, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
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

describe("incremental and bounded", () => {
  it("a warm run reads the entries of the codes it shows and no other (a thousand codes stay fast)", () => {
    const dir = dataFolder(6);
    // One code says where it comes from: every run checks lineage, from the folder's record.
    writeFileSync(join(dir, "copy-01.yaml"), readFileSync(join(dir, "copy-01.yaml"), "utf8").replace(/^  derivedFrom: .*$/m, "  derivedFrom: medi-cal"));
    const cacheDir = newCacheDir();
    const log = join(mkdtempSync(join(tmpdir(), "ethics-reads-")), "reads.txt");
    const codeEntriesRead = (args: string[]) => {
      writeFileSync(log, "");
      const spy = { NODE_OPTIONS: `--require ${join(root, "test/fixtures/spy/read-log.cjs")}`, ETHICS_TEST_READ_LOG: log };
      expect(ethics(["--data", dir, ...args], { env: { ETHICS_CACHE_DIR: cacheDir, ...spy } }).code, args.join(" ")).toBe(0);
      return readFileSync(log, "utf8").split("\n").filter((path) => /\/code-[^/]*\.entry$/.test(path)).length;
    };
    const written = Date.now();
    for (let round = 0; round < 2; round++) expect(ethics(["--data", dir, "list"], { env: { ETHICS_CACHE_DIR: cacheDir } }).code).toBe(0);
    // Files changed within RACY_MS (3 s) of a run are read again, as git's index does: past that,
    // the stat data alone is trusted.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, written + 3_100 - Date.now()));
    expect(ethics(["--data", dir, "list"], { env: { ETHICS_CACHE_DIR: cacheDir } }).code).toBe(0);
    expect(codeEntriesRead(["list"])).toBe(0);
    expect(codeEntriesRead(["show", "riverside", "boundaries", "1"])).toBe(1);
    expect(codeEntriesRead(["show", "copy-01", "integrity", "12"])).toBe(1);
  });

  it("one changed file of many re-reads that file only, and the index is made from cached runs of parts", () => {
    const dir = dataFolder(12);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", dir, "search", "gifts", "--json"], { env }).code).toBe(0);
    // The index is stored when the same files are searched a second time.
    expect(entries(cacheDir, "index-")).toHaveLength(0);
    expect(ethics(["--data", dir, "search", "gifts", "--json"], { env }).code).toBe(0);
    expect(entries(cacheDir, "index-")).toHaveLength(1);
    const before = new Map(entries(cacheDir).map((name) => [name, statSync(join(cacheDir, name)).mtimeMs]));
    // The twelve codes' parts and their run (of up to 32); the built-in codes' part comes with the build.
    expect(entries(cacheDir, "part-")).toHaveLength(13);
    // Entries are old enough to be pruned once nothing names them.
    const old = new Date(Date.now() - 5 * 60_000);
    for (const name of entries(cacheDir)) utimesSync(join(cacheDir, name), old, old);
    const file = join(dir, "copy-05.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("Shall not provide services under the influence", "Shall not provide gifts under the influence"));
    const after = ethics(["--data", dir, "search", "gifts", "--json"], { env });
    expect(after.stdout).toBe(ethics(["--data", dir, "search", "gifts", "--json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout);
    let names = entries(cacheDir);
    // The changed file's code and part, and its run's part (and the folder's record, rewritten).
    expect(names.filter((name) => !before.has(name)).map((name) => name.split("-")[0]).sort()).toEqual(["code", "part", "part"]);
    expect(names.filter((name) => name.startsWith("lib-"))).toHaveLength(1);
    // What is gone: the old version's code and part, the old run, and the old index (no 15 MB left behind).
    const gone = [...before.keys()].filter((name) => !names.includes(name));
    expect(gone.map((name) => name.split("-")[0]).sort()).toEqual(["code", "index", "part", "part"]);
    // Searched again unchanged: the new index is stored.
    expect(ethics(["--data", dir, "search", "gifts", "--json"], { env }).stdout).toBe(after.stdout);
    names = entries(cacheDir);
    expect(names.filter((name) => !before.has(name)).map((name) => name.split("-")[0]).sort()).toEqual(["code", "index", "part", "part"]);
    // A deleted file's entries go too.
    rmSync(join(dir, "copy-07.yaml"));
    for (const name of entries(cacheDir)) utimesSync(join(cacheDir, name), old, old);
    writeFileSync(join(dir, "copy-08.yaml"), readFileSync(join(dir, "copy-08.yaml"), "utf8") + "\n# edited\n");
    expect(ethics(["--data", dir, "list"], { env }).code).toBe(0);
    expect(entries(cacheDir, "code-")).toHaveLength(11);
    // The run the last search used stays, named by the folder's record, however old; so do the
    // parts of the ten files unchanged since (one was deleted, one edited, and list makes no part).
    expect(entries(cacheDir, "part-")).toHaveLength(11);
  });

  it("stays within its budget, least recently used out, and drops the old V8 code cache", async () => {
    const cacheDir = newCacheDir();
    mkdirSync(join(cacheDir, "v8"));
    writeFileSync(join(cacheDir, "v8", "ethics.cjs-v20-x64-1-2.v8"), "old bytecode");
    writeFileSync(join(cacheDir, "notes.txt"), "not the cache's: left alone");
    const env = { ETHICS_CACHE_DIR: cacheDir, ETHICS_CACHE_MAX_MIB: "0.012" };
    const folders = [dataFolder(2, "# one\n"), dataFolder(2, "# two\n"), dataFolder(2, "# three\n")];
    for (const dir of folders) expect(ethics(["--data", dir, "show", "copy-01", "integrity", "1"], { env }).code).toBe(0);
    // The V8 code cache's entries alone are over this budget: only the library in use is kept.
    expect(entries(cacheDir, "v8-").length).toBeGreaterThan(0);
    const total = entries(cacheDir).filter((name) => !name.startsWith("v8-")).reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(0.012 * 1024 * 1024);
    expect(entries(cacheDir, "lib-")).toHaveLength(1); // only the last folder's record fits
    expect(readdirSync(cacheDir)).toContain("notes.txt");
    expect(readdirSync(cacheDir)).not.toContain("v8");
    for (const dir of folders) await expectSameAsUncached(dir, env);
  });
});

describe("the V8 code cache of the bundle", () => {
  it("is written by a first run, read by the next; a damaged or foreign entry is only compiled again", () => {
    const cacheDir = newCacheDir();
    const run = () => ethics(["search", "gifts", "--json"], { env: { ETHICS_CACHE_DIR: cacheDir } });
    const first = run();
    expect(first.code).toBe(0);
    const names = readdirSync(cacheDir).filter((name) => name.startsWith("v8-"));
    expect(names).toContain(`v8-${buildId}-ethics.cjs.entry`);
    expect(names).toContain(`v8-${buildId}-lazy-core-search-search.cjs.entry`);
    expect(run().stdout).toBe(first.stdout);
    // Every byte of the payload flipped in turn would take long: a spread of them, and garbage.
    for (const [index, name] of names.entries()) {
      const file = join(cacheDir, name);
      const bytes = readFileSync(file);
      for (let at = bytes.indexOf(10) + 1 + index; at < bytes.length; at += 97) bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(file, bytes);
    }
    const damaged = run();
    expect(damaged).toEqual({ ...first });
    // Damaged entries were written again, whole.
    for (const name of names) expect(readFileSync(join(cacheDir, name))).not.toEqual(Buffer.alloc(0));
    // This Node's key and the right length, but bytes whose checksum is not the one given.
    writeFileSync(join(cacheDir, `v8-${buildId}-ethics.cjs.entry`), `ethics-v8\t2\t${process.version}-${process.arch}\t3\t0\nabc`);
    expect(run()).toEqual({ ...first });
    expect(ethics(["search", "gifts", "--json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout).toBe(first.stdout);
  });
});
