// An export of hundreds of users' codes spends nearly all its time reading each code's cache
// entry and rendering it (~1 ms a code), and the codes do not depend on one another. Worker
// threads (export-worker.ts) take blocks of codes in turn with this thread, each reading its
// codes' entries itself; this thread writes every block in order, so the output is the same
// byte for byte however the blocks were shared out. A code a worker cannot read (no entry, a
// damaged one) and every block of a worker that fails are rendered here, as one thread would.
import { availableParallelism } from "node:os";
import type { Code } from "../model.js";
import { streamChunks, streamCode, streamHead, streamTail, type CodeTitles, type StreamFormat } from "../render/export.js";
import { storedEntryOf, type StoredEntry } from "./cache/stored-entry.js";
import { workerFileNamed } from "./worker-file.js";

/** Codes per block: enough that a message carries real work, few enough to share out evenly. */
const BLOCK = 16;
/** Stored codes below which starting a thread (~50 ms) does not pay. */
const PARALLEL_FROM = 200;
const MAX_WORKERS = 3;
/** Rounds of blocks a worker may render beyond what was written: a slow reader of the output must not make it hold the whole export. */
const AHEAD = 4;

/** A worker's blocks: for each code, where its entry is, or null for one this thread renders. */
export interface ExportWorkerData {
  format: StreamFormat;
  /** The library's codes' titles by id, for what a code was adapted from (Markdown). */
  titles: [string, string][];
  blocks: { block: number; first: number; entries: (StoredEntry | null)[] }[];
  /** One Int32: the blocks written so far. */
  written: SharedArrayBuffer;
  /** Threads rendering blocks in turn, this one included. */
  renderers: number;
  ahead: number;
}

/** What a worker made of one block: each code's chunk, or null where it could not read the code. */
export interface ExportBlock {
  block: number;
  chunks: (string | null)[];
}

/**
 * Worker threads for exporting `codes`: none for a few stored codes, never more than the cores
 * less one. ETHICS_THREADS=N (for tests and measurement) starts N beside this thread, whatever
 * the codes; 0 renders on this thread only.
 */
export function exportWorkers(codes: readonly Code[], env: NodeJS.ProcessEnv): number {
  const wanted = env.ETHICS_THREADS ?? "";
  if (/^\d{1,2}$/.test(wanted)) return Number(wanted);
  const stored = codes.reduce((count, code) => count + (storedEntryOf(code) ? 1 : 0), 0);
  return stored < PARALLEL_FROM ? 0 : Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/** The export of `codes` in `format`, chunk by chunk, in order: streamChunks, on several threads when it pays. */
export async function* exportChunks(format: StreamFormat, codes: readonly Code[], titles: CodeTitles, env: NodeJS.ProcessEnv): AsyncGenerator<string> {
  const blocks = Math.ceil(codes.length / BLOCK);
  // No more workers than there are blocks after this thread's first (ETHICS_THREADS may ask for 99).
  const workers = Math.min(exportWorkers(codes, env), Math.max(0, blocks - 1));
  const file = workers > 0 ? workerFileNamed("export-worker.cjs") : null;
  if (file === null) {
    yield* streamChunks(format, codes, titles);
    return;
  }
  const { Worker } = await import("node:worker_threads");
  const renderers = workers + 1;
  const written = new SharedArrayBuffer(4);
  const progress = new Int32Array(written);
  const received = new Map<number, (string | null)[] | null>();
  const waiting = new Map<number, (chunks: (string | null)[] | null) => void>();
  const deliver = (block: number, chunks: (string | null)[] | null) => {
    const resolve = waiting.get(block);
    if (resolve) {
      waiting.delete(block);
      resolve(chunks);
    } else received.set(block, chunks);
  };
  const started = Array.from({ length: workers }, (_, at) => {
    const mine: ExportWorkerData["blocks"] = [];
    for (let block = at + 1; block < blocks; block += renderers) {
      const first = block * BLOCK;
      mine.push({ block, first, entries: codes.slice(first, first + BLOCK).map((code) => storedEntryOf(code) ?? null) });
    }
    const data: ExportWorkerData = { format, titles: [...titles], blocks: mine, written, renderers, ahead: AHEAD };
    const worker = new Worker(file, { workerData: data, stdout: true, stderr: true });
    let delivered = 0;
    worker.on("message", (message: ExportBlock) => {
      delivered++;
      deliver(message.block, message.chunks);
    });
    // A worker that fails leaves its blocks to this thread.
    const failed = () => {
      for (const { block } of mine.slice(delivered)) if (!received.has(block)) deliver(block, null);
    };
    worker.on("error", failed);
    worker.on("exit", failed);
    return worker;
  });
  try {
    yield streamHead(format, codes.length);
    for (let block = 0; block < blocks; block++) {
      const first = block * BLOCK;
      const members = codes.slice(first, first + BLOCK);
      let chunks: (string | null)[] | null = null;
      if (block % renderers !== 0) {
        chunks = received.get(block) ?? (received.has(block) ? null : await new Promise((resolve) => waiting.set(block, resolve)));
        received.delete(block);
      }
      for (const [offset, code] of members.entries()) yield chunks?.[offset] ?? streamCode(format, code, first + offset, titles);
      Atomics.store(progress, 0, block + 1);
      Atomics.notify(progress, 0);
    }
    yield streamTail(format, codes.length);
  } finally {
    for (const worker of started) void worker.terminate();
  }
}
