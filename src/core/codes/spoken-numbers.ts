// Numbers said aloud, as dictation writes them: `show medi cal integrity twelve`, `alaska
// conduct number four`, `medi-cal integrity twenty five` were usage errors, where a number in
// words is the number. English words (one to 999, "twenty five" or "twenty-five", "a hundred
// and two": spelled-numbers.ts) are read as digits where a reference's number belongs: after a word of
// its name or a number, not first (`show twelve` names no code, and says so). Words that sound
// like a number ("for", "to", "too", "won", "ate") are read so only where nothing else makes
// sense: last, after a name's word (`alaska conduct for`). Numbers joined by a hyphen or a
// comma are a range or a list as digits are (`five-twelve` is 5-12, as `5-12`; `twelve,five`
// 12,5), where together they say no one number ("twenty-five" is 25).
import { englishNumber, englishNumberAt } from "./spelled-numbers.js";
import { isNumberWord, LIST_WORDS, RANGE_WORDS, REFERENCE_SEPARATORS, type Token } from "./ref.js";
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

/**
 * Marks a number said may have after it, as dictation writes them: "twelve." or "four,". Matched
 * only from where a run of them starts (the look behind): tried from every mark of a run, a word
 * of 120,000 commas and a letter took a minute.
 */
export const MARKS_AFTER_NUMBER = /(?<![.,?!])[.,?!]+$/;

/** What a word is without the marks after it, and the marks. */
function apart(text: string): { word: string; marks: string } {
  const marks = MARKS_AFTER_NUMBER.exec(text)?.[0] ?? "";
  return { word: text.slice(0, text.length - marks.length), marks };
}

/** Whether a token is a word of a name: letters, no number said, nor a small word ("up to"). */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && /\p{L}/u.test(token.text) && !isNumberWord(token.text) && englishNumber(apart(token.text).word) === undefined && !isSmallWord(token.text);
}

/** One number said in one word, in English or digits ("twelve", "twenty-five", "12"). */
function oneNumber(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : englishNumber(word);
}

/** One number, or two joined by a hyphen (a range, "five-twelve"), or one before a hyphen (an open range, "twelve-"), in digits. */
function spanSaid(part: string): string | undefined {
  const one = oneNumber(part);
  if (one !== undefined) return String(one);
  const pieces = part.split("-");
  if (pieces.length > 1 && pieces.at(-1) === "") {
    const from = oneNumber(pieces.slice(0, -1).join("-"));
    return from === undefined ? undefined : `${from}-`;
  }
  for (let at = 1; at < pieces.length; at++) {
    const [from, to] = [oneNumber(pieces.slice(0, at).join("-")), oneNumber(pieces.slice(at).join("-"))];
    if (from !== undefined && to !== undefined) return `${from}-${to}`;
  }
  return undefined;
}

/**
 * The range or list numbers joined by hyphens and commas write, in digits ("five-twelve",
 * "twelve-5", "twelve,five": "5-12", "12-5", "12,5"), where at least one is said in English and
 * the word is no one number ("twenty-five"); undefined for any other word. Read as a word,
 * "five-twelve" was "not a standard number" where `5-12` is a range, "twelve-five" where
 * `12-5` is told it runs backwards, and "twelve,five" where `12,5` is a list.
 */
export function selectionSaid(word: string): string | undefined {
  if (!/\p{L}/u.test(word) || englishNumber(word) !== undefined || !/[-,]/.test(word)) return undefined;
  const spans = word.split(",").map(spanSaid);
  return spans.every((span) => span !== undefined) ? spans.join(",") : undefined;
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
  if (said === undefined) {
    const selection = selectionSaid(words[0]!);
    return selection === undefined ? undefined : { text: `${selection}${apart(tokens[at]!.text).marks}`, count: 1 };
  }
  return { text: `${said.value}${apart(tokens[at + said.count - 1]!.text).marks}`, count: said.count };
}

/** What tokens were typed as: each token's own typed words (a one-word form's others are none). */
function typedOf(tokens: readonly Token[]): string {
  return tokens
    .map((token) => token.typed ?? token.text)
    .filter((word) => word !== "")
    .join(" ");
}

/** A word that joins numbers ("and", "&", "to", "through"), or ends one with a comma. */
const joinsNumbers = (text: string) => {
  const word = text.replace(/,$/, "").toLowerCase();
  return LIST_WORDS.has(word) || RANGE_WORDS.has(word);
};

/**
 * The tokens with numbers said in English words as digits, where a reference's number belongs
 * (see above), any marks after them kept (`twelve.` as `12.`), and with `soundsLike` the words
 * that sound like one where nothing else makes sense; the tokens themselves where none is so.
 */
export function withNumbersInDigits(tokens: readonly Token[], soundsLike = true): readonly Token[] {
  const read: Token[] = [];
  let changed = false;
  // Numbers said where none belongs, read last, and what joins them: `show twelve five`.
  let loose = false;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const before = read.at(-1);
    const placed = before !== undefined && !token.opens && !REFERENCE_SEPARATORS.has(before.text) && !loose;
    const said = numberSaidAt(tokens, at);
    if (said !== undefined && placed) {
      // The words as typed kept beside the digits, for a message to quote (`twelve-five` runs backwards).
      read.push({ text: said.text, opens: false, typed: typedOf(tokens.slice(at, at + said.count)) });
      at += said.count - 1;
      changed = true;
      continue;
    }
    // Not where a number belongs (`show twenty five`): its words are kept whole, so that none
    // of them is read as a number after the others ("twenty" then 5), and its message names it
    // all; so are the numbers after it (`show twelve five`, `twelve and five`, `twelve 5`), which
    // were read as 5 after a name "twelve": the message named 12 alone.
    if (said !== undefined) {
      read.push(...tokens.slice(at, at + said.count));
      at += said.count - 1;
      loose = true;
      continue;
    }
    if (loose && !token.opens && (joinsNumbers(token.text) || isNumberWord(token.text))) {
      read.push(token);
      continue;
    }
    loose = false;
    const next = tokens[at + 1];
    const last = next === undefined || next.opens || REFERENCE_SEPARATORS.has(next.text);
    const { word, marks } = apart(token.text);
    const number = SOUNDS_LIKE_NUMBER.get(word.toLowerCase());
    if (soundsLike && number !== undefined && placed && last && isNameWord(before)) {
      read.push({ text: `${number}${marks}`, opens: false, typed: typedOf([token]) });
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
