import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { parseInParallel, startParseWorkers, threadPlan, withSharedBytes } from "../../../src/cli/cache/parallel-parse.js";
import { readFileBytes } from "../../../src/core/codes/read-file.js";

describe("withSharedBytes", () => {
  it("puts the jobs' bytes in one shared buffer of just their size, not the buffers they were read into", () => {
    // Read as a first run reads files: each into a buffer of 64 KiB at least.
    const read = ["data/medi-cal.yaml", "data/alaska.yaml", "package.json"].map((path) => readFileBytes(path, 2 * 1024 * 1024));
    const jobs = read.map((file, index) => {
      if ("problem" in file) throw new Error(file.problem);
      return { hash: `h${index}`, index, bytes: file.bytes };
    });
    expect(jobs[2]!.bytes.buffer.byteLength).toBeGreaterThanOrEqual(64 * 1024);
    const shared = withSharedBytes(jobs);
    const buffer = shared[0]!.bytes.buffer;
    expect(buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(buffer.byteLength).toBe(jobs.reduce((sum, job) => sum + job.bytes.byteLength, 0));
    shared.forEach((job, at) => {
      expect(job.bytes.buffer).toBe(buffer);
      expect(job.hash).toBe(`h${at}`);
      expect(job.index).toBe(at);
      expect(Buffer.from(job.bytes).equals(jobs[at]!.bytes)).toBe(true);
    });
  });
});

describe("threadPlan", () => {
  it("starts no worker for a hundred new files: its own JIT warming up costs more than it saves", () => {
    expect(threadPlan(100, {}, 2)).toEqual({ workers: 0, mainTakesJobs: true });
    expect(threadPlan(100, {}, 16)).toEqual({ workers: 0, mainTakesJobs: true });
  });

  it("starts one worker per 150 new files, at most three and never more than the cores less one", () => {
    expect(threadPlan(149, {}, 2).workers).toBe(0);
    expect(threadPlan(150, {}, 2)).toEqual({ workers: 1, mainTakesJobs: true });
    expect(threadPlan(1000, {}, 2).workers).toBe(1);
    expect(threadPlan(1000, {}, 1).workers).toBe(0);
    expect(threadPlan(300, {}, 8).workers).toBe(2);
    expect(threadPlan(1000, {}, 8).workers).toBe(3);
  });

  it("gives the files to as many workers as ETHICS_THREADS says, the main thread taking none", () => {
    expect(threadPlan(10, { ETHICS_THREADS: "2" }, 2)).toEqual({ workers: 2, mainTakesJobs: false });
    expect(threadPlan(1, { ETHICS_THREADS: "2" }, 2)).toEqual({ workers: 1, mainTakesJobs: false });
    expect(threadPlan(1000, { ETHICS_THREADS: "0" }, 8)).toEqual({ workers: 0, mainTakesJobs: false });
  });
});

describe("parseInParallel", () => {
  it("stops its workers when this thread fails: they would hold the cores while the run is retried or ends", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-workers-"));
    const beats = join(dir, "beats");
    writeFileSync(beats, "");
    // A worker that is still at work: it adds a byte to a file every few milliseconds, never done.
    const workerFile = join(dir, "busy-worker.cjs");
    writeFileSync(workerFile, `setInterval(() => require("node:fs").appendFileSync(${JSON.stringify(beats)}, "x"), 5);`);
    const jobs = [0, 1, 2].map((at) => ({ hash: `h${at}`, bytes: new Uint8Array([at]) }));
    const failing = parseInParallel(
      jobs,
      { file: workerFile, workers: 1, mainTakesJobs: true, cacheDirectory: dir, buildId: "test", withParts: false },
      async () => {
        // Fails once the worker is at work.
        while (statSync(beats).size === 0) await sleep(5);
        throw new Error("this thread failed");
      },
      () => {},
    );
    await expect(failing).rejects.toThrow("this thread failed");
    const size = statSync(beats).size;
    await sleep(100);
    expect(statSync(beats).size).toBe(size);
  });

  it("outlives a worker that failed while this thread was still reading the files: this thread parses them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-workers-"));
    const workerFile = join(dir, "failing-worker.cjs");
    writeFileSync(workerFile, `throw new Error("this worker cannot start");`);
    const setting = { file: workerFile, cacheDirectory: dir, buildId: "test", withParts: false };
    // Started before the files are read (user-codes.ts), it fails meanwhile.
    const started = await startParseWorkers(1, setting);
    await sleep(300);
    const jobs = [0, 1, 2].map((at) => ({ hash: `h${at}`, bytes: new Uint8Array([at]) }));
    const parsedHere: string[] = [];
    await parseInParallel(jobs, { ...setting, workers: 1, mainTakesJobs: false, started }, async (job) => void parsedHere.push(job.hash), () => {});
    expect(parsedHere.sort()).toEqual(["h0", "h1", "h2"]);
  });
});
