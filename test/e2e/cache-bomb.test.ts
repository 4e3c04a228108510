// A forged entry made to inflate far past what its files could make (a "deflate bomb": 64 KB
// that inflate to 64 MiB of valid JSON, under a real entry's name and key) is a miss once
// inflate has made what its files could have (inflate-bound.ts): the output is the uncached
// output, and the run's peak memory stays near an honest run's instead of growing by the bomb.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { dataFolder, entries, newCacheDir } from "./cache-folder.js";
import { ethics, type RunResult } from "./run.js";
import { writeTrustedFile } from "../trusted-file.js";

vi.setConfig({ testTimeout: 240_000 });

/** Valid JSON of 64 MiB, deflated to ~64 KB. */
const bomb = deflateSync(Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(64 * 1024 * 1024, 0x61), Buffer.from('"}')]), { level: 9 });

/**
 * Loaded into each run (NODE_OPTIONS): writes the process's peak resident memory, in KiB, as it
 * exits. VmHWM where there is /proc: resourceUsage().maxRSS starts from the forking parent's
 * (Linux keeps the high-water mark across exec), here the test runner's ~140 MB.
 */
const preload = join(mkdtempSync(join(tmpdir(), "ethics-rss-")), "peak-rss.cjs");
writeFileSync(
  preload,
  `const fs = require("node:fs");
if (require("node:worker_threads").isMainThread) process.on("exit", () => {
  let peak = process.resourceUsage().maxRSS;
  try { peak = Number(/VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "latin1"))[1]); } catch {}
  fs.writeFileSync(process.env.ETHICS_TEST_PEAK_RSS, String(peak));
});
`,
);

const dir = dataFolder(3);
const COMMANDS = [
  ["--data", dir, "show", "riverside", "boundaries", "1"],
  ["--data", dir, "search", "gifts", "--json"],
  ["--data", dir, "list", "--json"],
  ["--data", dir, "topics"],
  ["--data", dir, "export", "--format", "anki"],
  ["validate", dir],
];

/** A run and its peak resident memory in KiB. */
function measured(args: string[], env: NodeJS.ProcessEnv): RunResult & { peakKiB: number } {
  const file = join(mkdtempSync(join(tmpdir(), "ethics-rss-")), "peak");
  const result = ethics(args, { env: { ...env, NODE_OPTIONS: `--require ${preload}`, ETHICS_TEST_PEAK_RSS: file } });
  return { ...result, peakKiB: Number(readFileSync(file, "utf8")) };
}

/** Every entry the runs read, forged: the bomb under the entry's own name and key. */
function forgeAll(cacheDir: string): number {
  const forged = entries(cacheDir).filter((name) => /^(code|part|index|lib|view|check)-/.test(name));
  for (const name of forged) {
    const file = join(cacheDir, name);
    const bytes = readFileSync(file);
    const key = bytes.toString("latin1", 0, bytes.indexOf(10)).split("\t")[2]!;
    writeTrustedFile(file, Buffer.concat([Buffer.from(`ethics-cache\t3\t${key}\t${bomb.length}\n`, "latin1"), bomb]));
  }
  return forged.length;
}

const cacheDir = newCacheDir();
const env = { ETHICS_CACHE_DIR: cacheDir };

beforeAll(() => {
  // Every kind of entry stored: the second search stores the index, the second export the views.
  for (let round = 0; round < 2; round++) for (const args of COMMANDS) ethics(args, { env });
  expect(bomb.length).toBeLessThan(100 * 1024);
});

describe("a forged entry that inflates to 64 MiB", () => {
  it.each(COMMANDS.map((args) => [args.filter((arg) => arg !== dir).join(" "), args]))("is a miss in bounded memory: %s", (_name, args) => {
    const uncached = measured(args, { ETHICS_NO_CACHE: "1" });
    // Made good again after the last test's forgery, and warm (the index is stored at the second run).
    for (let round = 0; round < 2; round++) ethics(args, { env });
    const honest = measured(args, env);
    expect(forgeAll(cacheDir)).toBeGreaterThan(3);
    const forged = measured(args, env);
    expect(forged.stdout).toBe(uncached.stdout);
    expect(forged.stderr).toBe(uncached.stderr);
    expect(forged.code).toBe(uncached.code);
    expect(honest.stdout).toBe(uncached.stdout);
    // A miss makes again what the entries held, as an uncached run does; inflating the bomb whole
    // (64 MiB, then as much again as text) would add over 128 MiB (300 MB measured).
    const reference = Math.max(honest.peakKiB, uncached.peakKiB);
    expect(forged.peakKiB - reference, `peak ${honest.peakKiB} KiB warm, ${uncached.peakKiB} KiB uncached, ${forged.peakKiB} KiB forged`).toBeLessThan(32 * 1024);
  });
});
