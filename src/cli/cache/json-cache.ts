// A cache of work derived from users' code files (their normalized codes, search-index parts,
// the index), so a run with a thousand users' codes parses no YAML. It is a pure optimization:
// an entry is named and keyed by the content and the build it was made from, and checked
// whole on reading (its header, its length, zlib's checksum of its bytes, then its shape by
// the caller); anything missing, damaged, stale or another build's is a miss, and a miss only
// means doing the work again. Nothing here throws, and nothing waits on the file system.
// Loaded only by runs with users' codes (node:zlib costs ~2 ms to load).
import { statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, inflateSync } from "node:zlib";
import { readFileBytes } from "../../core/codes/read-file.js";
import { asciiJson } from "../../core/library/snapshot.js";
import { makeDirectory, writeCacheFile } from "./cache-dir.js";
import { noteEntryRead } from "./entries-read.js";

/** Far above any entry (a thousand codes' search index deflates to a few MiB). */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAGIC = "ethics-cache 2";

export interface JsonCache {
  readonly directory: string;
  /** The value stored under `name` if its key is `key`; undefined for any miss. */
  get(name: string, key: string): unknown;
  /** The same, with the JSON text it was parsed from, and its bytes. */
  getWithText(name: string, key: string): DecodedEntry | undefined;
  /** True when the entry was written. */
  set(name: string, key: string, value: unknown): boolean;
  /** An entry file's stat data (size, mtime, ctime, inode), or null when there is none. */
  statEntry(name: string): string | null;
  /** Marks an entry as used now, for least-recently-used pruning. */
  touch(name: string): void;
  /** Whether this run wrote anything (then it prunes). */
  readonly wrote: boolean;
}

export function entryFile(directory: string, name: string): string {
  return join(directory, `${name}.entry`);
}

export interface DecodedEntry {
  value: unknown;
  /** The JSON text the value was parsed from, and its bytes. */
  text: string;
  bytes: Buffer;
}

/** The payload of an entry file whose header names `key`, with its JSON text; undefined for a miss. */
export function decodeEntryText(bytes: Buffer, key: string): DecodedEntry | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 1024) return undefined;
  const [magic, version, storedKey, length] = bytes.toString("latin1", 0, newline).split("\t");
  if (`${magic} ${version}` !== MAGIC || storedKey !== key || Number(length) !== bytes.length - newline - 1) return undefined;
  try {
    const payload = bytes.subarray(newline + 1);
    // JSON deflates to about a third: room for all of it at once, rather than pieces of 16 KiB put together.
    const chunkSize = Math.min(Math.max(payload.length * 4, 16 * 1024), 1024 * 1024);
    const json = inflateSync(payload, { maxOutputLength: 4 * MAX_ENTRY_BYTES, chunkSize });
    // Written as ASCII (asciiJson): read as one-byte text, without decoding UTF-8.
    const text = json.toString("latin1");
    return { value: JSON.parse(text), text, bytes: json };
  } catch {
    return undefined;
  }
}

/** The payload of an entry file whose header names `key`, or undefined. */
export function decodeEntry(bytes: Buffer, key: string): unknown {
  return decodeEntryText(bytes, key)?.value;
}

/** The key an entry file's header names, or undefined when it has no valid header. */
export function entryKey(bytes: Buffer): string | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 1024) return undefined;
  const [magic, version, key] = bytes.toString("latin1", 0, newline).split("\t");
  return `${magic} ${version}` === MAGIC ? key : undefined;
}

export function encodeEntry(key: string, value: unknown): Buffer {
  // Level 1: a third of level 6's time for nearly its size on JSON.
  const payload = deflateSync(asciiJson(value), { level: 1 });
  return Buffer.concat([Buffer.from(`${MAGIC.replace(" ", "\t")}\t${key}\t${payload.length}\n`, "latin1"), payload]);
}

/** The cache in `directory`, or null when there is none or it cannot be made: then every run works uncached. */
export function openCache(directory: string | null): JsonCache | null {
  if (directory === null || !makeDirectory(directory)) return null;
  let wrote = false;
  return {
    directory,
    get wrote() {
      return wrote;
    },
    get(name, key) {
      return this.getWithText(name, key)?.value;
    },
    getWithText(name, key) {
      const file = entryFile(directory, name);
      const read = readFileBytes(file, MAX_ENTRY_BYTES);
      const decoded = "problem" in read ? undefined : decodeEntryText(read.bytes, key);
      if (decoded !== undefined) noteEntryRead(file);
      return decoded;
    },
    set(name, key, value) {
      let bytes: Buffer;
      try {
        bytes = encodeEntry(key, value);
      } catch {
        return false;
      }
      if (bytes.length > MAX_ENTRY_BYTES || !writeCacheFile(entryFile(directory, name), bytes)) return false;
      wrote = true;
      return true;
    },
    statEntry(name) {
      try {
        const stats = statSync(entryFile(directory, name), { bigint: true });
        return stats.isFile() ? `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}` : null;
      } catch {
        return null;
      }
    },
    touch(name) {
      try {
        const now = new Date();
        utimesSync(entryFile(directory, name), now, now);
      } catch {
        // gone: the next run makes it again
      }
    },
  };
}
