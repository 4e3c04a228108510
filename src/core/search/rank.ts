// Ranking: BM25 over stems for the plan's concepts, plus a boost for the standards curated under
// the topics the query names. Work follows the postings of the query's own stems.
import {
  documentCount,
  documentFrequency,
  documentLength,
  forEachPosting,
  lookup,
  type SearchIndex,
} from "./inverted-index.js";
import type { QueryPlan } from "./query.js";

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

/** A stem of an alternative, with the alternative's weight times the stem's inverse document frequency. */
interface WeighedStem {
  stem: string;
  packed: string;
  weight: number;
}

function bm25(index: SearchIndex, weight: number, document: number, frequency: number): number {
  const norm = 1 - B + (B * documentLength(index, document)) / index.averageLength;
  return (weight * frequency * (K1 + 1)) / (frequency + K1 * norm);
}

/**
 * Per document, the occurrences of a concept's stems and their sum weighted by each stem's
 * weight: a concept is one term whose frequency is that of all its stems together, weighing
 * their frequency-weighted mean.
 */
class Pool {
  readonly frequencies: Float64Array;
  readonly weighted: Float64Array;
  readonly documents: number[] = [];

  constructor(count: number) {
    this.frequencies = new Float64Array(count);
    this.weighted = new Float64Array(count);
  }

  add(document: number, frequency: number, weight: number): void {
    if (this.frequencies[document] === 0) this.documents.push(document);
    this.frequencies[document]! += frequency;
    this.weighted[document]! += frequency * weight;
  }

  /** Scores each document the pool holds, then empties it for the next concept. */
  drain(index: SearchIndex, visit: (document: number, value: number) => void): void {
    for (const document of this.documents) {
      const frequency = this.frequencies[document]!;
      visit(document, bm25(index, this.weighted[document]! / frequency, document, frequency));
      this.frequencies[document] = 0;
      this.weighted[document] = 0;
    }
    this.documents.length = 0;
  }
}

/**
 * A concept's alternatives as one term (as a search engine treats synonyms): a standard that
 * says supervision twice and supervisor once uses the concept three times, and one that uses
 * several of a topic's words is more about the topic than one that uses one of them. A stem
 * counts once per standard, however many alternatives have it; a phrase's stems count only in
 * the standards that use all of them.
 */
function poolConcept(alternatives: readonly WeighedStem[][], wanted: (document: number) => boolean, pool: Pool): void {
  const single = new Map<string, WeighedStem>();
  for (const [only, ...rest] of alternatives) {
    if (only === undefined || rest.length > 0) continue;
    const before = single.get(only.stem);
    if (before === undefined || only.weight > before.weight) single.set(only.stem, only);
  }
  for (const { packed, weight } of single.values()) {
    forEachPosting(packed, (document, frequency) => {
      if (wanted(document)) pool.add(document, frequency, weight);
    });
  }
  const phrases = alternatives.filter((parts) => parts.length > 1 && parts.some((part) => !single.has(part.stem)));
  // A stem that several phrases have counts once in a standard that uses them all.
  const phrasesWith = new Map<string, number>();
  for (const parts of phrases) for (const { stem } of parts) phrasesWith.set(stem, (phrasesWith.get(stem) ?? 0) + 1);
  const counted = new Map<string, Set<number>>();
  for (const [stem, phraseCount] of phrasesWith) if (phraseCount > 1 && !single.has(stem)) counted.set(stem, new Set());
  for (const parts of phrases) {
    // Only the standards of its rarest word can use every word of a phrase: the candidates, in
    // document order, that the other words' postings are walked along. Each candidate has a
    // slot of one frequency per word.
    const ordered = [...parts].sort((a, b) => documentFrequency(a.packed) - documentFrequency(b.packed));
    const width = ordered.length;
    const candidates: number[] = [];
    const frequencies: number[] = [];
    forEachPosting(ordered[0]!.packed, (document, frequency) => {
      if (!wanted(document)) return;
      candidates.push(document);
      frequencies.push(frequency);
      for (let at = 1; at < width; at++) frequencies.push(0);
    });
    for (let at = 1; at < width && candidates.length > 0; at++) {
      let slot = 0;
      forEachPosting(ordered[at]!.packed, (document, frequency) => {
        while (slot < candidates.length && candidates[slot]! < document) slot++;
        if (slot === candidates.length) return false;
        if (candidates[slot] === document) frequencies[slot * width + at] = frequency;
      });
    }
    candidates.forEach((document, slot) => {
      const start = slot * width;
      for (let at = 0; at < width; at++) if (frequencies[start + at] === 0) return;
      ordered.forEach((part, at) => {
        if (single.has(part.stem)) return;
        const seen = counted.get(part.stem);
        if (seen?.has(document)) return;
        seen?.add(document);
        pool.add(document, frequencies[start + at]!, part.weight);
      });
    });
  }
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
    const alternatives: WeighedStem[][] = [];
    for (const alternative of concept.alternatives) {
      const parts = alternative.stems.map((stemmed) => ({ stem: stemmed, packed: lookup(index.postings, stemmed) }));
      if (parts.some(({ packed }) => packed === undefined)) continue;
      alternatives.push(
        parts.map(({ stem, packed }) => ({ stem, packed: packed!, weight: alternative.weight * inverseFrequency(count, documentFrequency(packed!)) })),
      );
    }
    const heaviest = Math.max(0, ...alternatives.flat().map((part) => part.weight));
    /** BM25's term-frequency factor stays below K1 + 1, and a pool weighs at most its heaviest stem. */
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

  const pool = new Pool(count);
  let toCome = concepts.reduce((sum, concept) => sum + concept.upperBound, 0);
  for (const concept of concepts) {
    const open = toCome >= lowestOfBest(totals, limit);
    toCome -= concept.upperBound;
    poolConcept(concept.alternatives, (document) => (open || totals.values[document] !== 0) && inScope(document), pool);
    pool.drain(index, add);
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
