// A code known to hold no object twice: one read straight from its cache entry
// (cli/cache/entry-codes.ts), whose every object JSON.parse and restoreCode made anew. The YAML
// writer (plain-yaml.ts) need not then keep a set of every object it met, which it does only
// to leave an object met twice to the library (an anchor and an alias): ~500 objects a
// Medi-Cal-sized code, half a million in an export of a thousand. Kept as the plain-text mark
// is (plain-text.ts): under a Symbol.for key, not enumerable, carried by no copy of the code.
import type { Code } from "../model.js";

const UNSHARED = Symbol.for("ethics.unshared");

/** Marks `code` as holding no object (a list, a map) in two places. */
export function markUnshared(code: Code): void {
  Object.defineProperty(code, UNSHARED, { value: true, enumerable: false });
}

export function isUnshared(code: Code): boolean {
  return (code as Code & { [UNSHARED]?: boolean })[UNSHARED] === true;
}
