// Where a user's code that is read lazily from the cache (user-codes.ts) has its entry, so that
// another thread can read the code itself (an export over several threads) instead of being
// sent it. Kept on the code under a Symbol.for key, not enumerable: each lazily loaded bundle
// has its own copy of this module, and no copy, spread or JSON of the code carries it.
import type { Code } from "../../model.js";

const STORED_ENTRY = Symbol.for("ethics.storedEntry");

export interface StoredEntry {
  /** The cache directory. */
  directory: string;
  name: string;
  key: string;
  /** The code's file, which the entry leaves out (the same bytes may sit in two folders). */
  file: string;
  /** The file's size when read: what the entry was made from, which bounds its reading (inflate-bound.ts). */
  size: number;
}

export function markStoredEntry(code: Code, entry: StoredEntry): void {
  Object.defineProperty(code, STORED_ENTRY, { value: entry, enumerable: false });
}

export function storedEntryOf(code: Code): StoredEntry | undefined {
  return (code as Code & { [STORED_ENTRY]?: StoredEntry })[STORED_ENTRY];
}
