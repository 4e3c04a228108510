// A reference that names nothing whole read as several: joined by "and", "&" or commas, or
// codes named one after another ("alaska wisconsin", "alaska nc 2").
import type { Code, Library } from "../../../model.js";
import { EthicsError } from "../../errors.js";
import type { NumberSelection, Reference } from "../ref.js";
import { mostCodeNameParts, slugify } from "../resolve.js";
import { codeNamedFirst, namesCodeExactly } from "./code-named.js";
import { JOINING_WORDS } from "./grammar-words.js";
import type { Target } from "./kinds.js";
import { resolveTarget } from "./resolve-target.js";
import { runOnReferences } from "./run-on-references.js";

/**
 * A reference that names nothing whole read as several joined by "and", "&" or a comma
 * ("alaska conduct and nc 2", "wi, nc", "wi, nc, and alaska") or as whole codes named one after
 * another ("alaska wisconsin"), where each part names a code,
 * section or standards; the numbers are the last part's. A comma and the joining word after it
 * (the serial comma of "a, b, and c") join once. Tried only after the whole failed, so that a
 * title holding "and" or a comma ("Wellness, Recovery and Resiliency") is still read whole first.
 */
export function joinedReferences(library: Library, reference: Reference): Target[] | undefined {
  if (reference.itemLabel) return undefined;
  // `alaska:conduct medi-cal integrity`: the code the colon (or a `·`) typed marks is the first
  // reference's, and what follows it runs on as the same words unmarked do. A code named before
  // and put in front (`medi-cal integrity 1, 12 in nc`: "in nc" in Medi-Cal) is no run-on.
  if (reference.codeWords !== undefined) return reference.codeMarked ? runOnReferences(library, reference.words, reference.selection, reference.codeWords) : undefined;
  const parts: string[][] = [[]];
  let commaEnded = false;
  for (const word of reference.words) {
    const joins = JOINING_WORDS.has(word.toLowerCase());
    if (joins && commaEnded && parts.at(-1)!.length === 0) {
      commaEnded = false;
      continue;
    }
    commaEnded = word === "," || (word.length > 1 && word.endsWith(","));
    if (joins || word === ",") parts.push([]);
    else if (commaEnded) parts.at(-1)!.push(word.slice(0, -1)), parts.push([]);
    else parts.at(-1)!.push(word);
  }
  if (parts.some((words) => words.length === 0)) return undefined;
  if (parts.length < 2) {
    // "alaska wisconsin", "wi nc": codes named one after another with no joiner, as a list is said aloud.
    // Two at least: one name read whole over all the words ("alaska !!!": punctuation is no part
    // of a name) is the reference that failed, not a list.
    if (reference.selection === undefined) {
      const codes = codesNamedWhole(library, parts[0]!);
      if (codes !== undefined && codes.length >= 2) return codes.map((code): Target => ({ kind: "code", code }));
    } else {
      const codes = codesThenReference(library, parts[0]!, reference.selection);
      if (codes !== undefined) return codes;
    }
    // "medi-cal definitions alaska conduct 4": a whole reference, then the next code's.
    return runOnReferences(library, parts[0]!, reference.selection);
  }
  const last = parts.length - 1;
  const targets: Target[] = [];
  for (const [index, words] of parts.entries()) {
    const selection = index === last ? reference.selection : undefined;
    try {
      targets.push(resolveTarget(library, { words, text: words.join(" "), ...(selection !== undefined && { selection }) }));
    } catch (error) {
      // "wi nc and alaska": the list written with its last joiner only, its first part codes named one after another.
      const codes = selection === undefined ? codesNamedWhole(library, words) : undefined;
      if (codes !== undefined) {
        // One by one: a list of 150,000 codes spread as arguments overflowed the stack.
        for (const code of codes) targets.push({ kind: "code", code });
        continue;
      }
      // Every part before the last a whole code ("wi nc and xyz"): a list of codes, and the last
      // part's own error ("no code 'xyz'") says what is wrong, where the whole's ("'nc and xyz' is
      // not a standard number") did not. After a section ("medi-cal integrity and honesty") the
      // words may be one title: the whole's error, as before.
      if (index === last && error instanceof EthicsError && targets.every((target) => target.kind === "code")) throw error;
      return undefined;
    }
  }
  return targets;
}

/**
 * Words that are codes' names one after another ("wi nc", "north carolina wi"), each code named
 * whole (its id, alias, name or title), the longest name first; undefined where any word is no
 * part of one. A prefix is no code here: "a" begins Alaska, and "wi a and nc" is a slip.
 */
function codesNamedWhole(library: Library, words: readonly string[]): Code[] | undefined {
  if (words.length < 2) return undefined;
  const codes: Code[] = [];
  const mostParts = mostCodeNameParts(library);
  // A list pasted or typed by a script names the same few codes again and again: each run of
  // words looked up once.
  const namedBy = new Map<string, ReturnType<typeof codeNamedFirst>>();
  for (let at = 0; at < words.length; ) {
    const room = nameRoomAt(words, at, mostParts);
    // Joined by NUL, which no argument holds: two runs of words are never one key.
    const key = room.join("\0");
    if (!namedBy.has(key)) namedBy.set(key, codeNamedFirst(library, room, mostParts));
    const named = namedBy.get(key);
    if (named === undefined) return undefined;
    codes.push(named.code);
    at += named.words;
  }
  return codes;
}

/**
 * The words from `at` that one name could take (its parts, and marks between them), as
 * codeNamedFirst reads them: all the words after `at`, copied for each code named, made a
 * code's name pasted 80,000 times take half a minute.
 */
function nameRoomAt(words: readonly string[], at: number, mostParts: number): readonly string[] {
  let end = at;
  for (let parts = 0; end < words.length; end++) {
    if (slugify(words[end]!) !== "" && ++parts > mostParts) break;
  }
  return words.slice(at, end);
}

/** Codes named before the reference the numbers belong to, at most: a list read aloud, not a page. */
const MOST_LEADING_CODES = 8;

/**
 * "alaska nc 2", "wi nc 2": whole codes named one after another (each its id, alias, name or
 * title, the longest name first), then the reference the numbers belong to, the longest such
 * reference first. Undefined where none reads so. At most MOST_LEADING_CODES tries, each one
 * pass over the words: "alaska nc nc nc … 2" of thousands of words is one more error, at once.
 * The last reference's code is named whole too: in "medi-cal conduct 4" (Medi-Cal has no
 * Conduct), "conduct" begins a word of Wisconsin's title, and the whole of Medi-Cal was printed,
 * then Wisconsin 4, for a section the code does not have.
 */
function codesThenReference(library: Library, words: readonly string[], selection: NumberSelection): Target[] | undefined {
  const mostParts = mostCodeNameParts(library);
  const codes: Code[] = [];
  for (let at = 0; at < words.length && codes.length < MOST_LEADING_CODES; ) {
    const named = codeNamedFirst(library, words.slice(at), mostParts);
    if (named === undefined) return undefined;
    codes.push(named.code);
    at += named.words;
    const after = words.slice(at);
    if (after.length === 0) return undefined;
    const reference: Reference = { words: after, text: after.join(" "), selection };
    if (!namesCodeExactly(library, reference)) continue;
    try {
      const last = resolveTarget(library, reference);
      return [...codes.map((code): Target => ({ kind: "code", code })), last];
    } catch {
      // the next word may name another code
    }
  }
  return undefined;
}
