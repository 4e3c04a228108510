// A count said as people say one: in English number words (spelled-numbers.ts: "twenty five",
// "a hundred and two"), or in dozens ("a dozen", "two dozen", "half a dozen"), as a trainer
// asks for a quiz of a dozen questions. For counts only (--count, --limit): a standard's number
// is never said in dozens, so references (`show`) do not read them.
import { englishNumberAt } from "./codes/spelled-numbers.js";

const DOZEN = 12;

/** The count words say from `at` on, and how many words it takes; undefined where none starts there. */
export function countSaidAt(words: readonly string[], at: number): { value: number; count: number } | undefined {
  const word = (place: number) => (words[place] ?? "").toLowerCase();
  if (word(at) === "half" && (word(at + 1) === "a" || word(at + 1) === "an") && word(at + 2) === "dozen") return { value: DOZEN / 2, count: 3 };
  if (word(at) === "dozen") return { value: DOZEN, count: 1 };
  if ((word(at) === "a" || word(at) === "one") && word(at + 1) === "dozen") return { value: DOZEN, count: 2 };
  const said = /^\d+$/.test(word(at)) ? { value: Number(word(at)), count: 1 } : englishNumberAt(words, at);
  if (said !== undefined && word(at + said.count) === "dozen") return { value: said.value * DOZEN, count: said.count + 1 };
  // Digits alone are no count said in words: the caller reads them as typed.
  return said !== undefined && /^\d+$/.test(word(at)) ? undefined : said;
}
