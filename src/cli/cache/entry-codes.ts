// A user's code read straight from its cache entry (stored-entry.ts says where), for a thread
// that renders it once and lets it go: an export's workers, and its main thread too. The main
// thread's lazy codes (user-codes.ts) are held by a WeakRef, which keeps a code alive until the
// event loop's turn ends (a block of codes): at a thousand codes those survived the young
// generation's collections, were copied and promoted, and made most of the export's GC time.
// A code read here is garbage as soon as it is rendered. It is marked as plain text where its
// entry shows it is (render/plain-text.ts), for the exports to skip scanning it, and as holding
// no object twice (render/unshared.ts: every object of it is new), for the YAML writer.
import type { Code } from "../../model.js";
import { jsonBytesArePlain, markPlainText } from "../../render/plain-text.js";
import { mayBeUnsafe } from "../../render/terminal-text.js";
import { markUnshared } from "../../render/unshared.js";
import { oneFile } from "./inflate-bound.js";
import { openCache, type JsonCache } from "./json-cache.js";
import { parsedFromEntry } from "./parsed-entry.js";
import type { StoredEntry } from "./stored-entry.js";

/** Reads codes from their entries, opening each cache directory once; undefined for any miss. */
export function entryCodeReader(): (entry: StoredEntry) => Code | undefined {
  const caches = new Map<string, JsonCache | null>();
  return (entry) => {
    if (!caches.has(entry.directory)) caches.set(entry.directory, openCache(entry.directory));
    const read = caches.get(entry.directory)?.getWithText(entry.name, entry.key, oneFile(entry.size));
    const parsed = parsedFromEntry(read?.value);
    if (!read || !parsed?.code) return undefined;
    const code = { ...parsed.code, file: entry.file };
    if (!mayBeUnsafe(entry.file) && jsonBytesArePlain(read.bytes, read.text)) markPlainText(code);
    markUnshared(code);
    return code;
  };
}
