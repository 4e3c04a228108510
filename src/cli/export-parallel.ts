// An export of hundreds of users' codes spends nearly all its time reading each code's cache
// entry and rendering it (~1 ms a code), and the codes do not depend on one another. Worker
// threads (export-worker.ts) and this thread claim blocks of codes as each is free (a worker
// takes ~100 ms to start, and a fixed share would leave this thread waiting for its last
// blocks), each reading its codes' entries itself; this thread writes every block in order, so
// the output is the same byte for byte however the blocks were shared out. A worker sends each
// block already encoded as UTF-8, moved rather than copied, so that this thread, which also
// writes everything, encodes only its own. A code a worker cannot read (no entry, a damaged
// one) and every block a failed worker claimed are rendered here, as one thread would.
import { availableParallelism } from "node:os";
import type { Code } from "../model.js";
import { streamCode, streamHead, streamTail, type CodeTitles, type StreamFormat } from "../render/export.js";
import { entryCodeReader } from "./cache/entry-codes.js";
import { optimizeWithoutInliningUntilDone } from "./cache/less-inlining.js";
import { storedEntryOf } from "./cache/stored-entry.js";
import { letUsedCodesGo } from "./code-turns.js";
import { BLOCK, CLAIMED_BY_MAIN, claimBlock, UNCLAIMED, type ExportBlock, type ExportJob, type ExportWorkerData, SpareBuffers } from "./export-blocks.js";
import { threadsAsked } from "./threads-asked.js";
import { workerFileNamed } from "./worker-file.js";

// For the export command, which loads this file lazily: the titles a Markdown export names.
export { titlesOf } from "../render/export.js";

/** Stored codes below which starting a thread (~50 ms) does not pay. */
const PARALLEL_FROM = 200;
const MAX_WORKERS = 3;
/**
 * The young generation of an Anki export's worker, MiB. V8's default (tens of MiB, as large
 * as the main thread's) is what a worker's heap added to the Anki export's peak: 191-203 MiB
 * with a worker at 1,000 codes. Each block's cards are garbage once it is posted, and with 4
 * MiB it peaked at 175-187 MiB (22 runs on each of two 1,000-code libraries), so it has a
 * worker (study-export.ts). Since the main thread no longer holds every code's topic lists (and
 * reads each code for its cards alone), its peak is ~40 MiB lower, and 8 MiB costs fewer
 * collections: 10 interleaved rounds against 4 MiB, 828 -> 792 ms (copies of Medi-Cal) and
 * 863 -> 767 ms (1,000 different codes), peaks 146-155 MiB. The other formats keep V8's
 * default: 4 MiB lowered their peaks (CSV 163 -> 145 MiB) but cost JSON ~7% of its time (8
 * interleaved rounds: 1153 -> 1239 ms), and they stay under 200 MiB without it. Tried again
 * once rendered strings no longer outlived a block (7 interleaved rounds, load ~7, CPU medians):
 * JSON 1.19 s with the default, 1.16 / 1.22 / 1.18 s with 4 / 8 / 16 MiB; CSV 1.26 against
 * 1.30 / 1.26 / 1.27 s. No gain, so still the default.
 */
const ANKI_WORKER_YOUNG_MB = 8;
/** Rounds of blocks a thread may render beyond what was written: a slow reader of the output must not make it hold the whole export. */
const AHEAD = 4;

/**
 * A block as this thread has it before writing it: rendered as bytes (by a worker, or by this
 * thread ahead of its turn), or left to this thread to render as it writes it.
 */
type Rendered = ExportBlock | typeof WRITE_HERE;
const WRITE_HERE = "write here";

/**
 * Worker threads for exporting `codes`: none for a few stored codes, never more than the cores
 * less one. ETHICS_THREADS=N (for tests and measurement) starts N beside this thread, whatever
 * the codes (threads-asked.ts); 0 renders on this thread only.
 */
export function exportWorkers(codes: readonly Code[], env: NodeJS.ProcessEnv, byDefault = true): number {
  const asked = threadsAsked(env);
  if (asked !== null) return asked;
  if (!byDefault) return 0;
  const stored = codes.reduce((count, code) => count + (storedEntryOf(code) ? 1 : 0), 0);
  return stored < PARALLEL_FROM ? 0 : Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/**
 * Who writes a code streamCode leaves (YAML's, for the YAML library), on this thread only: the
 * library loads (~40 ms) only for an export that has such a code.
 */
export type WriteAlone = (code: Code) => Promise<string>;

const leftToNobody: WriteAlone = (code) => Promise.reject(new Error(`no writer for ${code.id}, which streamCode left`));

/** The export of `codes` in `format`, chunk by chunk, in order: streamChunks, on several threads when it pays (each chunk to be written as it comes: jobChunks). */
export function exportChunks(format: StreamFormat, codes: readonly Code[], titles: CodeTitles, env: NodeJS.ProcessEnv, writeAlone: WriteAlone = leftToNobody): AsyncGenerator<string | Uint8Array> {
  const render = (code: Code, at: number) => streamCode(format, code, at, titles);
  return jobChunks({ format, titles: [...titles] }, codes, env, { render, head: streamHead(format, codes), tail: streamTail(format, codes.length), writeAlone });
}

/** How this thread writes a job: each code (null: left to writeAlone), and what comes before and after them. */
export interface JobWriting {
  render: (code: Code, at: number) => string | null;
  head: string;
  tail: string;
  writeAlone?: WriteAlone;
  /** False: workers only when ETHICS_THREADS asks for them (exportWorkers). */
  workersByDefault?: boolean;
}

/**
 * Any export job (export-blocks.ts), code by code, in order, on several threads when it pays:
 * `writing` is how this thread writes it. A chunk of bytes is good until the next chunk is
 * asked for (its buffer is used again): write each as it comes.
 */
export async function* jobChunks(job: ExportJob, codes: readonly Code[], env: NodeJS.ProcessEnv, writing: JobWriting): AsyncGenerator<string | Uint8Array> {
  // A renderer meets codes of several shapes (the built-in ones, then users' read from their
  // entries), and each shape it has not met throws its optimized code away: at 1,000 codes the
  // HTML article was compiled 4 times, CSV's rows 4, each with all it calls inlined, on threads
  // that take the cores from the rendering (docs/performance.md).
  const inliningBack = optimizeWithoutInliningUntilDone();
  try {
    yield* threadsChunks(job, codes, env, writing);
  } finally {
    inliningBack();
  }
}

/** jobChunks with V8's inlining as it is. */
async function* threadsChunks(job: ExportJob, codes: readonly Code[], env: NodeJS.ProcessEnv, writing: JobWriting): AsyncGenerator<string | Uint8Array> {
  const { head, tail, writeAlone = leftToNobody, workersByDefault = true } = writing;
  // A stored code is read from its entry for its rendering alone, as a worker reads it (see entry-codes.ts).
  const readEntry = entryCodeReader();
  const render = (code: Code, at: number): string | null => {
    const entry = storedEntryOf(code);
    return writing.render((entry && readEntry(entry)) || code, at);
  };
  const blocks = Math.ceil(codes.length / BLOCK);
  // No more workers than there are blocks after this thread's first (ETHICS_THREADS may ask for 99).
  const workers = Math.min(exportWorkers(codes, env, workersByDefault), Math.max(0, blocks - 1));
  const file = workers > 0 ? workerFileNamed("export-worker.cjs") : null;
  if (file === null) {
    yield head;
    for (const [at, code] of codes.entries()) {
      if (at > 0 && at % BLOCK === 0) await letUsedCodesGo();
      yield render(code, at) ?? (await writeAlone(code));
    }
    yield tail;
    return;
  }
  const { Worker } = await import("node:worker_threads");
  const ahead = AHEAD * (workers + 1);
  const written = new SharedArrayBuffer(4);
  const progress = new Int32Array(written);
  const claimsBuffer = new SharedArrayBuffer(4 * blocks);
  const claims = new Int32Array(claimsBuffer);
  const entries = codes.map((code) => storedEntryOf(code) ?? null);
  const received = new Map<number, Rendered>();
  let wake: (() => void) | null = null;
  const deliver = (block: number, rendered: Rendered) => {
    received.set(block, rendered);
    wake?.();
  };
  // A block rendered ahead of its turn goes to bytes a code at a time, as a worker's does
  // (BlockBytes says why); a null, a code left to writeAlone, is written in its turn.
  let lastBytes = 64 * 1024;
  const spares = new SpareBuffers();
  const renderAhead = (block: number): ExportBlock => {
    const rendered = spares.block(lastBytes);
    for (let at = block * BLOCK; at < Math.min(codes.length, (block + 1) * BLOCK); at++) rendered.add(render(codes[at]!, at));
    const { bytes, lengths } = rendered.done();
    lastBytes = bytes.length;
    return { block, bytes, lengths };
  };
  const writeWhenLeft = async (at: number): Promise<string> => render(codes[at]!, at) ?? (await writeAlone(codes[at]!));
  /**
   * Blocks claimed by a worker (`mark`, or any worker's) and not written or received yet, left to
   * this thread: rendered when written, unless a late message brings them first.
   */
  const handBack = (mark?: number) => {
    for (let block = Atomics.load(progress, 0); block < blocks; block++) {
      const claim = Atomics.load(claims, block);
      const theirs = mark === undefined ? claim !== UNCLAIMED && claim !== CLAIMED_BY_MAIN : claim === mark;
      if (theirs && !received.has(block)) deliver(block, WRITE_HERE);
    }
  };
  // Who sent each block received: its buffer goes back to it once written, to render another into.
  const senders = new Map<number, import("node:worker_threads").Worker>();
  const started: import("node:worker_threads").Worker[] = [];
  for (let at = 0; at < workers; at++) {
    const mark = at + 2;
    const data: ExportWorkerData = { job, entries, claims: claimsBuffer, mark, written, ahead };
    const limits = job.format === "anki" ? { resourceLimits: { maxYoungGenerationSizeMb: ANKI_WORKER_YOUNG_MB } } : {};
    let worker: import("node:worker_threads").Worker;
    try {
      worker = new Worker(file, { workerData: data, stdout: true, stderr: true, ...limits });
    } catch {
      // A thread the system will not give (ERR_WORKER_INIT_FAILED under `ulimit -u` or `-v`)
      // threw here, an internal error: it claimed nothing, so this thread renders its blocks.
      break;
    }
    worker.on("message", (message: ExportBlock) => {
      senders.set(message.block, worker);
      deliver(message.block, message);
    });
    // A worker that fails, or ends before its last messages arrive.
    worker.on("error", () => handBack(mark));
    worker.on("exit", () => handBack(mark));
    started.push(worker);
  }
  // A live worker keeps the event loop going: if it empties while this thread waits, no worker
  // is left to send what it claimed, and without this the run would end with part of the output.
  const lastResort = () => handBack();
  process.on("beforeExit", lastResort);
  try {
    yield head;
    for (let block = 0; block < blocks; block++) {
      let rendered = received.get(block);
      while (rendered === undefined) {
        if (claimBlock(claims, block, block + 1, CLAIMED_BY_MAIN) === block) {
          rendered = WRITE_HERE;
          break;
        }
        // A worker has it: render a later free block meanwhile, then let its messages in.
        const later = claimBlock(claims, block + 1, block + 1 + ahead, CLAIMED_BY_MAIN);
        if (later >= 0) {
          received.set(later, renderAhead(later));
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        rendered = received.get(block);
      }
      received.delete(block);
      const first = block * BLOCK;
      // Rendered and written a code at a time: each string is garbage once written.
      if (rendered === WRITE_HERE) {
        for (let at = first; at < Math.min(codes.length, first + BLOCK); at++) yield render(codes[at]!, at) ?? (await writeAlone(codes[at]!));
      } else {
        // The codes' bytes in one piece up to each code left to this thread: one write, not sixteen.
        let start = 0;
        let end = 0;
        for (const [offset, length] of rendered.lengths.entries()) {
          if (length >= 0) end += length;
          else {
            if (end > start) yield rendered.bytes.subarray(start, (start = end));
            yield await writeWhenLeft(first + offset);
          }
        }
        if (end > start) yield rendered.bytes.subarray(start, end);
        const sender = senders.get(block);
        senders.delete(block);
        if (sender === undefined) spares.give(rendered.bytes.buffer);
        // Moved back, not copied; a worker that has ended takes nothing.
        else sender.postMessage(rendered.bytes.buffer, [rendered.bytes.buffer]);
      }
      Atomics.store(progress, 0, block + 1);
      Atomics.notify(progress, 0);
      await letUsedCodesGo();
    }
    yield tail;
  } finally {
    process.off("beforeExit", lastResort);
    for (const worker of started) void worker.terminate();
  }
}
