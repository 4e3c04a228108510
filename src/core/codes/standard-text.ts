// Two things every capability asks of a standard: a key to find it by, and the words it is
// about (its text, its lettered items and the source's notes; never the editor's notes).
import type { Code, Standard, StandardKey } from "../../model.js";
import { stem, STOP_WORDS, words } from "../text.js";

export function standardKeyOf(key: StandardKey): string {
  return `${key.code}\u0000${key.section}\u0000${key.number}`;
}

/** The code id of a standardKeyOf key. */
export function codeOfKey(key: string): string {
  return key.slice(0, key.indexOf("\0"));
}

/**
 * A standard's key as the index's parts write it, `code/section/number` (ids are slugs, so no
 * "/", " ", "=", ":" or "." is in one): how a part names a built-in standard it refers to.
 */
export function ruleNameOf(key: StandardKey): string {
  return `${key.code}/${key.section}/${key.number}`;
}

/** The words after `ethics show` that print this standard (of `code`) again: a standard's, or a search hit's. */
export function showReference(code: Code, standard: StandardKey): string {
  return code.sections.length === 1 ? `${code.id} ${standard.number}` : `${code.id} ${standard.section} ${standard.number}`;
}

export function standardWords(standard: Standard): string {
  return [standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join(" ");
}

const meaningfulWords = new WeakMap<Standard, readonly string[]>();

/**
 * The words of standardWords that are not stop words, in order, repeats kept. Remembered for as
 * long as the standard lives: inferring a user's code's concepts and indexing it read the same
 * words.
 */
export function standardContentWords(standard: Standard): readonly string[] {
  let found = meaningfulWords.get(standard);
  if (found === undefined) {
    found = words(standardWords(standard)).filter((word) => !STOP_WORDS.has(word));
    meaningfulWords.set(standard, found);
  }
  return found;
}

const meaningfulStems = new WeakMap<Standard, readonly string[]>();

/**
 * The stems of standardContentWords, in the same order: inferring a user's code's concepts and
 * indexing it both stem every word, and each looked each stem up again (a first run over 100
 * codes: ~2 million lookups of one cache).
 */
export function standardContentStems(standard: Standard): readonly string[] {
  let found = meaningfulStems.get(standard);
  if (found === undefined) {
    found = standardContentWords(standard).map(stem);
    meaningfulStems.set(standard, found);
  }
  return found;
}
