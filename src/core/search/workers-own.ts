// A theme about the worker's own condition (Topic.whose "worker"): the index marks it and its
// concepts, so that search can read a word of them said of someone else as naming none of them.
// A matter that is the worker's conduct toward someone (Concept.actor "worker") is marked too:
// its words said to the asker ("a client yelled at me") tell of another's conduct.
import type { Concept, Topic } from "../../model.js";

/** The index's mark for a concept of `topic`, or for `topic` itself. */
export function workersOwnMark(topic: Topic | undefined): { workersOwn?: true } {
  return topic?.whose === "worker" ? { workersOwn: true } : {};
}

/**
 * The index's mark for a concept of the worker's conduct toward someone, or of a colleague's
 * conduct (Concept.actor "colleague"): what a colleague is said to do names it too.
 */
export function workersConductMark(concept: Concept): { workersConduct?: true; colleaguesConduct?: true } {
  if (concept.actor === "worker") return { workersConduct: true };
  return concept.actor === "colleague" ? { colleaguesConduct: true } : {};
}
