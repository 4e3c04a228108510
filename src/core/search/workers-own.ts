// A theme about the worker's own condition (Topic.whose "worker"): the index marks it and its
// concepts, so that search can read a word of them said of someone else as naming none of them
// (or, where the concept says so, the matter it is then: ofOthersMark).
import type { Concept, Library, Topic } from "../../model.js";

/** The index's mark for a concept of `topic`, or for `topic` itself. */
export function workersOwnMark(topic: Topic | undefined): { workersOwn?: true } {
  return topic?.whose === "worker" ? { workersOwn: true } : {};
}

/**
 * The index's pointer from a concept of the worker's own condition to the one its words name
 * when said of someone else (Concept.ofOthers), as that concept's position in
 * SearchIndex.concepts (the library's concepts come first, in order).
 */
export function ofOthersMark(library: Library, concept: Concept): { ofOthers?: number } {
  if (concept.ofOthers === undefined) return {};
  const at = library.concepts.findIndex((other) => other.id === concept.ofOthers);
  return at < 0 ? {} : { ofOthers: at };
}
