// A theme about the worker's own condition (Topic.whose "worker"): the index marks it and its
// concepts, so that search can read a word of them said of someone else as naming none of them.
import type { Topic } from "../../model.js";

/** The index's mark for a concept of `topic`, or for `topic` itself. */
export function workersOwnMark(topic: Topic | undefined): { workersOwn?: true } {
  return topic?.whose === "worker" ? { workersOwn: true } : {};
}
