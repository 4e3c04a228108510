// A reference as a person dictating it says it: a word said twice, small words before it
// ("please show me alaska conduct 4").
import type { Library } from "../../../model.js";
import { EthicsError } from "../../errors.js";
import { withoutLeadingSmallWords } from "../leading-small-words.js";
import type { Reference } from "../ref.js";
import { withoutWordsSaidTwice } from "../said-twice.js";
import { GRAMMAR_WORDS } from "./grammar-words.js";
import type { Target } from "./kinds.js";
import { resolvePieces } from "./pieces.js";
import { resolveTarget } from "./resolve-target.js";

/**
 * A reference as a person dictating it meant it, where the words as typed name nothing whole:
 * with a word said twice in a row read once, where it then reads as one reference ("alaska
 * alaska conduct 4", "conduct conduct"), or without the small words said before it, read as
 * if typed alone ("the alaska conduct 4", "please show me alaska conduct 4"; after a
 * reference, not the grammar's own: `12 in nc`). Tried before the words are read as several
 * references: "alaska alaska conduct 4" was the whole of Alaska, then its Conduct 4. The
 * targets it reads as; else the error of the words so read where it names what is wrong
 * better: where they name a code or section and their numbers are what is wrong ("Alaska
 * Conduct has no 40", not "no section 'conduct conduct'"), or the small words were left out
 * ("no code 'xyz'", not "no code 'the'": a small word names no code); else undefined.
 */
export function asDictated(library: Library, reference: Reference, before: Target | undefined): Target[] | EthicsError | undefined {
  if (reference.codeWords !== undefined || reference.itemLabel || reference.words.length > MOST_DICTATED_WORDS) return undefined;
  const { words, selection } = reference;
  const grammars = before !== undefined && GRAMMAR_WORDS.has(words[0]!.toLowerCase());
  const unasked = grammars ? words : withoutLeadingSmallWords(library, words);
  const once = withoutWordsSaidTwice(unasked);
  const readings = [
    { words: withoutWordsSaidTwice(words), whole: true },
    { words: unasked, whole: false },
    // Only where a word is said twice after the small words too: read whole, the small words'
    // reading alone skipped the grammar's checks ("a conduct 4" was Wisconsin 4).
    ...(once === unasked ? [] : [{ words: once, whole: true }]),
  ];
  let placeNamed: EthicsError | undefined;
  let unaskedError: EthicsError | undefined;
  for (const { words: meant, whole } of readings) {
    if (meant.length === words.length) continue;
    const read: Reference = { ...reference, words: [...meant], text: [...meant, ...(selection === undefined ? [] : [selection.text])].join(" ") };
    try {
      return whole ? [resolveTarget(library, read)] : resolvePieces(library, [{ reference: read }], before);
    } catch (error) {
      if (!(error instanceof EthicsError)) throw error;
      placeNamed ??= namesPlaceAlone(library, meant) ? error : undefined;
      if (meant === unasked) unaskedError = error;
    }
  }
  return placeNamed ?? unaskedError;
}

/** Words of a citation said aloud, at most: a sentence, not a pasted page read again. */
const MOST_DICTATED_WORDS = 30;

/** Whether `words` alone, no number after them, name a code, a section or a code's values. */
function namesPlaceAlone(library: Library, words: readonly string[]): boolean {
  try {
    resolveTarget(library, { words: [...words], text: words.join(" ") });
    return true;
  } catch (error) {
    if (error instanceof EthicsError) return false;
    throw error;
  }
}
