// What the main thread and the export workers share (export-parallel.ts, export-worker.ts): how
// codes are cut into blocks, how a thread claims one, and what they tell each other.
import type { StreamFormat } from "../render/export.js";
import type { StoredEntry } from "./cache/stored-entry.js";

/** Codes per block: enough that a message carries real work, few enough to share out evenly. */
export const BLOCK = 16;
/** Who claimed a block (claims[block]): none yet, the main thread, or worker N at N + 2. */
export const UNCLAIMED = 0;
export const CLAIMED_BY_MAIN = 1;

export interface ExportWorkerData {
  format: StreamFormat;
  /** The library's codes' titles by id, for what a code was adapted from (Markdown). */
  titles: [string, string][];
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
