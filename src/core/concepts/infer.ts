// Concepts for the standards of a code nobody curated (one a user added), worked out two ways:
// a standard that says what a curated standard says (most of its meaningful words, by TF-IDF
// cosine) is about what that one is about — agencies often start from a published code; a
// standard like no curated one is about the concepts whose longer entry terms it uses (a single
// word proves little). Measured on the built-in codes, each inferred from the other four, this
// recovers the curated topics with precision and recall near 0.9 (test/core/concepts).
import type { Concept, Standard } from "../../model.js";
import { buildTermModel, cosineAgainst, cosineColumns, termVector, type CosineColumns, type TermModel } from "../compare/similarity.js";
import { standardContentWords, standardKeyOf, standardWords } from "../codes/standard-text.js";
import { stem } from "../text.js";
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
const termsOf = (standard: Standard): string[] => standardContentWords(standard).map(stem);

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
  const own = standards.map((standard) => termVector(termsOf(standard), inference.model));
  const similarity = cosineAgainst(own, inference.vectors);
  const columns = inference.vectors.count;
  return standards.map((standard, row) => {
    const found = new Set<string>();
    if (parent !== undefined) {
      for (let column = 0; column < columns; column++) {
        if (inference.codes[column] === parent && similarity[row * columns + column]! >= SAME_WORDS) for (const id of inference.tags[column]!) found.add(id);
      }
    }
    if (found.size === 0) {
      for (let column = 0; column < columns; column++) {
        if (similarity[row * columns + column]! >= NEIGHBOUR_SIMILARITY) for (const id of inference.tags[column]!) found.add(id);
      }
    }
    if (found.size === 0) {
      const sequence = textSequence(standardWords(standard));
      for (const concept of inference.phrases()) if (concept.phrases.some((phrase) => matchTerm(phrase, sequence) !== null)) found.add(concept.id);
    }
    return [...found].sort((a, b) => inference.order.get(a)! - inference.order.get(b)!);
  });
}
