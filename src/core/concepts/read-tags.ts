// The concepts a standard is filed under as read, never guessed: the curated index's for the
// built-in codes, and for a user's code the tags its file gives its own standards
// (`concepts:`). What study material takes as a code's rule on a matter — a situation question's
// right answer, a situation card's back — where a concept inferred from wording would teach a
// guess as the code's.
import type { Concept, Library, Standard } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { curatedTags } from "./curated-tags.js";

const readers = new WeakMap<Library, (standard: Standard) => readonly Concept[]>();

/** For `library`, each standard's concepts as read, in the index's order. */
export function readConcepts(library: Library): (standard: Standard) => readonly Concept[] {
  let reader = readers.get(library);
  if (reader === undefined) {
    const curated = curatedTags(library.concepts, (concept) => concept);
    const byId = new Map(library.concepts.map((concept) => [concept.id, concept]));
    const order = new Map(library.concepts.map((concept, at) => [concept.id, at]));
    reader = (standard) =>
      curated.get(standardKeyOf(standard)) ??
      [...new Set(standard.concepts ?? [])]
        .filter((id) => byId.has(id))
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((id) => byId.get(id)!);
    readers.set(library, reader);
  }
  return reader;
}
