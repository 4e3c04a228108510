// What the main thread and the export workers share (export-parallel.ts, export-worker.ts): how
// codes are cut into blocks, how a thread claims one, and what they tell each other.
import type { StreamFormat } from "../render/export.js";
import type { AnkiJob } from "./anki-job.js";
import type { StoredEntry } from "./cache/stored-entry.js";

/** Codes per block: enough that a message carries real work, few enough to share out evenly. */
export const BLOCK = 16;
/** Who claimed a block (claims[block]): none yet, the main thread, or worker N at N + 2. */
export const UNCLAIMED = 0;
export const CLAIMED_BY_MAIN = 1;

/**
 * What an export writes of each code: a format of render/export.ts (with the library's codes'
 * titles by id, for what a code was adapted from, in Markdown), or Anki cards (anki-job.ts).
 */
export type ExportJob = { format: StreamFormat; titles: [string, string][] } | AnkiJob;

export interface ExportWorkerData {
  job: ExportJob;
  /** For each code, where its entry is, or null for one the main thread renders. */
  entries: (StoredEntry | null)[];
  /** One Int32 per block: who claimed it (UNCLAIMED, or the claimer's mark). */
  claims: SharedArrayBuffer;
  /** This worker's mark in `claims`. */
  mark: number;
  /** One Int32: the blocks written so far. */
  written: SharedArrayBuffer;
  /** The blocks a thread may render beyond the one being written. */
  ahead: number;
}

/**
 * What a worker made of one block: its codes' chunks as UTF-8, one after the other, and each
 * one's length in bytes, or -1 where it could not read the code.
 */
export interface ExportBlock {
  block: number;
  bytes: Uint8Array;
  lengths: number[];
}

/** The first block from `from` below `end` that `claims` shows free, claimed for `mark`; -1 when there is none. */
export function claimBlock(claims: Int32Array, from: number, end: number, mark: number): number {
  for (let block = from; block < Math.min(end, claims.length); block++) {
    if (Atomics.load(claims, block) === UNCLAIMED && Atomics.compareExchange(claims, block, UNCLAIMED, mark) === UNCLAIMED) return block;
  }
  return -1;
}

const encoder = new TextEncoder();

/**
 * The chunks as UTF-8 in one buffer, and each one's length in bytes (-1 for null). Sized for
 * mostly one-byte text, and made larger only when a chunk does not fit: the main thread holds
 * a few blocks at a time, so a buffer three times too large would show in an export's memory.
 */
export function encodeChunks(chunks: readonly (string | null)[]): { bytes: Uint8Array<ArrayBuffer>; lengths: number[] } {
  let buffer = new Uint8Array(Math.ceil(chunks.reduce((sum, chunk) => sum + (chunk?.length ?? 0), 0) * 1.1) + 64);
  let end = 0;
  const lengths = chunks.map((chunk) => {
    if (chunk === null) return -1;
    let { read, written } = encoder.encodeInto(chunk, buffer.subarray(end));
    if (read < chunk.length) {
      const larger = new Uint8Array(end + 3 * chunk.length + buffer.length);
      larger.set(buffer.subarray(0, end));
      buffer = larger;
      ({ read, written } = encoder.encodeInto(chunk, buffer.subarray(end)));
    }
    end += written;
    return written;
  });
  return { bytes: buffer.subarray(0, end), lengths };
}
