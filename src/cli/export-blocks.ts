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
  bytes: Uint8Array<ArrayBuffer>;
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
 * A block's chunks as UTF-8 in one buffer, each encoded as soon as it is rendered, and each
 * one's length in bytes (-1 for a code left to the main thread). A rendered string held until
 * its block is done outlived the young generation's collections (a block of JSON is ~1 MB of
 * text), and each collection copied it again; encoded at once, it is garbage at once, and the
 * bytes are outside the heap. The buffer is a spare one (SpareBuffers) where there is one large
 * enough for the block before (blocks of a library are much alike), and grows when a chunk
 * does not fit.
 */
export class BlockBytes {
  private buffer: Uint8Array<ArrayBuffer>;
  private end = 0;
  readonly lengths: number[] = [];

  constructor(expected: number, spare?: ArrayBuffer) {
    const size = Math.ceil(expected * 1.1) + 64;
    this.buffer = spare !== undefined && spare.byteLength >= size ? new Uint8Array(spare) : new Uint8Array(size);
  }

  add(chunk: string | null): void {
    if (chunk === null) {
      this.lengths.push(-1);
      return;
    }
    let { read, written } = encoder.encodeInto(chunk, this.buffer.subarray(this.end));
    if (read < chunk.length) {
      // What did not fit is encoded again into a buffer with room for the whole chunk at 3 bytes a unit.
      const larger = new Uint8Array(Math.max(2 * this.buffer.length, this.end + 3 * chunk.length));
      larger.set(this.buffer.subarray(0, this.end));
      this.buffer = larger;
      ({ read, written } = encoder.encodeInto(chunk, this.buffer.subarray(this.end)));
    }
    this.end += written;
    this.lengths.push(written);
  }

  /** The bytes so far (at the start of their buffer, which may be moved to another thread) and their lengths. */
  done(): { bytes: Uint8Array<ArrayBuffer>; lengths: number[] } {
    return { bytes: this.buffer.subarray(0, this.end), lengths: this.lengths };
  }
}

/** Spare buffers a thread keeps at most: a few blocks' worth, as many as the blocks it may render ahead. */
const MOST_SPARES = 4;

/**
 * The buffers of blocks already written, kept to render later blocks into. Memory new to the
 * process costs a page fault every 4 KiB on first use (~16 us here): a fresh buffer for each
 * block of a JSON export (~1 MB) was ~250 faults a block, most of the time it took to encode
 * it. A worker's buffers come back to it once the main thread has written them.
 */
export class SpareBuffers {
  private readonly spares: ArrayBuffer[] = [];

  give(buffer: ArrayBuffer): void {
    if (this.spares.length < MOST_SPARES && buffer.byteLength > 0) this.spares.push(buffer);
  }

  /** A block's bytes, in a spare buffer if one is large enough for `expected` bytes. */
  block(expected: number): BlockBytes {
    return new BlockBytes(expected, this.spares.pop());
  }
}
