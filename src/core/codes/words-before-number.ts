// Words people put between a section's name and its number, as handouts and habit cite one:
// "integrity standard 12", "conduct rule 4", "integrity no. 12", "values number 2". Read as a
// mark before the number is (`#12`, `§ 12`: ref.ts), but only where the words with the word
// name no section, so that a user's section titled "Rules" is read as typed: `x rules 3`.
import type { Code } from "../../model.js";
import type { NumberSelection } from "./ref.js";
import { findSection, slugify } from "./resolve.js";
import { nearest } from "../suggest.js";

/** The words, each also with an "s" (`standards 5-7`, `nos.`), as slugs: "No." is `no`. */
const WORDS_BEFORE_NUMBER = new Set(["standard", "section", "number", "no", "nr", "num", "rule", "item", "principle", "clause", "paragraph", "para", "point", "article"]);

/** Whether `word` is one people put before a number: "standard", "Rules", "No.", "nº". */
export function isWordBeforeNumber(word: string): boolean {
  const slug = slugify(word);
  return WORDS_BEFORE_NUMBER.has(slug) || (slug.endsWith("s") && WORDS_BEFORE_NUMBER.has(slug.slice(0, -1)));
}

/**
 * Whether `word` is one of them misspelt, or a word that sounds like one: "principal" for
 * "principle", "standrd". Read so only to say what was meant, not to read the number.
 */
export function isWordBeforeNumberMisspelt(word: string): boolean {
  return !isWordBeforeNumber(word) && nearest(slugify(word), [...WORDS_BEFORE_NUMBER]) !== undefined;
}

/**
 * A section's words (`rest`, after the code's name) without such a word before the number,
 * where the words with it name no section of `code`; `rest` as it is otherwise, and where no
 * number follows ("integrity standard" alone is no citation of a standard).
 */
export function withoutWordBeforeNumber(code: Code, rest: readonly string[], selection: NumberSelection | undefined): readonly string[] {
  if (selection === undefined || rest.length === 0 || !isWordBeforeNumber(rest.at(-1)!)) return rest;
  return findSection(code, rest.join(" ")).kind === "none" ? rest.slice(0, -1) : rest;
}
