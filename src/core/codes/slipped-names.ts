// A code's name with a slip in it, inside a question ("what does alaksa say about relapse",
// "wisconson", "north carolia"): `--code` and `diff` answer such a slip with "did you mean
// alaska?", and a question should be read as naming the code as it would be spelt right.
// Search's own rules for a slip decide (typo.ts): one edit in a word up to eight letters, two
// from nine, a four-letter word only for its commonest slips, none shorter.
import { typoDistance } from "../suggest.js";
import { allowedEdits, shortSlip } from "../search/typo.js";

/**
 * Whether `typed` may be `name` with a slip in it. A word spelt right is meant as typed ("what
 * does medical say": a word of its own), unless the question asks it as it asks a code (`asked`:
 * "what does X say"); a word that is the name with letters after it is another word made of
 * it ("alaskan"); and a slip of the first letter is too rare to pay for comparing every name.
 */
function wordSlip(typed: string, name: string, isEverydayWord: (word: string) => boolean, asked: boolean): boolean {
  if (typed === name) return true;
  if (typed[0] !== name[0] || typed.startsWith(name) || (!asked && isEverydayWord(typed))) return false;
  const allowed = allowedEdits(typed.length);
  if (allowed === 0 || Math.abs(typed.length - name.length) > allowed) return false;
  return typoDistance(typed, name) <= allowed && (typed.length >= 5 || shortSlip(typed, name));
}

/** Whether the words typed are a name's words (a slug's, split), one with a slip at least. */
export function slipOfName(typed: readonly string[], name: readonly string[], isEverydayWord: (word: string) => boolean, asked: boolean): boolean {
  return typed.length === name.length && typed.some((word, at) => word !== name[at]) && typed.every((word, at) => wordSlip(word, name[at]!, isEverydayWord, asked));
}

const ASKING = new Set(["does", "do", "did"]);
const SAYING = new Set(["say", "says", "said"]);

/** Whether the words from `start` to `end` stand where a question asks what a code says: "what does X say". */
export function askedAsCode(words: readonly string[], start: number, end: number): boolean {
  return ASKING.has(words[start - 1] ?? "") && SAYING.has(words[end] ?? "");
}

/**
 * For each word typed, whether a name of up to `longest` words with a slip in it may start
 * there: one of its words is long enough to be corrected and is no everyday word, or follows
 * an asking word ("does"). Most words of a question are everyday words: no name is compared
 * with them, which in a library of thousands of codes would be most of a search.
 */
export function slipStarts(words: readonly string[], longest: number, isEverydayWord: (word: string) => boolean): boolean[] {
  const may = words.map((word, at) => allowedEdits(word.length) > 0 && (!isEverydayWord(word) || ASKING.has(words[at - 1] ?? "")));
  return words.map((_, at) => may.slice(at, at + longest).some(Boolean));
}
