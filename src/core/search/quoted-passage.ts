// A passage pasted from a code ("Never engage in romantic or sexual/intimate activities with the
// persons engaging in services.") asks whose words they are: an investigator or a trainer quoting
// a code must cite the code that says it. Other codes' near-copies share the passage's matter and
// most of its words, so the evidence ties them with it or puts one of them first; the words in
// their order tell them apart, as a search engine's phrase match does. A standard that holds a run
// of the query's words, word for word, making up most of a query of several words, goes before
// the others, the longest run first. Only the order moves: what counts as an answer is still
// judged on the query's own evidence (`scores.own`).
import type { Standard } from "../../model.js";
import { standardWords } from "../codes/standard-text.js";
import { words } from "../text.js";
import { best, type Scores } from "./rank.js";

/** Fewer words are a question or a phrase, which the evidence ranks: no passage. */
const MIN_PASSAGE_WORDS = 6;
/** The run held word for word must be at least this share of the query's words. */
const PASSAGE_SHARE = 0.6;
/** The candidates read for a run: a passage's own standard is among the first by its words. */
const PASSAGE_CANDIDATES = 50;

/** The length of the longest run of `query`'s words that `text` has, word for word and in order. */
export function longestRun(query: readonly string[], text: readonly string[]): number {
  let longest = 0;
  let previous = new Array<number>(text.length + 1).fill(0);
  for (const word of query) {
    const current = new Array<number>(text.length + 1).fill(0);
    for (let at = 0; at < text.length; at++) {
      if (text[at] !== word) continue;
      current[at + 1] = previous[at]! + 1;
      if (current[at + 1]! > longest) longest = current[at + 1]!;
    }
    previous = current;
  }
  return longest;
}

/** Puts the standards that quote the query first, the longest quotation first (see the top of the file). */
export function putQuotedFirst(query: string, scores: Scores, standardOf: (document: number) => Standard): void {
  const asked = words(query);
  if (asked.length < MIN_PASSAGE_WORDS) return;
  const needed = Math.max(MIN_PASSAGE_WORDS, Math.ceil(PASSAGE_SHARE * asked.length));
  const quoting = best(scores, PASSAGE_CANDIDATES)
    .map((document) => {
      const text = words(standardWords(standardOf(document)));
      const run = longestRun(asked, text);
      return { document, run, share: run / text.length };
    })
    .filter(({ run }) => run >= needed);
  if (quoting.length === 0) return;
  // The longest quotation first; of equal ones, the standard the passage is more of (the whole of
  // "Take responsibility for voicing their own needs and feelings." before a longer standard that
  // begins so); then as the evidence ranked them (best's order, kept by a stable sort).
  quoting.sort((a, b) => b.run - a.run || b.share - a.share);
  scores.own ??= scores.values.slice();
  let top = 0;
  for (const document of scores.documents) top = Math.max(top, scores.values[document]!);
  quoting.forEach(({ document }, at) => (scores.values[document] = top + quoting.length - at));
}
