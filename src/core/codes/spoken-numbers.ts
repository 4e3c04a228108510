// Numbers said aloud, as dictation writes them: `show medi cal integrity twelve`, `alaska
// conduct number four`, `medi-cal integrity twenty five` were usage errors, where a number in
// words is the number. English words (one to 999, "twenty five" or "twenty-five", "a hundred
// and two": spelled-numbers.ts) are read as digits where a reference's number belongs: after a word of
// its name or a number, not first (`show twelve` names no code, and says so). Words that sound
// like a number ("for", "to", "too", "won", "ate") are read so only where nothing else makes
// sense: last, after a name's word (`alaska conduct for`).
import { englishNumber, englishNumberAt } from "./spelled-numbers.js";
import { isNumberWord, REFERENCE_SEPARATORS, type Token } from "./ref.js";
import { isSmallWord } from "./small-words.js";

/** Words that sound like a number, and the number. */
const SOUNDS_LIKE_NUMBER: ReadonlyMap<string, number> = new Map([
  ["won", 1],
  ["to", 2],
  ["too", 2],
  ["for", 4],
  ["fore", 4],
  ["ate", 8],
]);

/** Marks a number said may have after it, as dictation writes them: "twelve." or "four,". */
export const MARKS_AFTER_NUMBER = /[.,?!]+$/;

/** What a word is without the marks after it, and the marks. */
function apart(text: string): { word: string; marks: string } {
  const marks = MARKS_AFTER_NUMBER.exec(text)?.[0] ?? "";
  return { word: text.slice(0, text.length - marks.length), marks };
}

/** Whether a token is a word of a name: letters, no number said, nor a small word ("up to"). */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && /\p{L}/u.test(token.text) && !isNumberWord(token.text) && englishNumber(apart(token.text).word) === undefined && !isSmallWord(token.text);
}

/** The most words a number is said in: "one hundred and twenty five". */
const MOST_NUMBER_WORDS = 5;

/**
 * The number said in English words from `at` on ("twelve", "twenty five", "twenty-five.", "a
 * hundred and two"), as digits with the marks after its last word, and how many tokens it takes.
 */
function numberSaidAt(tokens: readonly Token[], at: number): { text: string; count: number } | undefined {
  // Marks after a word end the number there: "twenty, five" is two numbers.
  const words: string[] = [];
  for (let place = at; place < tokens.length && words.length < MOST_NUMBER_WORDS && (place === at || !tokens[place]!.opens); place++) {
    const { word, marks } = apart(tokens[place]!.text);
    words.push(word);
    if (marks !== "") break;
  }
  const said = englishNumberAt(words, 0);
  if (said === undefined) return undefined;
  return { text: `${said.value}${apart(tokens[at + said.count - 1]!.text).marks}`, count: said.count };
}

/**
 * The tokens with numbers said in English words as digits, where a reference's number belongs
 * (see above), any marks after them kept (`twelve.` as `12.`), and with `soundsLike` the words
 * that sound like one where nothing else makes sense; the tokens themselves where none is so.
 */
export function withNumbersInDigits(tokens: readonly Token[], soundsLike = true): readonly Token[] {
  const read: Token[] = [];
  let changed = false;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const before = read.at(-1);
    const placed = before !== undefined && !token.opens && !REFERENCE_SEPARATORS.has(before.text);
    const said = numberSaidAt(tokens, at);
    if (said !== undefined && placed) {
      read.push({ text: said.text, opens: false });
      at += said.count - 1;
      changed = true;
      continue;
    }
    // Not where a number belongs (`show twenty five`): its words are kept whole, so that none
    // of them is read as a number after the others ("twenty" then 5), and its message names it all.
    if (said !== undefined && said.count > 1) {
      read.push(...tokens.slice(at, at + said.count));
      at += said.count - 1;
      continue;
    }
    const next = tokens[at + 1];
    const last = next === undefined || next.opens || REFERENCE_SEPARATORS.has(next.text);
    const { word, marks } = apart(token.text);
    const number = SOUNDS_LIKE_NUMBER.get(word.toLowerCase());
    if (soundsLike && number !== undefined && placed && last && isNameWord(before)) {
      read.push({ text: `${number}${marks}`, opens: false });
      changed = true;
      continue;
    }
    read.push(token);
  }
  return changed ? read : tokens;
}

/**
 * A query with the numbers it says in English words as digits, where a reference's number
 * would be ("north carolina seven" → "north carolina 7"; not first): to give the `show`
 * command a query of numbers gets. The query itself where it says none.
 */
export function queryWithNumbersInDigits(query: string): string {
  const tokens = query.split(/\s+/).filter((word) => word !== "").map((text): Token => ({ text, opens: false }));
  const read = withNumbersInDigits(tokens, false);
  return read === tokens ? query : read.map((token) => token.text).join(" ");
}
