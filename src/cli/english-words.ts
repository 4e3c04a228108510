// The words of spoken English (dist/english-words.txt, written by the build): read only when a
// search finds nothing and is about to say "did you mean …?", so that no other run pays for it.
// The list is sorted (scripts/snapshot.ts) and searched as read: a Set of its 19,000 words took
// ~14 ms to build, most of a search that found nothing, to ask about a word or two.
import { readFileSync } from "node:fs";
import { sortedHasLine } from "../core/search/sorted.js";
import { distFile, isBundle } from "./dist-files.js";

let known: string | null | undefined;

/**
 * Whether `word` is an English word spelt right; false for every word when the list is missing
 * and this runs from the sources. From the build, a missing list is a broken install, said as
 * such (missing-build-file.ts), not searched without it.
 */
export function isEnglishWord(word: string): boolean {
  if (known === undefined) {
    try {
      known = readFileSync(distFile("english-words.txt"), "utf8");
    } catch (error) {
      if (isBundle && (error as NodeJS.ErrnoException).code === "ENOENT") throw error;
      known = null;
    }
  }
  return known ? sortedHasLine(known, word) : false;
}
