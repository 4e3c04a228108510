// The concepts the curated index files each standard under, by the standard's key (the index
// lists each standard under a concept once): what flash cards are tagged with, what inference
// learns from, what the quiz asks about, and which matters imply others.
import type { Concept } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";

/** For each standard a concept lists, `pick` of each concept listing it, in the index's order. */
export function curatedTags<T>(concepts: readonly Concept[], pick: (concept: Concept, at: number) => T): Map<string, T[]> {
  const tags = new Map<string, T[]>();
  concepts.forEach((concept, at) => {
    for (const key of concept.standards) {
      const id = standardKeyOf(key);
      let list = tags.get(id);
      if (list === undefined) tags.set(id, (list = []));
      list.push(pick(concept, at));
    }
  });
  return tags;
}
