// Words written together that the concept index writes apart or hyphenated ("selfcare" for
// self-care, "selfdisclosure", "socialmedia"): a word nothing else explains (no standard or entry
// term uses it, and it is no slip of one) that is two adjacent words of an entry term, end to end,
// is read as those two words, as a search engine splits compounds. The pair must be an entry
// term's: "everybody" is not read as every + body, though the codes use both words. A word that
// splits into two such pairs is left as it is.
import { stem, STOP_WORDS } from "../text.js";
import { termAt, termsUsing, type TermIndex } from "./term-index.js";

/** Shorter parts join too much by chance (written-apart.ts joins none either). */
export const MIN_PART_LENGTH = 3;

/** The two words that `word` is, end to end, if exactly one split of it is two adjacent words of a term of `terms`. */
export function splitCompound(word: string, terms: TermIndex): [string, string] | undefined {
  let found: [string, string] | undefined;
  for (let at = MIN_PART_LENGTH; at <= word.length - MIN_PART_LENGTH; at++) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    if (STOP_WORDS.has(first) || STOP_WORDS.has(second) || !termHasPair(terms, stem(first), stem(second))) continue;
    if (found) return undefined;
    found = [first, second];
  }
  return found;
}

/** Whether a term uses these two meaningful stems one right after the other. */
function termHasPair(terms: TermIndex, first: string, second: string): boolean {
  return termsUsing(terms, first).some((number) => {
    const { words, stop } = termAt(terms, number).phrase;
    return words.some((stemmed, at) => stemmed === first && words[at + 1] === second && !stop[at] && !stop[at + 1]);
  });
}
