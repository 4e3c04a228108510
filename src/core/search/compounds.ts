// Words written together that the concept index writes apart or hyphenated ("selfcare" for
// self-care, "selfdisclosure", "socialmedia"): a word nothing else explains (no standard or entry
// term uses it, and it is no slip of one) that is two adjacent words of an entry term, end to end,
// is read as those two words, as a search engine splits compounds. The pair must be an entry
// term's: "everybody" is not read as every + body, though the codes use both words. A word that
// splits into two such pairs is left as it is.
import { stem, STOP_WORDS } from "../text.js";

/** Shorter parts join too much by chance. */
const MIN_PART_LENGTH = 3;

/**
 * The two words that `word` is, end to end, if exactly one split of it is two adjacent words of
 * a term in `phrases` (TermIndex.phrases: terms joined by "|", their words' stems by spaces,
 * small words marked "~", which never count here).
 */
export function splitCompound(word: string, phrases: string): [string, string] | undefined {
  let found: [string, string] | undefined;
  for (let at = MIN_PART_LENGTH; at <= word.length - MIN_PART_LENGTH; at++) {
    const first = word.slice(0, at);
    const second = word.slice(at);
    if (STOP_WORDS.has(first) || STOP_WORDS.has(second) || !hasAdjacent(phrases, `${stem(first)} ${stem(second)}`)) continue;
    if (found) return undefined;
    found = [first, second];
  }
  return found;
}

/** Whether `pair` is in `phrases` as whole words. */
function hasAdjacent(phrases: string, pair: string): boolean {
  for (let at = phrases.indexOf(pair); at >= 0; at = phrases.indexOf(pair, at + 1)) {
    const before = at === 0 ? "|" : phrases[at - 1];
    const after = at + pair.length === phrases.length ? "|" : phrases[at + pair.length];
    if ((before === " " || before === "|") && (after === " " || after === "|")) return true;
  }
  return false;
}
