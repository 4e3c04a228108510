// What warm runs keep in the cache beyond users' codes (validate's per-file results, values made
// from a whole library, exports) is a pure optimization: cold, warm, with each entry damaged,
// and after edits that keep size and mtime, every command prints what it prints uncached.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { escapeJson } from "../../src/render/terminal-text.js";
import { cacheDamages, copyOfMedical, expectSame, keepMtime } from "./cache-damage.js";
import { ethics, ethicsAll, root, type RunResult } from "./run.js";

// Each test here runs `ethics` dozens of times (every kind of damage, cold and warm): alone it
// takes up to 25 s on two cores; beside the rest of the suite, twice that. The global 30 s is a
// guard against a hang, and these would trip it on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

const newDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const entries = (cacheDir: string, kind: string) => readdirSync(cacheDir).filter((name) => name.startsWith(kind) && name.endsWith(".entry"));

/** Ways a cache entry can be damaged; each must read as a miss. */
const DAMAGES = cacheDamages(() => ({ paths: [7], files: "x", what: 1, value: { topics: [{ id: 3 }] } }));

describe("validate through the cache", () => {
  /** A folder with valid files and one of each kind of problem, own and across files. */
  function folder(): string {
    const dir = newDir("ethics-validate-cache-");
    writeFileSync(join(dir, "riverside.yaml"), riverside);
    writeFileSync(join(dir, "copy-a.yaml"), copyOfMedical("copy-a", "Copy A"));
    // An unknown concept tag: located in the file.
    writeFileSync(join(dir, "tagged.yaml"), copyOfMedical("tagged", "Tagged").replace(/^(\s+)text: (.*gifts.*)$/m, "$1text: $2\n$1concepts: [accepting-giftz]"));
    // A name that clashes with another file's, and a lineage that names no code.
    writeFileSync(join(dir, "twin.yaml"), copyOfMedical("twin", "Copy A").replace("derivedFrom: california", "derivedFrom: alaskaa"));
    writeFileSync(join(dir, "broken.yaml"), "id: broken\ntitle: [unclosed\n");
    return dir;
  }

  it("prints what it prints uncached: cold, warm, trusted by stat data, with its record damaged, after edits", async () => {
    const dir = folder();
    const cacheDir = newDir("ethics-validate-cache-dir-");
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const commands = [["validate", dir], ["validate", dir, "--json"], ["validate", join(dir, "twin.yaml"), dir, join(dir, "nope.yaml")]];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [args, { env: runEnv }]));
    let uncached = await run({ ETHICS_NO_CACHE: "1" });
    expect(uncached[0]!.stdout).toContain("tagged.yaml:");
    expect(uncached[0]!.stdout).toContain("no concept 'accepting-giftz'");
    expect(uncached[0]!.stdout).toContain("clashes with 'copy-a'");
    expect(uncached[0]!.stdout).toContain("source.derivedFrom: no code 'alaskaa'");
    expect(uncached[0]!.code).toBe(1);
    expectSame(await run(env), uncached, "cold");
    // One record per set of paths: the first two commands share theirs.
    expect(entries(cacheDir, "check-")).toHaveLength(2);
    expectSame(await run(env), uncached, "warm, files racily clean");
    // Once the files are older than the racy window, their stat data is trusted.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expectSame(await run(env), uncached, "warm");
    expectSame(await run(env), uncached, "warm, trusted by stat data");
    for (const [how, damage] of DAMAGES) {
      for (const name of entries(cacheDir, "check-")) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
    // An edit that keeps size and mtime: ctime tells. The problem is fixed, the clash made.
    keepMtime(join(dir, "tagged.yaml"), () => writeFileSync(join(dir, "tagged.yaml"), readFileSync(join(dir, "tagged.yaml"), "utf8").replace("accepting-giftz", "accepting-gifts").replace("shortName: Tagged", "shortName: Copy A")));
    rmSync(join(dir, "broken.yaml"));
    uncached = await run({ ETHICS_NO_CACHE: "1" });
    expect(uncached[0]!.stdout).not.toContain("accepting-giftz");
    expect(uncached[0]!.stdout).toContain("tagged.yaml shortName: 'Copy A' clashes with");
    expectSame(await run(env), uncached, "after an edit that keeps size and mtime");
    expectSame(await run(env), uncached, "warm after the edit");
  });
});

/** A data folder: the riverside example, a Medi-Cal copy, and one whose file tags a standard itself. */
function dataFolder(): string {
  const dir = newDir("ethics-views-data-");
  writeFileSync(join(dir, "riverside.yaml"), riverside);
  writeFileSync(join(dir, "copy-a.yaml"), copyOfMedical("copy-a", "Copy A"));
  writeFileSync(join(dir, "copy-b.yaml"), copyOfMedical("copy-b", "Copy B").replace(/^(\s+)text: (.*gifts.*)$/m, "$1text: $2\n$1concepts: [accepting-gifts]"));
  return dir;
}

describe("topics and topic through the cache of whole-library values", () => {
  it("print what they print uncached: cold, warm, with each value damaged, after an edit that keeps size and mtime", async () => {
    const dir = dataFolder();
    const cacheDir = newDir("ethics-views-cache-");
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const commands = [
      ["topics"],
      ["topics", "--json"],
      ["topic", "gifts"],
      ["topic", "gifts", "--json", "--code", "copy-b,riverside"],
      ["topic", "accepting", "gifts", "--json"],
      ["topic", "accepting", "gifts"],
      ["concepts", "gifts", "--json"],
      ["concepts"],
      ["concepts", "--json"],
    ];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: { ...runEnv, COLUMNS: "80" } }]));
    let uncached = await run({ ETHICS_NO_CACHE: "1" });
    uncached.forEach((result) => expect(result.code).toBe(0));
    expect(uncached[2]!.stdout).toContain("Copy B — ");
    expectSame(await run(env), uncached, "cold");
    // One value per description: topics (twice), gifts, gifts for two codes, the concept (twice),
    // the whole listing's summary, the listing of gifts and the whole listing (each compact).
    expect(entries(cacheDir, "view-")).toHaveLength(7);
    // A warm run reads each value: one its shape check refused would be made and written again.
    const files = () => entries(cacheDir, "view-").map((name) => statSync(join(cacheDir, name)).ino);
    const written = files();
    expectSame(await run(env), uncached, "warm");
    expect(files()).toEqual(written);
    for (const [how, damage] of DAMAGES) {
      for (const name of entries(cacheDir, "view-")) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
    keepMtime(join(dir, "copy-a.yaml"), () => writeFileSync(join(dir, "copy-a.yaml"), readFileSync(join(dir, "copy-a.yaml"), "utf8").replace("shortName: Copy A", "shortName: Copy Z")));
    uncached = await run({ ETHICS_NO_CACHE: "1" });
    expect(uncached[2]!.stdout).toContain("Copy Z — ");
    expectSame(await run(env), uncached, "after an edit that keeps size and mtime");
    expectSame(await run(env), uncached, "warm after the edit");
  });
});

describe("random over users' codes", () => {
  it("picks what it picks uncached, cold and warm: by the codes' sizes, or on a topic by the index's concepts", async () => {
    const dir = dataFolder();
    const cacheDir = newDir("ethics-random-cache-");
    const commands = [
      ["random", "--seed", "3"],
      ["random", "--seed", "987654", "--json"],
      ["random", "--seed", "21", "--code", "riverside,copy-b"],
      ["random", "--seed", "7", "--topic", "gifts", "--json"],
      ["random", "--seed", "8", "--topic", "confidentiality"],
    ];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: runEnv }]));
    const uncached = await run({ ETHICS_NO_CACHE: "1" });
    uncached.forEach((result) => expect(result.code).toBe(0));
    // The seeds reach the users' codes, not only the built-in ones.
    expect(uncached.some((result) => /Copy [AB]|Riverside/.test(result.stdout))).toBe(true);
    expectSame(await run({ ETHICS_CACHE_DIR: cacheDir }), uncached, "cold");
    expectSame(await run({ ETHICS_CACHE_DIR: cacheDir }), uncached, "warm");
  });
});

describe("export a code at a time", () => {
  it("writes what it writes uncached, cold, warm and with each code's entry damaged: json, csv, md", async () => {
    const dir = dataFolder();
    writeFileSync(join(dir, "evil.yaml"), readFileSync(join(root, "test/fixtures/evil/evil.yaml")));
    const cacheDir = newDir("ethics-export-cache-");
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const commands = [["export"], ["export", "--format", "csv"], ["export", "--format", "md"], ["export", "--format", "yaml"], ["export", "--format", "html"]];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: runEnv }]));
    const uncached = await run({ ETHICS_NO_CACHE: "1" });
    uncached.forEach((result) => expect(result.code).toBe(0));
    // The JSON is exactly the pretty-printed, escaped form of what it holds: the pieces join up.
    const { codes } = JSON.parse(uncached[0]!.stdout) as { codes: { id: string }[] };
    expect(codes.map((code) => code.id).slice(-4)).toEqual(["copy-a", "copy-b", "evil", "riverside-agency"]);
    expect(escapeJson(JSON.stringify({ codes }, null, 2)) + "\n").toBe(uncached[0]!.stdout);
    expect(uncached[1]!.stdout.split("\r\n")[0]).toBe("code,section,section_title,number,citation,text,items,notes,editorial");
    expectSame(await run(env), uncached, "cold");
    expectSame(await run(env), uncached, "warm");
    for (const [how, damage] of DAMAGES) {
      for (const name of entries(cacheDir, "code-")) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
  });
});

/** Runs node with `args`, reading its output only after a while (its pipe full meanwhile); ended after 30 s. */
function runReadingLate(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: "1", ...env } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    // No reader for 1.5 s: the stream stays paused and the pipe fills.
    setTimeout(() => child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk)), 1500);
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), code: code ?? -1 });
    });
  });
}

describe("export on several threads", () => {
  it("writes what one thread writes, whatever the workers can read, and when they fail: json, csv, md, yaml, html", async () => {
    // Enough codes for blocks of 16 to reach two workers (ETHICS_THREADS=2): small copies of the
    // riverside example, the evil file among them.
    const dir = newDir("ethics-export-threads-");
    for (let i = 1; i <= 40; i++) {
      const id = `river-${String(i).padStart(2, "0")}`;
      const copy = riverside.replace(/^id: .*$/m, `id: ${id}`).replace(/^aliases: .*$/m, "aliases: []").replace(/^shortName: .*$/m, `shortName: River ${i}`).replace(/^title: .*$/m, `title: River ${i} code`);
      // One a worker renders says what it was adapted from: its Markdown names the title.
      writeFileSync(join(dir, `${id}.yaml`), i === 30 ? copy.replace(/^(  adopted: .*)$/m, "$1\n  derivedFrom: alaska") : copy);
    }
    writeFileSync(join(dir, "river-20b.yaml"), readFileSync(join(root, "test/fixtures/evil/evil.yaml")));
    const cacheDir = newDir("ethics-export-threads-cache-");
    const commands = [["export"], ["export", "--format", "csv"], ["export", "--format", "md"], ["export", "--format", "yaml"], ["export", "--format", "html"]];
    const run = (extra: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: { ETHICS_CACHE_DIR: cacheDir, ...extra } }]));
    const uncached = commands.map((args) => ethics(["--data", dir, ...args], { env: { ETHICS_NO_CACHE: "1" } }));
    uncached.forEach((result) => expect(result.code).toBe(0));
    expect((JSON.parse(uncached[0]!.stdout) as { codes: unknown[] }).codes).toHaveLength(46);
    expect(uncached[2]!.stdout).toContain("**Adapted from:** Code of Ethics for Alaska Peer Support Professionals");
    // YAML is written without the library where it can be (the evil file's code needs it, and
    // a worker leaves it to the main thread): it reads back as the JSON export's model.
    expect(parseYaml(uncached[3]!.stdout)).toEqual(JSON.parse(uncached[0]!.stdout));
    expectSame(await run({ ETHICS_THREADS: "2" }), uncached, "cold, two workers");
    expectSame(await run({ ETHICS_THREADS: "2" }), uncached, "warm, two workers");
    expectSame(await run({ ETHICS_THREADS: "1" }), uncached, "warm, one worker");
    // Entries the workers cannot read: the main thread renders those codes.
    const codeEntries = entries(cacheDir, "code-");
    for (const name of codeEntries.slice(0, codeEntries.length / 2)) writeFileSync(join(cacheDir, name), "");
    expectSame(await run({ ETHICS_THREADS: "2" }), uncached, "half the entries emptied, two workers");

    // Workers that fail: at their start, or after claiming every block still free (as a worker
    // that dies mid-export holds blocks it never sent). The built package is copied and its
    // worker file wrapped; the run's output is left unread for a while, so that the main thread
    // waits on a full pipe while the workers start and claim. The main thread must render the
    // blocks they claimed, or the run never ends.
    const claimAllThenFail =
      'const { workerData } = require("node:worker_threads");\nconst claims = new Int32Array(workerData.claims);\n' +
      "for (let block = 0; block < claims.length; block++) Atomics.compareExchange(claims, block, 0, workerData.mark);\n" +
      'throw new Error("a worker that fails");\n';
    for (const [how, wrapper] of [
      ["at its start", 'throw new Error("a worker that fails");\n'],
      ["holding every block still free", claimAllThenFail],
    ] as const) {
      const copy = newDir("ethics-failing-worker-");
      cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
      mkdirSync(join(copy, "bin"));
      cpSync(join(root, "bin/ethics.cjs"), join(copy, "bin/ethics.cjs"));
      cpSync(join(root, "package.json"), join(copy, "package.json"));
      writeFileSync(join(copy, "dist/export-worker.cjs"), wrapper);
      // JSON: the export large enough (260 KB) to fill the pipe before the workers start.
      const result = await runReadingLate([join(copy, "bin/ethics.cjs"), "--data", dir, "export"], { ETHICS_CACHE_DIR: cacheDir, ETHICS_THREADS: "2" });
      expect(result.stdout, `a worker that fails ${how}`).toBe(uncached[0]!.stdout);
      expect(result.stderr, `a worker that fails ${how}`).toBe(uncached[0]!.stderr);
      expect(result.code, `a worker that fails ${how}`).toBe(0);
    }
  });
});

describe("the Anki exports on several threads", () => {
  it("write what one thread writes uncached, once every standard's topics are stored, workers writing blocks: Basic and Cloze cards", async () => {
    // Copies of Medi-Cal (blocks of 16: 40 reach two workers), the evil file among them.
    const dir = newDir("ethics-anki-threads-");
    for (let i = 1; i <= 40; i++) writeFileSync(join(dir, `copy-${String(i).padStart(2, "0")}.yaml`), copyOfMedical(`copy-${String(i).padStart(2, "0")}`, `Copy ${i}`));
    writeFileSync(join(dir, "copy-20b.yaml"), readFileSync(join(root, "test/fixtures/evil/evil.yaml")));
    const cacheDir = newDir("ethics-anki-threads-cache-");
    const commands = [["export", "--format", "anki"], ["export", "--format", "anki-cloze"]];
    const uncached = await ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: { ETHICS_NO_CACHE: "1" } }]));
    uncached.forEach((result) => expect(result.code).toBe(0));
    // The first run stores every standard's topics; the next ones write the cards on the export threads.
    expectSame(await ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: { ETHICS_CACHE_DIR: cacheDir } }])), uncached, "cold");
    // The built package copied, its worker noting each block it posts. The output is left
    // unread for a while (~3 MB each), so that the main thread waits on a full pipe while the
    // workers start: they write blocks, not only this thread.
    const copy = newDir("ethics-anki-worker-");
    cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
    mkdirSync(join(copy, "bin"));
    cpSync(join(root, "bin/ethics.cjs"), join(copy, "bin/ethics.cjs"));
    cpSync(join(root, "package.json"), join(copy, "package.json"));
    const posted = join(copy, "posted");
    const worker = join(copy, "dist/export-worker.cjs");
    const noting =
      `const { parentPort } = require("node:worker_threads");\nconst post = parentPort.postMessage.bind(parentPort);\n` +
      `parentPort.postMessage = (message, moved) => { require("node:fs").appendFileSync(${JSON.stringify(posted)}, "block\\n"); post(message, moved); };\n`;
    writeFileSync(worker, noting + readFileSync(worker, "utf8"));
    for (const threads of ["2", "1"]) {
      rmSync(posted, { force: true });
      const runs = await Promise.all(commands.map((args) => runReadingLate([join(copy, "bin/ethics.cjs"), "--data", dir, ...args], { ETHICS_CACHE_DIR: cacheDir, ETHICS_THREADS: threads })));
      expectSame(runs, uncached, `warm, ETHICS_THREADS=${threads}`);
      expect(readFileSync(posted, "utf8"), `blocks posted by workers, ETHICS_THREADS=${threads}`).toMatch(/^block\n/);
    }
  });
});
