import { describe, expect, it } from "vitest";
import { withSharedBytes } from "../../../src/cli/cache/parallel-parse.js";
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
