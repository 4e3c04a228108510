// How alike two standards are: TF-IDF vectors over word stems (core/text.ts terms), compared by
// cosine. A score a reader can check by hand: shared meaningful words count, rare words count
// more than words every standard uses ("peer", "support"), and length does not.

/** A unit-length TF-IDF vector: stem → weight. */
export type TermVector = ReadonlyMap<string, number>;

export interface TermModel {
  /** Inverse document frequency of every stem seen in the documents the model was built on. */
  idf: ReadonlyMap<string, number>;
  /** Number of documents the model was built on. */
  documents: number;
}

/**
 * IDF over a set of documents: ln((1 + N) / (1 + df)) + 1, the smoothed form, so that a stem in
 * every document still weighs a little and none weighs zero or divides by zero.
 */
export function buildTermModel(documents: readonly (readonly string[])[]): TermModel {
  const documentFrequency = new Map<string, number>();
  for (const documentTerms of documents) {
    for (const term of new Set(documentTerms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = documents.length;
  const idf = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) idf.set(term, Math.log((1 + total) / (1 + frequency)) + 1);
  return { idf, documents: total };
}

/** Weight of a stem the model has not seen: as rare as a stem can be. */
function unseenIdf(model: TermModel): number {
  return Math.log(1 + model.documents) + 1;
}

/** termList as a Map, term → weight, in the same order. */
export function termVector(documentTerms: readonly string[], model: TermModel): TermVector {
  const { terms, weights } = termList(documentTerms, model, new Map());
  return new Map(terms.map((term, at) => [term, weights[at]!]));
}

/** Cosine of two unit vectors, 0 (no meaningful word in common) … 1 (same words, same weights). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return Math.min(1, dot);
}

/** Vectors laid out by word, to be compared with many rows: see cosineAgainst. */
export interface CosineColumns {
  count: number;
  /** term → the columns that have it and its weight in each, in two flat arrays. */
  postings: ReadonlyMap<string, { columns: Int32Array; weights: Float64Array }>;
}

export function cosineColumns(vectors: readonly TermVector[]): CosineColumns {
  const lists = new Map<string, { columns: number[]; weights: number[] }>();
  vectors.forEach((vector, column) => {
    for (const [term, weight] of vector) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { columns: [], weights: [] }));
      list.columns.push(column);
      list.weights.push(weight);
    }
  });
  const postings = new Map<string, { columns: Int32Array; weights: Float64Array }>();
  for (const [term, list] of lists) postings.set(term, { columns: Int32Array.from(list.columns), weights: Float64Array.from(list.weights) });
  return { count: vectors.length, postings };
}

/**
 * Cosine of every vector of `rows` with every column, row-major (matrix[row * count + column]).
 * Walks a posting list per word instead of comparing every pair, so two codes of a hundred
 * standards take well under a millisecond; columns laid out once serve every later call.
 */
export function cosineAgainst(rows: readonly TermVector[], columns: CosineColumns): Float64Array {
  const count = columns.count;
  const matrix = new Float64Array(rows.length * count);
  rows.forEach((vector, row) => {
    const offset = row * count;
    for (const [term, weight] of vector) {
      const list = columns.postings.get(term);
      if (list === undefined) continue;
      const { columns: at, weights } = list;
      for (let index = 0; index < at.length; index++) matrix[offset + at[index]!]! += weight * weights[index]!;
    }
    for (let column = 0; column < count; column++) matrix[offset + column] = Math.min(1, matrix[offset + column]!);
  });
  return matrix;
}

/** A term vector as two lists, term and weight, in the same order: what cosineRowInto walks. */
export interface TermList {
  terms: string[];
  weights: number[];
}

/**
 * A document's distinct terms, in the order they first occur, each weighed by its sublinear term
 * frequency (1 + ln tf: a word said three times, "adults, young adults and older adults", counts
 * more than once, but not three times as much) times its IDF, the weights scaled to a unit
 * vector. Two lists rather than Maps: inference makes one for each standard of a user's code,
 * and two Maps each (counts, weights) were most of its making. `positions` is a Map used again
 * from call to call (cleared here).
 */
export function termList(documentTerms: readonly string[], model: TermModel, positions: Map<string, number>): TermList {
  positions.clear();
  const terms: string[] = [];
  const counts: number[] = [];
  for (const term of documentTerms) {
    const at = positions.get(term);
    if (at === undefined) {
      positions.set(term, terms.length);
      terms.push(term);
      counts.push(1);
    } else counts[at]!++;
  }
  const weights = new Array<number>(terms.length);
  let squared = 0;
  for (let at = 0; at < terms.length; at++) {
    const weight = (1 + Math.log(counts[at]!)) * (model.idf.get(terms[at]!) ?? unseenIdf(model));
    weights[at] = weight;
    squared += weight * weight;
  }
  const length = Math.sqrt(squared);
  if (length > 0) for (let at = 0; at < weights.length; at++) weights[at] = weights[at]! / length;
  return { terms, weights };
}

/**
 * One row of cosineAgainst (the row's vector as a TermList), before its values are capped at 1,
 * summed into `row` (`columns.count` long, zero where nothing was summed yet); each column summed
 * into for the first time is pushed to `touched` (a column whose sum stays zero may be pushed
 * again). Only the columns sharing a word with the vector are walked: a row of a user's standard
 * against the ~260 curated ones shares words with a few dozen, and a whole matrix per code (~230
 * KB at 108 standards) was most of what inference left to the collector.
 */
export function cosineRowInto(vector: TermList, columns: CosineColumns, row: Float64Array, touched: number[]): void {
  for (let term = 0; term < vector.terms.length; term++) {
    const weight = vector.weights[term]!;
    const list = columns.postings.get(vector.terms[term]!);
    if (list === undefined) continue;
    const { columns: at, weights } = list;
    for (let index = 0; index < at.length; index++) {
      const column = at[index]!;
      if (row[column] === 0) touched.push(column);
      row[column] = row[column]! + weight * weights[index]!;
    }
  }
}

/** Cosine of every vector of `rows` with every vector of `columns` (see cosineAgainst). */
export function cosineMatrix(rows: readonly TermVector[], columns: readonly TermVector[]): Float64Array {
  return cosineAgainst(rows, cosineColumns(columns));
}

/** The distinct stems of a text with their IDF weights, for repeated containment tests. */
export interface WeightedTerms {
  terms: string[];
  weights: number[];
  total: number;
}

export function weighTerms(part: readonly string[], model: TermModel): WeightedTerms {
  const terms = [...new Set(part)];
  const weights = terms.map((term) => model.idf.get(term) ?? unseenIdf(model));
  return { terms, weights, total: weights.reduce((sum, weight) => sum + weight, 0) };
}

/** The IDF-weighted share of part's distinct stems that are in `whole`. */
export function coveredShare(part: WeightedTerms, whole: ReadonlySet<string>): number {
  let found = 0;
  part.terms.forEach((term, index) => {
    if (whole.has(term)) found += part.weights[index]!;
  });
  return part.total === 0 ? 0 : found / part.total;
}

/**
 * How much of `part` is found in `whole`: the IDF-weighted share of part's distinct stems that
 * whole also uses. 1 when every meaningful word of part reappears in whole, however long whole is;
 * this is what tells a standard folded into a longer one.
 */
export function containment(part: readonly string[], whole: ReadonlySet<string>, model: TermModel): number {
  return coveredShare(weighTerms(part, model), whole);
}
