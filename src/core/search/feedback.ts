// Pseudo-relevance feedback (RM3, as search engines use it): the first answers say, in the codes'
// own words, what the query is about. Their words that several of them share and few standards
// use are added to the query at a small weight and the candidates scored again, so a standard
// that says the same matter in words the query did not use ("self-determination" for "what I'd
// do if I were her") climbs among them. It only reorders candidates already found: a standard
// the query did not reach stays out, and coverage (what a hit answers of the query) is unchanged.
// The first answer stays the one the query's own evidence chose, unless that evidence tied it with
// others: then feedback, not library order, chooses among them.
import type { Standard } from "../../model.js";
import { standardContentWords } from "../codes/standard-text.js";
import { stem } from "../text.js";
import { documentCount, documentFrequency, forEachPosting, lookup, type SearchIndex } from "./inverted-index.js";
import type { QueryPlan } from "./query.js";
import { inverseFrequency } from "./idf.js";
import { bm25, rankAnswers, type Scores } from "./rank.js";

/** The first answers read for feedback: enough to see what they share, few enough to stay on the matter. */
const FEEDBACK_DOCUMENTS = 5;
/** A feedback word must be used by at least this many of them: one standard's incidental word says nothing. */
const FEEDBACK_MIN_SHARED = 2;
/** Feedback words added to the query, at most. */
const FEEDBACK_WORDS = 10;
/**
 * The feedback words together weigh this share of the query's own weight: they say what the
 * answers are about, not what was asked, so they order the candidates without outvoting it.
 */
export const FEEDBACK_WEIGHT = 0.5;

export function applyFeedback(index: SearchIndex, plan: QueryPlan, scores: Scores, standardOf: (document: number) => Standard): void {
  const { answers } = rankAnswers(plan, scores, FEEDBACK_DOCUMENTS);
  if (answers.length < FEEDBACK_MIN_SHARED) return;
  const asked = new Set<string>();
  for (const word of plan.words) for (const stemmed of word.standsFor) asked.add(stemmed);
  const top = scores.values[answers[0]!]!;
  const relevance = new Map<string, number>();
  const sharedBy = new Map<string, number>();
  for (const document of answers) {
    const stems = standardContentWords(standardOf(document)).map(stem);
    const share = scores.values[document]! / top / stems.length;
    const seen = new Set<string>();
    for (const stemmed of stems) {
      if (asked.has(stemmed)) continue;
      relevance.set(stemmed, (relevance.get(stemmed) ?? 0) + share);
      if (!seen.has(stemmed)) sharedBy.set(stemmed, (sharedBy.get(stemmed) ?? 0) + 1), seen.add(stemmed);
    }
  }
  const total = documentCount(index);
  const chosen: { packed: string; value: number }[] = [];
  for (const [stemmed, value] of relevance) {
    if (sharedBy.get(stemmed)! < FEEDBACK_MIN_SHARED) continue;
    const packed = lookup(index.postings, stemmed);
    if (packed === undefined) continue;
    chosen.push({ packed, value: value * inverseFrequency(total, documentFrequency(packed)) });
  }
  chosen.sort((a, b) => b.value - a.value);
  chosen.length = Math.min(chosen.length, FEEDBACK_WORDS);
  const sum = chosen.reduce((all, word) => all + word.value, 0);
  if (sum === 0) return;
  const isCandidate = new Uint8Array(total);
  for (const document of scores.documents) isCandidate[document] = 1;
  const first = answers[0]!;
  scores.own = scores.values.slice();
  for (const { packed, value } of chosen) {
    const weight = (FEEDBACK_WEIGHT * plan.totalWeight * value) / sum;
    forEachPosting(packed, (document, frequency) => {
      if (isCandidate[document] === 1) scores.values[document]! += bm25(index, weight, document, frequency);
    });
  }
  // The query's own evidence chose the first answer; feedback only reorders those after it. Where
  // that evidence could not choose (answers equal on it, which library order would settle),
  // feedback chooses among them.
  const own = scores.own;
  let chosenFirst = first;
  for (const document of answers) {
    if (own[document] === own[first] && scores.values[document]! > scores.values[chosenFirst]!) chosenFirst = document;
  }
  let rival = 0;
  for (const document of scores.documents) if (document !== chosenFirst) rival = Math.max(rival, scores.values[document]!);
  if (rival >= scores.values[chosenFirst]!) scores.values[chosenFirst] = rival * (1 + 1e-9);
}
