// Whether what was typed is English spelt right, and so meant as typed: a name a few letters
// from it ("nice": north-carolina, "rope": hope, "love": loan) is another thing, not the one
// a slip of the keys was aiming at, and "did you mean …?" offers it to nobody.
import { words } from "./text.js";
import { englishWordCheck } from "./word-check.js";

/** Whether every word of `input` (there is one at least) is English spelt right. */
export function speltRight(input: string, isWord: (word: string) => boolean = englishWordCheck()): boolean {
  const typed = words(input);
  return typed.length > 0 && typed.every(isWord);
}
