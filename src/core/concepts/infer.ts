// Concepts for the standards of a code nobody curated (one a user added), worked out two ways:
// a standard that says what a curated standard says (most of its meaningful words, by TF-IDF
// cosine) is about what that one is about — agencies often start from a published code; a
// standard like no curated one is about the concepts whose longer entry terms it uses (a single
// word proves little). Measured on the built-in codes, each inferred from the other four, this
// recovers the curated topics with precision and recall near 0.9 (test/core/concepts).
import type { Concept, Standard } from "../../model.js";
import { buildTermModel, cosineColumns, termVector, type CosineColumns, type TermModel } from "../compare/similarity.js";
import { standardContentStems, standardKeyOf, standardWords } from "../codes/standard-text.js";
import { compileTerms, contentStemsOf, isWordForWord, matchTerm, textSequence, type TermPhrase } from "./terms.js";

/** Cosine from which a curated standard is the same rule in other words. */
export const NEIGHBOUR_SIMILARITY = 0.5;

/** What inference compares a standard with: the curated standards, as vectors, and the concepts' telling terms. */
export interface InferenceModel {
  model: TermModel;
  vectors: CosineColumns;
  /** The concept ids of each curated standard, as `vectors` orders them. */
  tags: string[][];
  /** The code of each curated standard, in the same order. */
  codes: string[];
  /** Compiled on first use: a code drawn from a curated one (most are) never needs them. */
  phrases: () => { id: string; phrases: TermPhrase[] }[];
  order: Map<string, number>;
}

/** Terms that say something on their own: several meaningful words, or small words that fix the meaning. */
function tellingPhrases(concept: Concept): TermPhrase[] {
  return compileTerms([concept.name, ...concept.terms]).filter((phrase) => contentStemsOf(phrase).length > 1 || isWordForWord(phrase));
}

/** The stems of a standard's meaningful words, as text.ts terms() gives them. */
const termsOf = (standard: Standard): readonly string[] => standardContentStems(standard);

/** Made once for a library: `curated` are the standards the concept index tags. */
export function inferenceModel(curated: readonly Standard[], concepts: readonly Concept[]): InferenceModel {
  const tagsOf = new Map<string, string[]>();
  for (const concept of concepts) {
    for (const key of concept.standards) {
      const id = standardKeyOf(key);
      tagsOf.set(id, [...(tagsOf.get(id) ?? []), concept.id]);
    }
  }
  const tagged = curated.filter((standard) => tagsOf.has(standardKeyOf(standard)));
  const curatedTerms = tagged.map(termsOf);
  const model = buildTermModel(curatedTerms);
  let phrases: { id: string; phrases: TermPhrase[] }[] | undefined;
  return {
    model,
    vectors: cosineColumns(curatedTerms.map((each) => termVector(each, model))),
    tags: tagged.map((standard) => tagsOf.get(standardKeyOf(standard))!),
    codes: tagged.map((standard) => standard.code),
    phrases: () => (phrases ??= concepts.map((concept) => ({ id: concept.id, phrases: tellingPhrases(concept) }))),
    order: new Map(concepts.map((concept, at) => [concept.id, at])),
  };
}

/** Cosine of two standards in the same words (rounding aside). */
const SAME_WORDS = 1 - 1e-9;

/**
 * The concept ids of each of `standards`, in the concept index's order. `parent` is the code
 * theirs derives from (source.derivedFrom): a standard in the same words as one of the parent's
 * is about just what that one is about, not about its other neighbours' matters too, so that a
 * copy of a code compares with its original only where its wording does.
 */
export function inferConcepts(standards: readonly Standard[], inference: InferenceModel, parent?: string): string[][] {
  const columns = inference.vectors.count;
  const postings = inference.vectors.postings;
  // The parent's standards, found once for all rows rather than by comparing ids in each.
  const parentColumns: number[] = [];
  if (parent !== undefined) for (let column = 0; column < columns; column++) if (inference.codes[column] === parent) parentColumns.push(column);
  // One row of cosineAgainst's matrix at a time, summed in its order (so the same numbers), in
  // one buffer: a code's rows are compared and dropped. Its clamping to 1 is left out, as it
  // changes no comparison with a threshold of 1 or less.
  const similarity = new Float64Array(columns);
  const touched: number[] = [];
  return standards.map((standard) => {
    for (const column of touched) similarity[column] = 0;
    touched.length = 0;
    const vector = termWeights(termsOf(standard), inference.model);
    for (let term = 0; term < vector.terms.length; term++) {
      const list = postings.get(vector.terms[term]!);
      if (list === undefined) continue;
      const weight = vector.weights[term]!;
      const { columns: at, weights } = list;
      for (let index = 0; index < at.length; index++) {
        const column = at[index]!;
        if (similarity[column] === 0) touched.push(column);
        similarity[column] = similarity[column]! + weight * weights[index]!;
      }
    }
    const found = new Set<string>();
    for (const column of parentColumns) {
      if (similarity[column]! >= SAME_WORDS) for (const id of inference.tags[column]!) found.add(id);
    }
    if (found.size === 0) {
      for (const column of touched) {
        if (similarity[column]! >= NEIGHBOUR_SIMILARITY) for (const id of inference.tags[column]!) found.add(id);
      }
    }
    if (found.size === 0) {
      const sequence = textSequence(standardWords(standard));
      for (const concept of inference.phrases()) if (concept.phrases.some((phrase) => matchTerm(phrase, sequence) !== null)) found.add(concept.id);
    }
    return [...found].sort((a, b) => inference.order.get(a)! - inference.order.get(b)!);
  });
}

/** A standard's TF-IDF vector as similarity.ts termVector makes it (the same weights, in its order), in two arrays. */
export function termWeights(documentTerms: readonly string[], model: TermModel): { terms: string[]; weights: number[] } {
  const counts = new Map<string, number>();
  for (const term of documentTerms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const terms: string[] = [];
  const weights: number[] = [];
  const unseen = Math.log(1 + model.documents) + 1;
  let squared = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * (model.idf.get(term) ?? unseen);
    terms.push(term);
    weights.push(weight);
    squared += weight * weight;
  }
  const length = Math.sqrt(squared);
  if (length > 0) for (let at = 0; at < weights.length; at++) weights[at] = weights[at]! / length;
  return { terms, weights };
}
