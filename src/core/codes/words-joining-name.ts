// `--code north carolina`: a name of several words typed unquoted after an option, which the
// shell gives the option's first word alone. Read as one name, not as the value and more
// arguments, where the words after it join it into a whole name (value-of-several-words.ts),
// and so when a hint gives it back (`list --code north carolina` is `list north-carolina`).
import type { Library } from "../../model.js";
import { findCode, longestNamingRun, mostCodeNameParts } from "./resolve.js";

/**
 * How many of `words`, from the first, join `name` into a whole name (one `names` knows, of at
 * most `mostParts` words): the most that do; none where no run of them does.
 */
export function wordsJoiningName(name: string, words: readonly string[], names: (name: string) => boolean, mostParts: number): number {
  const run = longestNamingRun([name, ...words], mostParts, (some) => names(some.join(" ")), 2);
  return Math.max(0, run - 1);
}

/** How many of `words` join the last code of a --code `value` (comma-separated) into a code's whole name: an id, alias, name or title. */
export function wordsJoiningCode(library: Library, value: string, words: readonly string[]): number {
  const last = value.split(",").at(-1)!.trim();
  return wordsJoiningName(last, words, (name) => findCode(library, name, ["exact"]).kind === "found", mostCodeNameParts(library));
}
