// A worker thread the system will not give: `new Worker` throws ERR_WORKER_INIT_FAILED (EAGAIN)
// when pthread_create fails, as under `ulimit -u` (threads count as processes) or a small
// `ulimit -v`, or in a container with a low pids limit. The first run over a folder of codes
// (parse workers) and a multi-threaded export ended as "internal error: EAGAIN … this is a
// bug", exit 3. Now the files and blocks a refused thread would have taken are this thread's,
// and the output is the uncached, single-threaded one. The refusal is simulated with a preload
// (NODE_OPTIONS=--require) that makes `new Worker` throw as Node does, from the first thread
// or from the second, since a real limit is exact only on one machine's thread count.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newCacheDir, riverside } from "./cache-folder.js";
import { ethics } from "./run.js";

const fixtures = mkdtempSync(join(tmpdir(), "ethics-adv33-threads-"));
const preload = join(fixtures, "refuse-threads.cjs");
writeFileSync(
  preload,
  `// Threads after the first ADV33_THREADS_GIVEN are refused, as pthread_create's EAGAIN makes Node refuse them.
const threads = require("node:worker_threads");
const Given = threads.Worker;
let given = 0;
threads.Worker = function Worker(...args) {
  if (given++ >= Number(process.env.ADV33_THREADS_GIVEN)) {
    throw Object.assign(new Error("EAGAIN"), { code: "ERR_WORKER_INIT_FAILED" });
  }
  return new Given(...args);
};
`,
);

// 40 small codes (the riverside example under new names): 3 blocks of an export (16 codes
// each), files for 2 parse workers, and an export within spawnSync's 1 MiB of output.
const folder = join(fixtures, "codes");
mkdirSync(folder);
for (let i = 1; i <= 40; i++) {
  const code = riverside
    .replace(/^id: .*$/m, `id: agency-${i}`)
    .replace(/^aliases: .*$/m, "aliases: []")
    .replace(/^title: .*$/m, `title: Agency ${i} Code of Conduct`)
    .replace(/^shortName: .*$/m, `shortName: Agency ${i}`);
  writeFileSync(join(folder, `agency-${i}.yaml`), code);
}

describe.each([0, 1])("worker threads refused after %i given", (given) => {
  const env = (cacheDir: string) => ({ ETHICS_CACHE_DIR: cacheDir, ETHICS_THREADS: "2", NODE_OPTIONS: `--require ${preload}`, ADV33_THREADS_GIVEN: String(given) });

  it.each([
    [["search", "gifts", "--json"]],
    [["export", "--format", "md"]],
    [["export", "--format", "anki"]],
  ])("%j: a first run over the folder prints what an uncached run prints, exit 0", (command) => {
    const uncached = ethics(["--data", folder, ...command], { env: { ETHICS_NO_CACHE: "1" } });
    expect(uncached.code).toBe(0);
    // A cold cache: the files are parsed by the threads there are; then a warm one: the export's blocks.
    const cacheDir = newCacheDir();
    for (const run of ["cold", "warm"]) {
      const result = ethics(["--data", folder, ...command], { env: env(cacheDir) });
      expect(result.stderr, run).toBe("");
      expect(result.code, run).toBe(0);
      expect(result.stdout === uncached.stdout, run).toBe(true);
    }
  });
});
