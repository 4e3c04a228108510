// A code's name with a slip in it, inside a question ("what does alaksa say about relapse",
// "wisconson", "north carolia"): `--code` and `diff` answer such a slip with "did you mean
// alaska?", and a question should be read as naming the code as it would be spelt right.
// Search's own rules for a slip decide (typo.ts): one edit in a word up to eight letters, two
// from nine, a four-letter word only for its commonest slips, none shorter.
import { typoDistance } from "../suggest.js";
import { allowedEdits, shortSlip } from "../search/typo.js";

/**
 * Whether `typed` is `name` with a slip in it, by its letters alone: not the name with letters
 * after it, which is another word made of it ("alaskan"); and a slip of the first letter is
 * too rare to pay for comparing every name.
 */
function lettersSlip(typed: string, name: string): boolean {
  if (typed[0] !== name[0] || typed.startsWith(name)) return false;
  const allowed = allowedEdits(typed.length);
  if (allowed === 0 || Math.abs(typed.length - name.length) > allowed) return false;
  return typoDistance(typed, name) <= allowed && (typed.length >= 5 || shortSlip(typed, name));
}

/** Whether the words typed are a name's words (a slug's, split), one of them or more with a slip in it. */
export function nameWithSlip(typed: readonly string[], name: readonly string[]): boolean {
  return typed.length === name.length && typed.some((word, at) => word !== name[at]) && typed.every((word, at) => word === name[at] || lettersSlip(word, name[at]!));
}

/**
 * Whether a name typed with a slip was meant as the name: each word with a slip is no English
 * word (`isEverydayWord`), which is meant as typed ("what does medical say": a word of its
 * own), unless the question asks of it as of a code (`asked`: "what does X say").
 */
export function slipMeant(typed: readonly string[], name: readonly string[], isEverydayWord: (word: string) => boolean, asked: boolean): boolean {
  return asked || typed.every((word, at) => word === name[at] || !isEverydayWord(word));
}

const ASKING = new Set(["does", "do", "did"]);
const SAYING = new Set(["say", "says", "said"]);

/** Whether the words from `start` to `end` stand where a question asks what a code says: "what does X say". */
export function askedAsCode(words: readonly string[], start: number, end: number): boolean {
  return ASKING.has(words[start - 1] ?? "") && SAYING.has(words[end] ?? "");
}
