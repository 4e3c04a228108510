// A cache of work derived from users' code files (their normalized codes, search-index parts,
// the index), so a run with a thousand users' codes parses no YAML. It is a pure optimization:
// an entry is named and keyed by the content and the build it was made from, and checked
// whole on reading (its header, its length, zlib's checksum of its bytes, then its shape by
// the caller); anything missing, damaged, stale or another build's is a miss, and a miss only
// means doing the work again. Nothing here throws, and nothing waits on the file system.
// Loaded only by runs with users' codes (node:zlib costs ~2 ms to load).
import { readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, inflateSync } from "node:zlib";
import { readFileBytes } from "../../core/codes/read-file.js";
import { asciiJson } from "../../core/library/snapshot.js";
import { indexText, readIndexText } from "../../core/search/index-text.js";
import { makeDirectory, writeCacheFile } from "./cache-dir.js";
import { noteEntryRead } from "./entries-read.js";
import { inflatedBound, type MadeFrom } from "./inflate-bound.js";
import { isTrustedEntry } from "./trusted-entry.js";

/** Far above any entry (a thousand codes' search index deflates to a few MiB). */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const MAGIC = "ethics-cache 3";
/** How much larger than its deflated bytes an entry's JSON is made room for at first (see decodePayload). */
const INFLATE_RATIO = 12;

export interface JsonCache {
  readonly directory: string;
  /**
   * The value stored under `name` if its key is `key`; undefined for any miss. `madeFrom`: what
   * the value was made from, which bounds what it may inflate to (inflate-bound.ts).
   */
  get(name: string, key: string, madeFrom: MadeFrom): unknown;
  /** The same, with the JSON text it was parsed from, and its bytes. */
  getWithText(name: string, key: string, madeFrom: MadeFrom): DecodedEntry | undefined;
  /**
   * True when the entry was written: not when it would inflate past what `madeFrom` allows,
   * since reading it would refuse it. `attached`, when given, is stored in the same file, apart
   * (getAttached): one file where two would cost a file's making each. `apart`: the value's long
   * strings are written after the rest of its JSON and read back as slices of one string (as
   * is always done for what is attached), for a value no one asks for as JSON text
   * (getWithText).
   */
  set(name: string, key: string, value: unknown, madeFrom: MadeFrom, attached?: unknown, apart?: boolean): boolean;
  /** What was stored with the value under `name` (set's `attached`), if its key is `key`; undefined for any miss. */
  getAttached(name: string, key: string, madeFrom: MadeFrom): unknown;
  /**
   * Stores `attached` with the value already under `name` (its key `key`), in place of whatever
   * was attached: the value's bytes are copied, not made again. False when there is no such
   * entry to attach to (missing, damaged, another key) or it could not be written.
   */
  attach(name: string, key: string, attached: unknown, madeFrom: MadeFrom): boolean;
  /** An entry file's stat data (size, mtime, ctime, inode), or null when there is none. */
  statEntry(name: string): string | null;
  /** Marks an entry as used now, for least-recently-used pruning. */
  touch(name: string): void;
  /**
   * The names of the entries the cache holds now, or null when it cannot be listed: one listing
   * where many entries are likely missing costs less than a failed open each (see user-codes.ts).
   */
  entryNames(): ReadonlySet<string> | null;
  /** Whether this run wrote anything (then it prunes). */
  readonly wrote: boolean;
  /** The entry files this run wrote or marked used (their names, `.entry` included): what pruning keeps whatever the budget. */
  readonly used: ReadonlySet<string>;
  /** The entry files this run wrote (their names, `.entry` included): their sizes are this run's, not what pruning remembered. */
  readonly written: ReadonlySet<string>;
}

const ENTRY_SUFFIX = ".entry";

export function entryFile(directory: string, name: string): string {
  return join(directory, `${name}${ENTRY_SUFFIX}`);
}

export interface DecodedEntry {
  value: unknown;
  /** The JSON text the value was parsed from, and its bytes. */
  text: string;
  bytes: Buffer;
}

/**
 * The two payloads of an entry file whose header names `key` (the value's, and what was attached
 * to it, empty when nothing was), or undefined when its header does not say so or its length
 * is not the header's.
 */
function payloadsOf(bytes: Buffer, key: string): [Buffer, Buffer] | undefined {
  // The key is checked again inside each payload (decodePayload): the header alone bound no
  // payload to it, and one entry's payload under another's header was served as that entry.
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 1024) return undefined;
  const [magic, version, storedKey, length, attachedLength = "0", ...more] = bytes.toString("latin1", 0, newline).split("\t");
  if (`${magic} ${version}` !== MAGIC || storedKey !== key || more.length > 0 || !/^\d{1,9}$/.test(length ?? "") || !/^\d{1,9}$/.test(attachedLength)) return undefined;
  const first = Number(length);
  if (first + Number(attachedLength) !== bytes.length - newline - 1) return undefined;
  return [bytes.subarray(newline + 1, newline + 1 + first), bytes.subarray(newline + 1 + first)];
}

/**
 * The payload of an entry file whose header names `key`, with its JSON text; undefined for a
 * miss, or a value written apart. `most`: the most its JSON may be (inflate-bound.ts).
 */
export function decodeEntryText(bytes: Buffer, key: string, most: number): DecodedEntry | undefined {
  const decoded = decodePayload(payloadsOf(bytes, key)?.[0], key, most);
  return decoded?.apart === false ? decoded : undefined;
}

/** What was attached to the value of an entry file whose header names `key`; undefined for a miss or when nothing was. */
export function decodeAttached(bytes: Buffer, key: string, most: number): unknown {
  const attached = payloadsOf(bytes, key)?.[1];
  return attached === undefined || attached.length === 0 ? undefined : decodePayload(attached, key, most)?.value;
}

/**
 * A payload written apart (see set) begins with this character, which no JSON text does: its
 * value's long strings follow the rest of its JSON (core/search/index-text.ts), and are read as
 * slices of the one text. Parsed from JSON, each of an index part's long strings was copied out
 * of the text into memory new to the process: reading the 31 stored runs of a thousand codes
 * (7 MB of text) took ~126 ms of the main thread's CPU, ~70 ms as slices (medians of 5 runs).
 */
const APART = 0x23;

/**
 * Inflates `payload` to at most `most` bytes of JSON (past them: a miss, as any damage is) and
 * reads it, after the line that names `key` (deflateJson): a payload made for another entry,
 * moved or copied under this one's header, is a miss.
 */
function decodePayload(payload: Buffer | undefined, key: string, most: number): (DecodedEntry & { apart: boolean }) | undefined {
  if (payload === undefined) return undefined;
  const keyLine = key.length + 1;
  try {
    // Room for all of it at once, rather than pieces put together (a copy of the whole, in
    // memory new to the process): a code deflates to about a third, an index part of 32 codes
    // to a sixth, a folder's record to a ninth. Pages of it never written are never touched.
    const chunkSize = Math.min(Math.max(payload.length * INFLATE_RATIO, 16 * 1024), 16 * 1024 * 1024, most + keyLine);
    const inflated = inflateSync(payload, { maxOutputLength: most + keyLine, chunkSize });
    if (inflated.length < keyLine || inflated[key.length] !== 0x0a || inflated.toString("latin1", 0, key.length) !== key) return undefined;
    const json = inflated.subarray(keyLine);
    // Written as ASCII (asciiJson): read as one-byte text, without decoding UTF-8.
    const text = json.toString("latin1");
    const apart = json[0] === APART;
    return { value: apart ? readIndexText(text.slice(1)) : JSON.parse(text), text, bytes: json, apart };
  } catch {
    return undefined;
  }
}

/** The payload of an entry file whose header names `key`, or undefined; `most` as for decodeEntryText. */
export function decodeEntry(bytes: Buffer, key: string, most: number): unknown {
  return decodePayload(payloadsOf(bytes, key)?.[0], key, most)?.value;
}

/** The key an entry file's header names, or undefined when it has no valid header. */
export function entryKey(bytes: Buffer): string | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 1024) return undefined;
  const [magic, version, key] = bytes.toString("latin1", 0, newline).split("\t");
  return `${magic} ${version}` === MAGIC ? key : undefined;
}

/**
 * A value's JSON after a line naming the entry's `key`, deflated. Level 1: a third of level 6's time for nearly its size on JSON. The
 * text is ASCII (asciiJson), so its Latin-1 bytes are its UTF-8 bytes, copied without the UTF-8
 * encoder's measuring and encoding (~2% of a first run's main thread, counted by callgrind).
 * Throws for JSON longer than `most`: reading would refuse it (decodePayload), so it is not stored.
 */
function deflateJson(key: string, value: unknown, apart: boolean, most: number): Buffer {
  const json = apart ? `${String.fromCharCode(APART)}${indexText(value, asciiJson)}` : asciiJson(value);
  if (json.length > most) throw new RangeError("an entry longer than its inputs allow");
  return deflateSync(Buffer.from(`${key}\n${json}`, "latin1"), { level: 1 });
}

/**
 * An entry file: a header naming `key` and the payloads' lengths, then `value` and what is
 * attached to it, each deflated apart; `apart`, whether the value's long strings are written
 * apart (see JsonCache.set), as what is attached always is. Throws when either's JSON is longer
 * than `most`.
 */
export function encodeEntry(key: string, value: unknown, most: number, attached?: unknown, apart = false): Buffer {
  return entryOfPayloads(key, attached === undefined ? [deflateJson(key, value, apart, most)] : [deflateJson(key, value, apart, most), deflateJson(key, attached, true, most)]);
}

function entryOfPayloads(key: string, payloads: readonly Buffer[]): Buffer {
  const lengths = payloads.map((payload) => payload.length).join("\t");
  return Buffer.concat([Buffer.from(`${MAGIC.replace(" ", "\t")}\t${key}\t${lengths}\n`, "latin1"), ...payloads]);
}

/**
 * The entry `bytes` (whose header names `key`) with `attached` in place of what was attached,
 * or undefined when the bytes are no such entry or their value does not read back. The value's
 * payload is copied as it is: a code's value is not deflated again to take its index part.
 */
export function withAttached(bytes: Buffer, key: string, attached: unknown, most: number): Buffer | undefined {
  const payloads = payloadsOf(bytes, key);
  if (payloads === undefined || decodePayload(payloads[0], key, most) === undefined) return undefined;
  try {
    return entryOfPayloads(key, [payloads[0], deflateJson(key, attached, true, most)]);
  } catch {
    return undefined;
  }
}

/**
 * Where entry files of up to 1 MiB (a code's is ~8 KB) are read: their bytes are inflated at
 * once and never kept. A fresh buffer for each (64 KiB) was malloc's memory, freed only when
 * the collector found its Buffer garbage, so that an export of a thousand codes grew and
 * trimmed malloc's heap again and again, and each new page cost a fault.
 */
let scratch: Buffer | undefined;
const SCRATCH_MOST = 1024 * 1024;

/**
 * What `decode` makes of the entry file `name`, undefined for a miss. A hit is noted as read
 * (entries-read.ts), whichever of its values was used: if the run then fails, cache-fault.ts
 * deletes it with the others and runs again without them. `decode` must not keep the bytes it
 * is given (they are read into a buffer used again).
 */
function readEntry<Decoded>(directory: string, name: string, decode: (bytes: Buffer) => Decoded | undefined): Decoded | undefined {
  const file = entryFile(directory, name);
  const read = readFileBytes(file, MAX_ENTRY_BYTES, "a cache entry", (scratch ??= Buffer.allocUnsafe(64 * 1024)));
  if (!("problem" in read) && read.bytes.buffer !== scratch.buffer && read.bytes.length < SCRATCH_MOST) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MOST, 2 * read.bytes.length));
  const decoded = "problem" in read || !isTrustedEntry(read.stats) ? undefined : decode(read.bytes);
  if (decoded !== undefined) noteEntryRead(file);
  return decoded;
}

/**
 * What an entry's header names: its file's name as well as its key. An entry's name holds the
 * build id, its key only the content (a file's hash): named by the key alone, another build's
 * entry for the same file, copied or renamed under this build's name (by a restore, a sync, a
 * hand), read as this build's and was served, made by code this build does not run.
 */
export function headerKey(name: string, key: string): string {
  return `${name}/${key}`;
}

/** The cache in `directory`, or null when there is none or it cannot be made: then every run works uncached. */
export function openCache(directory: string | null): JsonCache | null {
  if (directory === null || !makeDirectory(directory)) return null;
  let wrote = false;
  const used = new Set<string>();
  const written = new Set<string>();
  const write = (name: string, bytes: Buffer) => {
    if (bytes.length > MAX_ENTRY_BYTES || !writeCacheFile(entryFile(directory, name), bytes)) return false;
    wrote = true;
    used.add(`${name}${ENTRY_SUFFIX}`);
    written.add(`${name}${ENTRY_SUFFIX}`);
    return true;
  };
  return {
    directory,
    get wrote() {
      return wrote;
    },
    used,
    written,
    get(name, key, madeFrom) {
      return readEntry(directory, name, (bytes) => decodeEntry(bytes, headerKey(name, key), inflatedBound(madeFrom)));
    },
    getWithText(name, key, madeFrom) {
      return readEntry(directory, name, (bytes) => decodeEntryText(bytes, headerKey(name, key), inflatedBound(madeFrom)));
    },
    getAttached(name, key, madeFrom) {
      return readEntry(directory, name, (bytes) => decodeAttached(bytes, headerKey(name, key), inflatedBound(madeFrom)));
    },
    set(name, key, value, madeFrom, attached, apart) {
      let bytes: Buffer;
      try {
        bytes = encodeEntry(headerKey(name, key), value, inflatedBound(madeFrom), attached, apart);
      } catch {
        return false;
      }
      return write(name, bytes);
    },
    attach(name, key, attached, madeFrom) {
      // Copied out of the buffer readEntry reads every entry into, which the next read reuses.
      const bytes = readEntry(directory, name, (read) => withAttached(read, headerKey(name, key), attached, inflatedBound(madeFrom)));
      return bytes !== undefined && write(name, bytes);
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
        used.add(`${name}${ENTRY_SUFFIX}`);
      } catch {
        // gone: the next run makes it again
      }
    },
    entryNames() {
      try {
        const names = new Set<string>();
        for (const file of readdirSync(directory)) if (file.endsWith(ENTRY_SUFFIX)) names.add(file.slice(0, -ENTRY_SUFFIX.length));
        return names;
      } catch {
        return null;
      }
    },
  };
}
