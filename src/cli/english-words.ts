// The words of spoken English (dist/english-words.txt, written by the build): read only when a
// search finds nothing and is about to say "did you mean …?", so that no other run pays for it.
import { readFileSync } from "node:fs";
import { distFile } from "./dist-files.js";

let known: Set<string> | null | undefined;

/** Whether `word` is an English word spelt right; false for every word when the list is missing (run from the sources). */
export function isEnglishWord(word: string): boolean {
  if (known === undefined) {
    try {
      known = new Set(readFileSync(distFile("english-words.txt"), "utf8").split("\n"));
    } catch {
      known = null;
    }
  }
  return known?.has(word) ?? false;
}
