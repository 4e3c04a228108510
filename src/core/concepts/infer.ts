// Concepts for the standards of a code nobody curated (one a user added), worked out two ways:
// a standard that says what a curated standard says (most of its meaningful words, by TF-IDF
// cosine) is about what that one is about — agencies often start from a published code; a
// standard like no curated one is about the concepts whose longer entry terms it uses (a single
// word proves little). Measured on the built-in codes, each inferred from the other four, this
// recovers the curated topics with precision and recall near 0.9 (test/core/concepts).
import type { Concept, Standard } from "../../model.js";
import { buildTermModel, cosineMatrix, termVector } from "../compare/similarity.js";
import { terms } from "../text.js";
import { standardKeyOf, standardWords } from "../codes/standard-text.js";
import { compileTerms, contentStemsOf, isWordForWord, matchTerm, textSequence, type TermPhrase } from "./terms.js";

/** Cosine from which a curated standard is the same rule in other words. */
export const NEIGHBOUR_SIMILARITY = 0.5;

/** Terms that say something on their own: several meaningful words, or small words that fix the meaning. */
function tellingPhrases(concept: Concept): TermPhrase[] {
  return compileTerms([concept.name, ...concept.terms]).filter((phrase) => contentStemsOf(phrase).length > 1 || isWordForWord(phrase));
}

/**
 * The concept ids of each of `standards` (in `concepts`' order), inferred from the curated
 * standards `curated` (with the concepts `concepts` tag them with).
 */
export function inferConcepts(standards: readonly Standard[], curated: readonly Standard[], concepts: readonly Concept[]): string[][] {
  const tagsOf = new Map<string, Set<string>>();
  for (const concept of concepts) {
    for (const key of concept.standards) {
      const id = standardKeyOf(key);
      if (!tagsOf.has(id)) tagsOf.set(id, new Set());
      tagsOf.get(id)!.add(concept.id);
    }
  }
  const tagged = curated.filter((standard) => tagsOf.has(standardKeyOf(standard)));
  const ownTerms = standards.map((standard) => terms(standardWords(standard)));
  const curatedTerms = tagged.map((standard) => terms(standardWords(standard)));
  const model = buildTermModel([...curatedTerms, ...ownTerms]);
  const similarity = cosineMatrix(
    ownTerms.map((each) => termVector(each, model)),
    curatedTerms.map((each) => termVector(each, model)),
  );
  const phrases = concepts.map((concept) => ({ id: concept.id, phrases: tellingPhrases(concept) }));
  return standards.map((standard, row) => {
    const found = new Set<string>();
    tagged.forEach((neighbour, column) => {
      if (similarity[row * tagged.length + column]! >= NEIGHBOUR_SIMILARITY) for (const id of tagsOf.get(standardKeyOf(neighbour))!) found.add(id);
    });
    if (found.size === 0) {
      const sequence = textSequence(standardWords(standard));
      for (const concept of phrases) if (concept.phrases.some((phrase) => matchTerm(phrase, sequence) !== null)) found.add(concept.id);
    }
    return concepts.filter((concept) => found.has(concept.id)).map((concept) => concept.id);
  });
}
