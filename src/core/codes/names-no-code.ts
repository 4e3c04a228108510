// ETHICS_CODE's reading of `show` (cli/default-codes.ts): words that name no code are read in
// the one code the variable names, as if typed after it. Where that reading finds nothing
// either, the words' own message was said, read without the code: "'40' has no code before
// it" (a usage error) or "no code 'integrity'" for `show integrity 40` under Medi-Cal's, where
// `show medi-cal integrity 40` says "Medi-Cal Integrity has no 40". What the words name decides
// whose message it is.
import type { Code, Library } from "../../model.js";
import { isEthicsError } from "../errors.js";
import { readCitedRuns } from "./printed-citation.js";
import { NoCodeBefore, parseTokens, type Reference } from "./ref.js";
import { spelledNumber } from "./spelled-numbers.js";
import { findCode, findSection, hasNearSection, longestNamingRun, mostCodeNameParts, mostSectionNameParts, slugify, suggestCode } from "./resolve.js";
import { codeAfterNumber, codeNamedLast } from "./target/code-last.js";
import { namesCodeExactly } from "./target/code-named.js";
import { refuseDanglingJoiner, refuseDoubledJoiner } from "./target/joiners.js";
import { readTokensIn } from "./target/tokens-read.js";
import { NAMES_OF_VALUES } from "./target/section.js";

/** The first reference the words make, or whether numbers come first and a code after them (`12 wi`). */
function firstReference(library: Library, argv: readonly string[]): { first: Reference; next?: Reference } | { numbersFirst: { codeAfter: boolean } } {
  const tokens = readTokensIn(library, argv);
  const cited = readCitedRuns(library, tokens);
  // A printed citation opens with its code's name.
  if (cited[0]?.start === 0) return { numbersFirst: { codeAfter: true } };
  refuseDanglingJoiner(library, tokens, cited);
  refuseDoubledJoiner(tokens, cited);
  try {
    const [first, next] = parseTokens(tokens);
    return { first: first!, ...(next !== undefined && { next }) };
  } catch (error) {
    if (!(error instanceof NoCodeBefore) || error.at !== 0) throw error;
    return { numbersFirst: { codeAfter: codeAfterNumber(library, tokens, error) !== undefined } };
  }
}

/** Whether the first of `words` name a section or the values of `code`: whole, by a prefix, or as a slip of one. */
function namesPlaceOf(code: Code, words: readonly string[]): boolean {
  const name = words.join(" ");
  if (NAMES_OF_VALUES.has(slugify(name)) || hasNearSection(code, name)) return true;
  return longestNamingRun(words, mostSectionNameParts(code), (some) => findSection(code, some.join(" ")).kind !== "none") > 0;
}

/**
 * Whether the first of `words` name a code by a prefix, or are a slip of a code's name; not a
 * number in words (`iii`, `twelve`), near as it may be to a short name (`wi`).
 */
function namesCodeLoosely(library: Library, words: readonly string[]): boolean {
  const namesLoosely = (name: string) => findCode(library, name).kind !== "none" || (spelledNumber(name.normalize("NFKC")) === undefined && suggestCode(library, name) !== undefined);
  return longestNamingRun(words, mostCodeNameParts(library), (some) => namesLoosely(some.join(" "))) > 0;
}

/**
 * Whether the words after `show` name no code of their own, so that their reading in `code`
 * speaks for them, its errors too: numbers first with no code after them (`40`, `1-40`), or a
 * first reference that names a place of `code` (`integrity 40`, `integrty 4`, a slip; `conduct
 * 40` under Alaska's, though "conduct" begins a word of Wisconsin's title) or nothing at all.
 * Not where it names a code by name, after its number (`12 wi`, `integrity 12 medi-cal`), by a
 * prefix or a slip of one, nor where the words are no reference whatever the code (a joiner
 * with nothing after it): their own message says what is wrong with them.
 */
export function namesNoCode(library: Library, argv: readonly string[], code: Code): boolean {
  let read: ReturnType<typeof firstReference>;
  try {
    read = firstReference(library, argv);
  } catch (error) {
    if (isEthicsError(error)) return false;
    throw error;
  }
  if ("numbersFirst" in read) return !read.numbersFirst.codeAfter;
  const { first, next } = read;
  if (first.codeWords !== undefined || namesCodeExactly(library, first)) return false;
  if (codeNamedLast(library, first, next && { reference: next }) !== undefined) return false;
  return namesPlaceOf(code, first.words) || !namesCodeLoosely(library, first.words);
}
