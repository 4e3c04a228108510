// How centrally a standard is about each concept it is filed under: a standard tagged with a
// matter among several others ("maintain appropriate boundaries": friendship, texting, home
// visits, …) is less about any one of them than a standard whose own words say that matter
// ("provide service only within the hours and locations the agency authorizes"). Worked out when
// the index is built, from the words of the concept (name, description, entry terms, questions)
// that the standard's own words use, each weighed by how few concepts use it.
import { fixedWidthAt, packFixedWidth } from "./packed-numbers.js";
import { forEachPosting, lookup, type IndexedConcept } from "./inverted-index.js";

/** Centrality is stored in one character, as a share of the concept's most central standard. */
const STEPS = 89;

/**
 * Sets each concept's `centrality`: per document of the concept, in its order, the weight of the
 * concept's words the document uses, as a share of its most central document's. `conceptStems`
 * gives each entry of `concepts` (by position) its stems and their weights; `postings` are the
 * standards' (stem → packed postings).
 */
export function addCentrality(concepts: IndexedConcept[], conceptStems: readonly ReadonlyMap<string, number>[], postings: Record<string, string>): void {
  // Work from each stem's postings once, not once per concept that uses it.
  const filedUnder = new Map<number, number[]>(); // document → the concepts (positions) it is filed under
  const place: Map<number, number>[] = concepts.map((concept, position) => {
    const at = new Map<number, number>();
    if (concept.kind !== "concept") return at;
    concept.documents.forEach((document, index) => {
      at.set(document, index);
      const list = filedUnder.get(document);
      if (list === undefined) filedUnder.set(document, [position]);
      else list.push(position);
    });
    return at;
  });
  const sums = concepts.map((concept) => new Float64Array(concept.kind === "concept" ? concept.documents.length : 0));
  const vocabulary = new Set<string>();
  for (const stems of conceptStems) for (const stemmed of stems.keys()) vocabulary.add(stemmed);
  for (const stemmed of vocabulary) {
    const packed = lookup(postings, stemmed);
    if (packed === undefined) continue;
    forEachPosting(packed, (document) => {
      for (const position of filedUnder.get(document) ?? []) {
        const weight = conceptStems[position]?.get(stemmed);
        if (weight !== undefined) sums[position]![place[position]!.get(document)!]! += weight;
      }
    });
  }
  concepts.forEach((concept, position) => {
    if (concept.kind !== "concept" || concept.documents.length === 0) return;
    const values = sums[position]!;
    const most = Math.max(...values);
    concept.centrality = packFixedWidth([...values].map((value) => (most > 0 ? Math.round((STEPS * value) / most) : 0)), 1);
  });
}

/** How central the concept's `index`-th document is to it, from 0 to 1 (0 when not worked out). */
export function centralityAt(concept: IndexedConcept, index: number): number {
  return concept.centrality === undefined ? 0 : fixedWidthAt(concept.centrality, index, 1) / STEPS;
}
