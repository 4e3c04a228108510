// A word said twice in a row, as dictation takes down a stutter or a restart ("alaska alaska
// conduct 4", "conduct conduct 4"). Read as typed, the doubled code was two references (the
// whole of Alaska, then its Conduct 4) and the doubled section no section at all.
import { slugify } from "./resolve.js";

/** `words` with each word said again right after itself read once; `words` where none is. */
export function withoutWordsSaidTwice(words: readonly string[]): readonly string[] {
  const kept = words.filter((word, at) => at === 0 || slugify(word) === "" || slugify(word) !== slugify(words[at - 1]!));
  return kept.length === words.length ? words : kept;
}
