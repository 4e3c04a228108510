// Parsing many new code files on several cores: a first run over a folder of hundreds of codes
// (or any run after an upgrade) spends nearly all its time parsing YAML and indexing, file by
// file, and the files do not depend on one another. The main thread and a few worker threads
// (parse-worker.ts) take files from one shared counter, so none waits while files remain;
// each thread writes its files' cache entries itself. What a thread reports is what the main
// thread would have made, so the output is the same however the files were shared out, and a
// thread that fails only leaves its files to the main thread.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { IndexPart } from "../../core/search/inverted-index.js";
import type { Parsed } from "./parsed-entry.js";
import type { CodeNames } from "./records.js";
import { threadsAsked } from "../threads-asked.js";
import { workerFileNamed } from "../worker-file.js";

export interface ParseJob {
  hash: string;
  bytes: Uint8Array;
}

/** A job as a worker gets it: its bytes are `length` bytes from `start` of ParseWorkerData.bytes. */
export interface SharedJob {
  hash: string;
  start: number;
  length: number;
}

export interface ParseWorkerData {
  /** One Int32: the index of the next job to take. */
  counter: SharedArrayBuffer;
  cacheDirectory: string;
  buildId: string;
  withParts: boolean;
}

/**
 * The jobs, posted to a worker once they are known: a worker is started before the files are
 * read and hashed (startParseWorkers), so that its start (~80–190 ms: its modules, the built-in
 * library and index) is made while this thread reads, not while it parses.
 */
export interface ParseJobs {
  jobs: SharedJob[];
  /**
   * Every job's bytes, one after another, in memory the threads share. Sent as they were read,
   * each file's bytes were cloned with the whole buffer they were read into (64 KiB at least):
   * at a thousand files, 64 MB copied into each worker before it could start.
   */
  bytes: SharedArrayBuffer;
}

/** What a worker made of one job. */
export interface ParseResult {
  index: number;
  /** Whether the job's cache entry was written (then the main thread reads the code from it). */
  stored: boolean;
  /** The code's names, when the file is a code. */
  names?: CodeNames;
  /** The problems of the file, or a code that could not be stored. */
  parsed?: Parsed;
  part?: IndexPart;
}

/** A worker's last message: it has no job left. */
export interface ParseDone {
  done: true;
}

/**
 * New files per extra thread below which starting one does not pay. A worker costs more than its
 * start (~100 ms: its modules and the built-in library): its JIT warms up apart, compiling the
 * same hot functions the main thread compiles, and while both run each takes longer a file (V8's
 * compiler and collector threads share the cores). On 2 cores a worker gained nothing at 100
 * files (first run of a search, 9 interleaved rounds: 1,475 ms with one, 1,347 ms without; CPU
 * 2.60 s against 1.93 s) and ~13% at 200 (2,128 ms against 2,455 ms, 7 rounds).
 */
const FILES_PER_THREAD = 150;
const MAX_THREADS = 3;

export interface ThreadPlan {
  /** Worker threads to start. */
  workers: number;
  /** Whether the main thread takes jobs too, or only those a failed worker left. */
  mainTakesJobs: boolean;
}

/**
 * Worker threads for `files` new files: none for a few files, never more than the cores less
 * one, and the main thread works beside them. ETHICS_THREADS=N (for tests and measurement)
 * gives the files to N workers alone (threads-asked.ts); 0 parses on the main thread only.
 */
export function threadPlan(files: number, env: NodeJS.ProcessEnv, cores = availableParallelism()): ThreadPlan {
  const asked = threadsAsked(env, cores);
  if (asked !== null) return { workers: Math.min(asked, files), mainTakesJobs: false };
  return { workers: Math.max(0, Math.min(MAX_THREADS, cores - 1, Math.floor(files / FILES_PER_THREAD))), mainTakesJobs: true };
}

/** The worker's file beside this bundle; none when running from the sources (tests), which then parse on one thread. */
export const workerFile = (): string | null => workerFileNamed("parse-worker.cjs");

export type WorkerSetting = Omit<ParseWorkerData, "counter"> & { file: string };

/** Parse workers started before their jobs are known (parseInParallel sends them). */
export interface StartedWorkers {
  readonly workers: readonly Worker[];
  /** Each worker's end, by an error (its start failed, or it threw) or its exit, listened for from its start. */
  readonly ended: readonly Promise<void>[];
  readonly counter: SharedArrayBuffer;
}

/**
 * `count` parse workers, started now and waiting for their jobs. Unreferenced until they get
 * them: a worker never given jobs (the files turned out known to the cache) cannot keep the
 * process alive, though stopWorkers ends it at once.
 */
export async function startParseWorkers(count: number, setting: WorkerSetting): Promise<StartedWorkers> {
  const { Worker } = await import("node:worker_threads");
  const counter = new SharedArrayBuffer(4);
  const data: ParseWorkerData = { counter, cacheDirectory: setting.cacheDirectory, buildId: setting.buildId, withParts: setting.withParts };
  const workers: Worker[] = [];
  for (let at = 0; at < count; at++) {
    try {
      workers.push(new Worker(setting.file, { workerData: data, stdout: true, stderr: true }));
    } catch {
      // A thread the system will not give (ERR_WORKER_INIT_FAILED: `ulimit -u`, `ulimit -v`, a
      // container's thread limit) threw here, an internal error: the files it would have taken
      // are this thread's, as a worker's that fails later are (parseInParallel).
      break;
    }
  }
  // Listened for at once: an error with no listener, while this thread still reads the files, would end the process.
  const ended = workers.map((worker) => new Promise<void>((resolve) => worker.once("error", () => resolve()).once("exit", () => resolve())));
  for (const worker of workers) worker.unref();
  return { workers, ended, counter };
}

/** Ends workers, whatever they are doing. */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/**
 * Runs every job once: on the plan's workers and on this thread (`runHere`), which takes jobs
 * beside the workers' (when the plan says so) and, at the end, any a failed worker left.
 * `onResult` gets each worker's result as it arrives. `started`: workers already started
 * (startParseWorkers), used for the plan's and the rest stopped; else the plan's are started now.
 */
export async function parseInParallel(
  jobs: readonly ParseJob[],
  setting: WorkerSetting & ThreadPlan & { started?: StartedWorkers },
  runHere: (job: ParseJob) => Promise<void>,
  onResult: (result: ParseResult) => void,
): Promise<void> {
  const started = setting.started ?? (await startParseWorkers(setting.workers, setting));
  const next = new Int32Array(started.counter);
  const done = new Uint8Array(jobs.length);
  // Without a buffer to share, no worker is used: this thread takes every job (below).
  const shared = sharedJobs(jobs);
  const workers = started.workers.slice(0, shared ? setting.workers : 0);
  await stopWorkers(started.workers.slice(workers.length));
  for (const worker of workers) {
    worker.ref();
    worker.postMessage(shared! satisfies ParseJobs);
  }
  const finished = workers.map((worker, at) => {
    const doneMessage = new Promise<void>((resolve) => {
      worker.on("message", (message: ParseResult | ParseDone) => {
        if ("done" in message) return resolve();
        if (done[message.index]) return;
        done[message.index] = 1;
        onResult(message);
      });
    });
    // A worker that fails leaves its unfinished jobs to this thread (below).
    return Promise.race([doneMessage, started.ended[at]!]);
  });
  try {
    while (setting.mainTakesJobs) {
      const index = Atomics.add(next, 0, 1);
      if (index >= jobs.length) break;
      await runHere(jobs[index]!);
      done[index] = 1;
      // Lets the workers' results in between this thread's files (onResult may act on them now).
      if (setting.workers > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    // This thread's failure ends the run (or a retry runs it again in a new process, cache-
    // fault.ts): workers left going would take the cores from it until this process exits.
    await stopWorkers(workers);
    throw error;
  }
  await Promise.all(finished);
  for (let index = 0; index < jobs.length; index++) {
    if (done[index]) continue;
    done[index] = 1;
    await runHere(jobs[index]!);
  }
}

/**
 * One buffer the threads share, for files read straight into it (readFileBytes' scratch): their
 * bytes then go to the workers as they are. Copied there after reading (withSharedBytes), a
 * thousand files' 28 MB took ~80 ms of a first run before any file was parsed, most of it page
 * faults of the copy's fresh memory, besides each file's own read buffer (64 KiB at least).
 */
export class SharedRoom {
  private used = 0;
  private constructor(private readonly buffer: SharedArrayBuffer) {}

  /** Room for `size` bytes, or undefined when none can be had (then files are read as before). */
  static of(size: number): SharedRoom | undefined {
    try {
      return new SharedRoom(new SharedArrayBuffer(size));
    } catch {
      return undefined;
    }
  }

  /** The room not used yet: where the next file is read. */
  free(): Buffer {
    return Buffer.from(this.buffer, this.used, this.buffer.byteLength - this.used);
  }

  /** Keeps bytes read into free() where they are (the next file goes after them); any others are left alone. */
  keep(bytes: Uint8Array): void {
    if (bytes.buffer === this.buffer && bytes.byteOffset === this.used) this.used += bytes.byteLength;
  }
}

/**
 * The jobs with their bytes copied into one buffer the threads share: sent to a worker without
 * a copy, and the buffers they were read into (64 KiB each at least) let go. The jobs as they
 * were when no buffer that large can be had.
 */
export function withSharedBytes<Job extends ParseJob>(jobs: readonly Job[]): Job[] {
  let bytes: SharedArrayBuffer;
  try {
    bytes = new SharedArrayBuffer(jobs.reduce((sum, job) => sum + job.bytes.byteLength, 0));
  } catch {
    return [...jobs];
  }
  let start = 0;
  return jobs.map((job) => {
    const view = new Uint8Array(bytes, start, job.bytes.byteLength);
    view.set(job.bytes);
    start += view.byteLength;
    return { ...job, bytes: view };
  });
}

/** Where each job's bytes are in the one buffer they share (copied there if they are not yet), or undefined if none can be had. */
function sharedJobs(jobs: readonly ParseJob[]): ParseJobs | undefined {
  const first = jobs[0]?.bytes.buffer;
  const inOne = first instanceof SharedArrayBuffer && jobs.every((job) => job.bytes.buffer === first) ? jobs : withSharedBytes(jobs);
  const bytes = inOne[0]?.bytes.buffer;
  if (!(bytes instanceof SharedArrayBuffer) || !inOne.every((job) => job.bytes.buffer === bytes)) return undefined;
  return { bytes, jobs: inOne.map((job) => ({ hash: job.hash, start: job.bytes.byteOffset, length: job.bytes.byteLength })) };
}
