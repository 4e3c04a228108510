import { describe, expect, it } from "vitest";
import { threadPlan, withSharedBytes } from "../../../src/cli/cache/parallel-parse.js";
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
