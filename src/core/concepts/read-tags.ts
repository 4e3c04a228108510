// The concepts a standard is filed under as read, never guessed: the curated index's for the
// built-in codes, and for a user's code the tags its file gives its own standards
// (`concepts:`). What study material takes as a code's rule on a matter — a situation question's
// right answer, a situation card's back — where a concept inferred from wording would teach a
// guess as the code's.
import type { Concept, Library, Standard } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { curatedTags } from "./curated-tags.js";

/**
 * A user's standard's own concept tags (`concepts:` in its file): the ids the index knows (`order`,
 * each concept's place in it, by id), once each, in its order. The index files the built-in
 * standards, a user's file its own; `ethics concepts` lists both, and a flash card is tagged so.
 */
export function ownConceptTags(standard: Standard, order: ReadonlyMap<string, number>): string[] {
  const known = new Set((standard.concepts ?? []).filter((id) => order.has(id)));
  return [...known].sort((a, b) => order.get(a)! - order.get(b)!);
}

const readers = new WeakMap<Library, (standard: Standard) => readonly Concept[]>();

/** For `library`, each standard's concepts as read, in the index's order. */
export function readConcepts(library: Library): (standard: Standard) => readonly Concept[] {
  let reader = readers.get(library);
  if (reader === undefined) {
    const curated = curatedTags(library.concepts, (concept) => concept);
    const order = new Map(library.concepts.map((concept, at) => [concept.id, at]));
    reader = (standard) => curated.get(standardKeyOf(standard)) ?? ownConceptTags(standard, order).map((id) => library.concepts[order.get(id)!]!);
    readers.set(library, reader);
  }
  return reader;
}
