// The concepts of some codes' standards as a search index already holds them, so that topics
// need not infer them again: the index numbers documents code after code, section after
// section (as allStandards orders a code's standards), and lists each concept's documents.
import { documentsOf } from "../search/concept-documents.js";
import type { SearchIndex } from "../search/inverted-index.js";

/** Concept ids of each standard of a code, by the standard's position in allStandards(code), in the concept index's order. */
export type ConceptsByPosition = readonly (readonly string[])[];

/** For each of `codeIds` the index holds, its standards' concepts (curated, tagged or inferred alike). */
export function conceptsFromIndex(index: SearchIndex, codeIds: ReadonlySet<string>): Map<string, ConceptsByPosition> {
  const found = new Map<string, string[][]>();
  const totals = index.codes.map((code) => code.sections.reduce((sum, section) => sum + section.size, 0));
  const documents = totals.reduce((sum, total) => sum + total, 0);
  // Each document's code (its place in index.codes, -1 for codes not asked for) and position in it.
  const owner = new Int32Array(documents).fill(-1);
  const position = new Int32Array(documents);
  let start = 0;
  index.codes.forEach((code, at) => {
    const total = totals[at]!;
    if (codeIds.has(code.id) && !found.has(code.id)) {
      found.set(code.id, Array.from({ length: total }, () => []));
      for (let offset = 0; offset < total; offset++) {
        owner[start + offset] = at;
        position[start + offset] = offset;
      }
    }
    start += total;
  });
  for (const concept of index.concepts) {
    if (concept.kind !== "concept") continue;
    for (const document of documentsOf(concept)) {
      const at = owner[document];
      if (at === undefined || at < 0) continue;
      found.get(index.codes[at]!.id)![position[document]!]!.push(concept.id);
    }
  }
  return found;
}
