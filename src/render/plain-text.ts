// A code known to hold no character that `visible` or escapeJson would change (terminal-text.ts):
// its exports can skip scanning each text for them. An export of a thousand users' codes scans
// some two million characters of CSV cells or six million of JSON for characters nearly no code
// has; the thread that reads a code from its cache entry (cli/cache/entry-codes.ts) can tell
// from the entry's JSON text, whose bytes are ASCII and whose few escapes (~5 us a code) are
// all the characters beyond it. The mark is
// kept on the code under a Symbol.for key, not enumerable: each bundle has its own copy of this
// module, and no copy, spread or JSON of the code carries it.
import { isAscii } from "node:buffer";
import type { Code } from "../model.js";
import { mayBeUnsafe } from "./terminal-text.js";

const PLAIN_TEXT = Symbol.for("ethics.plainText");

/** Marks `code` as holding, in every string of it, nothing `visible` or escapeJson would change. */
export function markPlainText(code: Code): void {
  Object.defineProperty(code, PLAIN_TEXT, { value: true, enumerable: false });
}

export function hasPlainText(code: Code): boolean {
  return (code as Code & { [PLAIN_TEXT]?: boolean })[PLAIN_TEXT] === true;
}

const DEL = 0x7f;

/** Whether `visible` may change the character of each UTF-16 code unit met in an escape so far. */
const unsafeUnits = new Map<number, boolean>();

function isUnsafeUnit(unit: number): boolean {
  let unsafe = unsafeUnits.get(unit);
  if (unsafe === undefined) unsafeUnits.set(unit, (unsafe = mayBeUnsafe(String.fromCharCode(unit))));
  return unsafe;
}

/**
 * Whether the strings JSON text parses to are free of anything `visible` or escapeJson would
 * change, for JSON text with no raw character beyond ASCII, nor DEL (jsonBytesArePlain checks
 * that first). Each escape is read in turn, so that an
 * escaped backslash is never taken for the start of another, and its character tested as
 * `visible` tests it: a few dozen escapes (typographic quotes, mostly) in 24 KB of text, where a
 * regular expression over every character took ~25 us a code.
 */
function jsonEscapesArePlain(json: string): boolean {
  for (let at = json.indexOf("\\"); at >= 0; at = json.indexOf("\\", at)) {
    const kind = json.charCodeAt(at + 1);
    if (kind === 0x75 /* u */) {
      const hex = json.slice(at + 2, at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex) || isUnsafeUnit(parseInt(hex, 16))) return false;
      at += 6;
    } else if (kind === 0x22 /* " */ || kind === 0x5c /* \\ */ || kind === 0x2f /* / */) at += 2;
    // \b \f \n \r \t: C0 controls; anything else is not JSON
    else return false;
  }
  return true;
}

/**
 * The same for JSON text and its bytes (a cache entry's, read as one byte a character): false
 * where it holds a raw character beyond ASCII, or DEL (the cache's entries escape them).
 */
export function jsonBytesArePlain(bytes: Uint8Array, json: string): boolean {
  return isAscii(bytes) && !bytes.includes(DEL) && jsonEscapesArePlain(json);
}

/** The same for any JSON text. */
export function jsonTextIsPlain(json: string): boolean {
  return jsonBytesArePlain(Buffer.from(json, "utf8"), json);
}
