// Ranking: BM25 over stems for the plan's concepts, plus a boost for the standards curated under
// the topics the query names. Work follows the postings of the query's own stems.
import {
  documentCount,
  documentFrequency,
  documentLength,
  forEachPosting,
  lookup,
  type SearchIndex,
} from "./search-index.js";
import type { QueryPlan } from "./search-query.js";

/** BM25's usual constants: how fast repeats stop counting, how much length dilutes a match. */
const K1 = 1.2;
const B = 0.5;
/**
 * A standard curated under the topic the query names scores this share of the weight of the
 * query words that named the topic (a phrase weighs as its heaviest word), on top of what its
 * own words score: enough to put the standards about gifts above "skills, gifts, and talents",
 * not enough to bury an exact match of the rest of the query.
 */
const TOPIC_BOOST = 1;

function inverseFrequency(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

/** Scores by document, and the documents that have one, so that work follows the candidates. */
export interface Scores {
  values: Float64Array;
  documents: number[];
}

/** An alternative's stems, each with the alternative's weight times the stem's inverse document frequency. */
type WeighedAlternative = { packed: string; weight: number }[];

/** What an alternative is worth at most per unit of BM25's term-frequency factor: a phrase, its words' mean. */
function alternativeWeight(parts: WeighedAlternative): number {
  return parts.reduce((sum, part) => sum + part.weight, 0) / parts.length;
}

function bm25(index: SearchIndex, weight: number, document: number, frequency: number): number {
  const norm = 1 - B + (B * documentLength(index, document)) / index.averageLength;
  return (weight * frequency * (K1 + 1)) / (frequency + K1 * norm);
}

/**
 * BM25 over the plan's concepts, plus the topic boosts. Concepts are scored heaviest first; once
 * the weight still to come could not lift a standard that has no score yet into the first
 * `limit`, the remaining (common) words only add to the standards already found, which is what
 * keeps "peers" in "accept gifts from peers" from making every standard a candidate (MaxScore).
 */
export function score(index: SearchIndex, plan: QueryPlan, limit: number, inScope: (document: number) => boolean): Scores {
  const count = documentCount(index);
  const totals: Scores = { values: new Float64Array(count), documents: [] };
  const add = (document: number, value: number) => {
    if (value <= 0) return;
    if (totals.values[document] === 0) totals.documents.push(document);
    totals.values[document]! += value;
  };
  const concepts = plan.concepts.map((concept) => {
    const alternatives: WeighedAlternative[] = [];
    for (const alternative of concept.alternatives) {
      const parts = alternative.stems.map((stemmed) => lookup(index.postings, stemmed));
      if (parts.some((packed) => packed === undefined)) continue;
      alternatives.push(parts.map((packed) => ({ packed: packed!, weight: alternative.weight * inverseFrequency(count, documentFrequency(packed!)) })));
    }
    const heaviest = Math.max(0, ...alternatives.map(alternativeWeight));
    /** BM25's term-frequency factor stays below K1 + 1. */
    return { source: concept.source, alternatives, heaviest, upperBound: heaviest * (K1 + 1) };
  });
  concepts.sort((a, b) => b.upperBound - a.upperBound);

  // A word known only as a topic's synonym ("dating") is as rare as a word can be.
  const unseen = inverseFrequency(count, 0);
  const conceptWeight = new Map(concepts.map((concept) => [concept.source, concept.heaviest]));
  for (const { topic, covered } of plan.topics) {
    const boost = TOPIC_BOOST * covered.reduce((sum, run) => sum + Math.max(...run.map((word) => conceptWeight.get(word) ?? unseen)), 0);
    for (const document of topic.documents) if (inScope(document)) add(document, boost);
  }

  // A concept scores its best alternative only: "supervisor" must not count twice in a standard
  // that says both supervision and supervisor.
  const conceptBest: Scores = { values: new Float64Array(count), documents: [] };
  const offer = (document: number, value: number) => {
    if (value <= 0) return;
    const before = conceptBest.values[document]!;
    if (before === 0) conceptBest.documents.push(document);
    if (value > before) conceptBest.values[document] = value;
  };
  let toCome = concepts.reduce((sum, concept) => sum + concept.upperBound, 0);
  for (const concept of concepts) {
    const open = toCome >= lowestOfBest(totals, limit);
    toCome -= concept.upperBound;
    const wanted = (document: number) => (open || totals.values[document] !== 0) && inScope(document);
    for (const parts of concept.alternatives) {
      if (parts.length === 1) {
        const { packed, weight } = parts[0]!;
        forEachPosting(packed, (document, frequency) => {
          if (wanted(document)) offer(document, bm25(index, weight, document, frequency));
        });
        continue;
      }
      // A phrase: the standards that use every one of its words, worth their mean. Only those
      // of its rarest word can, so they are the candidates the other words are checked against.
      const [rarest, ...others] = [...parts].sort((a, b) => documentFrequency(a.packed) - documentFrequency(b.packed));
      const found = new Map<number, { words: number; sum: number }>();
      forEachPosting(rarest!.packed, (document, frequency) => {
        if (wanted(document)) found.set(document, { words: 1, sum: bm25(index, rarest!.weight, document, frequency) });
      });
      for (const { packed, weight } of others) {
        forEachPosting(packed, (document, frequency) => {
          const so = found.get(document);
          if (so === undefined) return;
          so.words++;
          so.sum += bm25(index, weight, document, frequency);
        });
      }
      for (const [document, { words, sum }] of found) if (words === parts.length) offer(document, sum / parts.length);
    }
    for (const document of conceptBest.documents) {
      add(document, conceptBest.values[document]!);
      conceptBest.values[document] = 0;
    }
    conceptBest.documents.length = 0;
  }
  return totals;
}

/** The `limit` best documents, best first; equal scores in library order, so results never depend on map order. */
export function best(scores: Scores, limit: number): number[] {
  const { values } = scores;
  const outranks = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && a < b);
  const ranked: number[] = [];
  for (const document of scores.documents) {
    if (ranked.length === limit && !outranks(document, ranked[limit - 1]!)) continue;
    let at = ranked.length;
    while (at > 0 && outranks(document, ranked[at - 1]!)) at--;
    ranked.splice(at, 0, document);
    if (ranked.length > limit) ranked.pop();
  }
  return ranked;
}

/** The score a standard must beat to enter the first `limit`: 0 until there are that many. */
function lowestOfBest(scores: Scores, limit: number): number {
  if (scores.documents.length < limit) return 0;
  return scores.values[best(scores, limit)[limit - 1]!]!;
}
