// What warm runs keep in the cache beyond users' codes is a pure optimization (see
// warm-cache.test.ts): here random and the exports, a code at a time and on several threads.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { escapeJson } from "../../src/render/terminal-text.js";
import { copyOfMedical, expectSame } from "./cache-damage.js";
import { dataFolder, entries, newDir, riverside, WRONG_SHAPE_DAMAGE } from "./warm-cache-folder.js";
import { ethicsAll, root, runEnvironment, type RunResult } from "./run.js";

// Each test here runs `ethics` dozens of times (every kind of damage, cold and warm): alone it
// takes up to 25 s on two cores; beside the rest of the suite, twice that. The global 30 s is a
// guard against a hang, and these would trip it on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

// The tests share nothing on disk (each its own folder and cache) and never block (every run is
// awaited): they run at once, each going on while another waits on its runs.

describe.concurrent("random over users' codes", () => {
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
    // The uncached runs use no cache: they go beside the cold ones.
    const [uncached, cold] = await Promise.all([run({ ETHICS_NO_CACHE: "1" }), run({ ETHICS_CACHE_DIR: cacheDir })]);
    uncached.forEach((result) => expect(result.code).toBe(0));
    // The seeds reach the users' codes, not only the built-in ones.
    expect(uncached.some((result) => /Copy [AB]|Riverside/.test(result.stdout))).toBe(true);
    expectSame(cold, uncached, "cold");
    expectSame(await run({ ETHICS_CACHE_DIR: cacheDir }), uncached, "warm");
  });
});

describe.concurrent("export a code at a time", () => {
  it("writes what it writes uncached, cold, warm and with each code's entry of the wrong shape: json, csv, md, yaml, html", async () => {
    const dir = dataFolder();
    writeFileSync(join(dir, "evil.yaml"), readFileSync(join(root, "test/fixtures/evil/evil.yaml")));
    const cacheDir = newDir("ethics-export-cache-");
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const commands = [["export"], ["export", "--format", "csv"], ["export", "--format", "md"], ["export", "--format", "yaml"], ["export", "--format", "html"]];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: runEnv }]));
    // The uncached runs use no cache: they go beside the cold ones.
    const [uncached, cold] = await Promise.all([run({ ETHICS_NO_CACHE: "1" }), run(env)]);
    uncached.forEach((result) => expect(result.code).toBe(0));
    // The JSON is exactly the pretty-printed, escaped form of what it holds: the pieces join up.
    const { codes } = JSON.parse(uncached[0]!.stdout) as { codes: { id: string }[] };
    expect(codes.map((code) => code.id).slice(-4)).toEqual(["copy-a", "copy-b", "evil", "riverside-agency"]);
    expect(escapeJson(JSON.stringify({ codes }, null, 2)) + "\n").toBe(uncached[0]!.stdout);
    expect(uncached[1]!.stdout.split("\r\n")[0]).toBe("code,section,section_title,number,citation,text,items,notes,editorial");
    expectSame(cold, uncached, "cold");
    expectSame(await run(env), uncached, "warm");
    // The damage only the reader of code entries catches; the others are misses for every reader
    // (test/cli/cache/damaged-entry.test.ts), and cache.test.ts exports through each of them.
    for (const [how, damage] of WRONG_SHAPE_DAMAGE) {
      for (const name of entries(cacheDir, "code-")) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
  });
});

/** Runs node with `args`, reading its output only after a while (its pipe full meanwhile); ended after 30 s. */
function runReadingLate(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: runEnvironment({ env: { NO_COLOR: "1", ...env } }) });
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

describe.concurrent("export on several threads", () => {
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
    const uncached = await ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: { ETHICS_NO_CACHE: "1" } }]));
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

describe.concurrent("the Anki exports on several threads", () => {
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
