// Whether words name a section of a code as they would after its name: by the section's id,
// title or an unambiguous prefix (resolve.ts), with a number written onto the last word or
// not (`integrity12`, `integrity-12`). target/named-before.ts asks it of a section named without its code
// after another reference, to read it in the code named last.
import type { Code } from "../../model.js";
import { findSection, longestNamingRun, mostSectionNameParts } from "./resolve.js";

/** A number written onto a name's last letter, as `integrity-12` and `integrity12` are: the name and the number. */
export const GLUED_NUMBER = /^(.*\p{L})-?(\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)$/u;

/** The word as a name: a number written onto it left off. */
export const withoutGluedNumber = (word: string): string => GLUED_NUMBER.exec(word)?.[1] ?? word;

/** Whether `words`, a number written onto the last left off or not, name a section (or the values) of `code`. */
export function namesSectionOf(code: Code, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const asNamed = (some: readonly string[]) => findSection(code, some.join(" ")).kind === "found";
  return asNamed(words) || asNamed([...words.slice(0, -1), withoutGluedNumber(words.at(-1)!)]);
}

/** Whether the first of `words` name a section (or the values) of `code` (see namesSectionOf). */
export function opensWithSectionOf(code: Code, words: readonly string[]): boolean {
  return longestNamingRun(words, mostSectionNameParts(code), (some) => namesSectionOf(code, some)) > 0;
}
