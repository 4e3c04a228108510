// Small words said before a code's name ("list the alaska", "show me alaska conduct 4"): no
// part of what is asked for, and left out where the words after them name what the whole
// does not.
import type { Library } from "../../model.js";
import { findCode } from "./resolve.js";
import { isSmallWord } from "./small-words.js";
import { englishNumberAt } from "./spelled-numbers.js";

/** "and", "&": a word that joins two names, which before the first means one was left out. */
const JOINER = /^(?:and|&)$/i;

/**
 * How many of the first `words` are small words said before a name: each names no code
 * exactly (a user's code "me" is that code), and the word after them is no small word (in
 * "(when they are", pasted, none is said before a name). A joining word is none: "and wi" is
 * a list with its first name left out.
 */
export function leadingSmallWords(library: Library, words: readonly string[]): number {
  const said = (word: string) => isSmallWord(word) && !JOINER.test(word) && findCode(library, word, ["exact"]).kind === "none";
  // The "a" of "a hundred and two" (and "one" of "one hundred") opens a number said, not a name.
  const opensNumber = (at: number) => (englishNumberAt(words, at)?.count ?? 0) > 1;
  let count = 0;
  while (count < words.length && said(words[count]!) && !opensNumber(count)) count++;
  return count < words.length && !isSmallWord(words[count]!) ? count : 0;
}

/**
 * `words` without the small words they open with ("the alaska" → "alaska", "please show me
 * wi" → "wi"), where the words as typed name no code; the words as typed where none is left out.
 */
export function withoutLeadingSmallWords(library: Library, words: readonly string[]): readonly string[] {
  const count = leadingSmallWords(library, words);
  if (count === 0 || findCode(library, words.join(" ")).kind !== "none") return words;
  return words.slice(count);
}
