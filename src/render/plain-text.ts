// A code known to hold no character that `visible` or escapeJson would change (terminal-text.ts):
// its exports can skip scanning each text for them. An export of a thousand users' codes scans
// some two million characters of CSV cells or six million of JSON for characters nearly no code
// has; the thread that reads a code from its cache entry (cli/cache/entry-codes.ts) can tell
// from the entry's JSON text, a third the size of the JSON export, with one scan. The mark is
// kept on the code under a Symbol.for key, not enumerable: each bundle has its own copy of this
// module, and no copy, spread or JSON of the code carries it.
import type { Code } from "../model.js";

const PLAIN_TEXT = Symbol.for("ethics.plainText");

/** Marks `code` as holding, in every string of it, nothing `visible` or escapeJson would change. */
export function markPlainText(code: Code): void {
  Object.defineProperty(code, PLAIN_TEXT, { value: true, enumerable: false });
}

export function hasPlainText(code: Code): boolean {
  return (code as Code & { [PLAIN_TEXT]?: boolean })[PLAIN_TEXT] === true;
}

/**
 * In JSON text: a raw character beyond printable ASCII but in Latin-1's printable range (U+00A0-U+00FF, which
 * `visible` never changes), or an escape of a character `visible` may change (its class in
 * terminal-text.ts, hex digits in either case; test/render/plain-text.test.ts holds the two to
 * agree over every UTF-16 code unit). An escaped backslash before "u2028" is taken for that
 * escape: a false alarm only costs the scans this saves.
 */
const UNSAFE_IN_JSON =
  /[\u0000-\u001f\u007f-\u009f\u0100-\uffff]|\\(?:[bfnrt]|u(?:00[0-1][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|061[cC]|115[fF]|1160|180[eE]|200[bBeEfF]|202[89a-eA-E]|206[0-46-9]|3164|[fF][eE][fF][fF]|[fF][fF][aA]0|[fF][fF][fF][9aAbB]|[dD][bB]40))/;

/**
 * Whether the strings JSON text parses to are free of anything `visible` or escapeJson would
 * change, for JSON text whose characters beyond Latin-1 are escaped (the cache's entries, all
 * ASCII): false for any other.
 */
export function jsonTextIsPlain(json: string): boolean {
  return !UNSAFE_IN_JSON.test(json);
}
