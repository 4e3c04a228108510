// A concept's documents as the index stores them: increasing document numbers, packed as the
// gaps between them (packed-numbers.ts), most gaps one character. A hundred users' codes give
// the concepts some hundred thousand documents; as JSON arrays of numbers they took longer to
// inflate, parse and shape-check than the search they serve. Packed, they are one string each,
// and a search decodes only the concepts it reads.
import type { IndexedConcept } from "./inverted-index.js";
import { NumberReader, packIncreasing } from "./packed-numbers.js";
import { sortedIncludes } from "./sorted.js";

/** `documents`, which must be increasing, packed as gaps. */
export function packDocuments(documents: readonly number[]): string {
  return packIncreasing(documents);
}

export function unpackDocuments(packed: string): number[] {
  const reader = new NumberReader(packed);
  const documents: number[] = [];
  let previous = -1;
  while (!reader.done()) {
    previous += reader.next() + 1;
    documents.push(previous);
  }
  return documents;
}

// Memos only: each lazily loaded bundle may keep its own.
const decoded = new WeakMap<IndexedConcept, number[]>();
const decodedRelated = new WeakMap<IndexedConcept, number[]>();
const NONE: readonly number[] = [];

/** `packed`, a list of the concept's, unpacked once per concept into `memo`. */
function unpackOnce(memo: WeakMap<IndexedConcept, number[]>, concept: IndexedConcept, packed: string): readonly number[] {
  let documents = memo.get(concept);
  if (documents === undefined) {
    documents = unpackDocuments(packed);
    memo.set(concept, documents);
  }
  return documents;
}

/** The concept's documents, in increasing order. */
export function documentsOf(concept: IndexedConcept): readonly number[] {
  return unpackOnce(decoded, concept, concept.documents);
}

/**
 * The general rules related to the concept (IndexedConcept.related), in increasing order. An
 * index without them, or with something else there, relates none.
 */
export function relatedOf(concept: IndexedConcept): readonly number[] {
  return typeof concept.related === "string" ? unpackOnce(decodedRelated, concept, concept.related) : NONE;
}

const decodedGuessed = new WeakMap<IndexedConcept, number[]>();

/** The concept's guessed documents (IndexedConcept.guessed), in increasing order. */
export function guessedOf(concept: IndexedConcept): readonly number[] {
  return typeof concept.guessed === "string" ? unpackOnce(decodedGuessed, concept, concept.guessed) : NONE;
}

/**
 * The guessed documents that concepts implying `concept` (IndexedConcept.impliedBy, positions
 * in `concepts`) are about, and `concept` itself is not, each with the largest share of those
 * concepts' curated standards also about `concept` (0 to 1). Empty for an index without them.
 */
export function impliedDocuments(concept: IndexedConcept, concepts: readonly IndexedConcept[]): Map<number, number> {
  const found = new Map<number, number>();
  const implying = Array.isArray(concept.impliedBy) ? concept.impliedBy : [];
  if (implying.length === 0) return found;
  const shares = Array.isArray(concept.impliedShares) ? concept.impliedShares : [];
  implying.forEach((at, place) => {
    const other = concepts[at];
    const share = typeof shares[place] === "number" ? shares[place]! / 100 : 0;
    if (other !== undefined) for (const document of guessedOf(other)) found.set(document, Math.max(found.get(document) ?? 0, share));
  });
  const own = documentsOf(concept);
  for (const document of found.keys()) if (sortedIncludes(own, document)) found.delete(document);
  return found;
}

/**
 * Which of `wanted` (increasing) the concept is about. One pass over its packed documents, that
 * stops after the last one wanted, without decoding them into a list: a search asks this of
 * every concept for its ten hits, and most concepts it never read otherwise.
 */
export function documentsAmong(concept: IndexedConcept, wanted: readonly number[]): number[] {
  const found: number[] = [];
  if (wanted.length === 0) return found;
  const last = wanted[wanted.length - 1]!;
  const reader = new NumberReader(concept.documents);
  let at = 0;
  let document = -1;
  while (!reader.done() && document < last) {
    document += reader.next() + 1;
    while (at < wanted.length && wanted[at]! < document) at++;
    if (wanted[at] === document) found.push(document);
  }
  return found;
}
