// `diff --topic`: the matter two codes are compared on, a topic (its concepts) or one concept,
// as `ethics topic` takes either.
import type { DiffTheme } from "../core/compare/diff.js";
import { refuseLookalikeName } from "../core/codes/lookalike-refusal.js";
import { conceptsOfTopic, namesWhole, resolveTopicOrConcept } from "../core/concepts/topics.js";
import type { Library } from "../model.js";
import { oneTopicOrConceptOption } from "./several-topics.js";

export function diffTheme(library: Library, input: string): DiffTheme {
  const found = oneTopicOrConceptOption(input, (name) => resolveTopicOrConcept(library, name), namesWhole);
  const id = found.kind === "topic" ? found.topic.id : found.concept.id;
  refuseLookalikeName(input, "topic or concept", id);
  return found.kind === "topic"
    ? { id, name: found.topic.name, concepts: new Set(conceptsOfTopic(library, found.topic).map((concept) => concept.id)) }
    : { id, name: found.concept.name, concepts: new Set([id]) };
}
