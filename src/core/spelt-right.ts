// Whether what was typed is English spelt right, and so meant as typed: a name a few letters
// from it ("nice": north-carolina, "rope": hope, "love": loan) is another thing, not the one
// a slip of the keys was aiming at, and "did you mean …?" offers it to nobody. Another form of
// the name's own words ("respects": respect, "relevance": relevancy) is that name, and is offered.
import { STOP_WORDS, stem, words } from "./text.js";
import { englishWordCheck } from "./word-check.js";

/** Whether every word of `input` (there is one at least) is English spelt right. */
export function speltRight(input: string): boolean {
  const typed = words(input);
  return typed.length > 0 && typed.every(englishWordCheck());
}

/** Letters two forms of a word may differ by at their end ("relevance", "relevancy"). */
const MOST_ENDING = 3;
/** Letters they must share before it, so that short words ("rope", "rode") are not forms. */
const LEAST_SHARED = 4;

/** Whether two words are forms of one: one stem, or the same but for a short ending. */
function formsOfOneWord(a: string, b: string): boolean {
  if (stem(a) === stem(b)) return true;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= LEAST_SHARED && a.length - shared <= MOST_ENDING && b.length - shared <= MOST_ENDING;
}

/**
 * Whether the name `near`, nearest to what was typed, is no name meant: what was typed is
 * English spelt right, and none of its words (small words such as "of" aside) is a form of one
 * of the name's.
 */
export function meantAsTyped(input: string, near: string): boolean {
  if (!speltRight(input)) return false;
  const nameWords = words(near);
  return !words(input).some((word) => !STOP_WORDS.has(word) && nameWords.some((nameWord) => formsOfOneWord(word, nameWord)));
}
