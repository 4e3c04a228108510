// A thread that parses users' code files beside the main one, on a first run over many new
// files (see parallel-parse.ts). Started while the main thread reads the files, it gets them
// in one message once they are read (ParseJobs); it takes files by index from a counter the
// threads share, does for each what the main thread would (parse and store the code's entry;
// when a search will want it, make and store its index part) and posts back what the main
// thread keeps: names or problems, and the part. Built as dist/parse-worker.cjs.
import { parentPort, workerData } from "node:worker_threads";
import { parseCodeBytes } from "../../core/codes/load.js";
import { indexPartOfCode, type SearchIndex } from "../../core/search/inverted-index.js";
import { readSearchIndex, readSnapshot } from "../library.js";
import { oneFile } from "./inflate-bound.js";
import { openCache } from "./json-cache.js";
import { entryNameOf, namesOf } from "./records.js";
import { entryOf, parsedOf } from "./parsed-entry.js";
import type { ParseDone, ParseJobs, ParseResult, ParseWorkerData, SharedJob } from "./parallel-parse.js";

const { counter, cacheDirectory, buildId, withParts } = workerData as ParseWorkerData;
const next = new Int32Array(counter);
const cache = openCache(cacheDirectory);
const builtin = readSnapshot().library;
// The built-in index (387 KB of JSON) serves here only to work out the concept weights, which
// the build makes ahead (core/concepts/made-ahead.ts, registered by readSnapshot): read only
// where those do not read.
let builtinIndexRead: SearchIndex | undefined;
const builtinIndex: Pick<SearchIndex, "conceptPostings"> = {
  get conceptPostings() {
    return (builtinIndexRead ??= readSearchIndex()).conceptPostings;
  },
};

function run(job: SharedJob, index: number, bytes: SharedArrayBuffer): ParseResult {
  // A copy of its own, as the bytes of a file read on this thread would be.
  const parsed = parsedOf(parseCodeBytes(Buffer.from(new Uint8Array(bytes, job.start, job.length)), "", "user"));
  // The part is stored with the code, in one file (user-codes.ts reads it back from there).
  const part = withParts && parsed.code ? indexPartOfCode(builtin, parsed.code, builtinIndex) : undefined;
  const stored = cache?.set(entryNameOf("code", buildId, job.hash), job.hash, entryOf(parsed), oneFile(job.length), part) ?? false;
  if (!parsed.code) return { index, stored, parsed };
  // The main thread reads a stored code back from its entry when it needs it: then only names travel.
  return { index, stored, names: namesOf(parsed.code), ...(stored ? {} : { parsed }), ...(part ? { part } : {}) };
}

parentPort!.once("message", ({ jobs, bytes }: ParseJobs) => {
  for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
    parentPort!.postMessage(run(jobs[index]!, index, bytes));
  }
  parentPort!.postMessage({ done: true } satisfies ParseDone);
});
