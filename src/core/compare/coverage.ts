// Which themes two codes both speak to, and which only one does: the useful comparison for codes
// that are not versions of each other (Alaska and Medi-Cal share few sentences but many themes).
import type { Code, Library, StandardKey, Topic } from "../../model.js";
import { isInferred, standardsOnTopic } from "../concepts/topics.js";
import { standardKeyOf } from "../codes/standard-text.js";

export interface TopicRef {
  id: string;
  name: string;
}

export interface TopicCoverage {
  both: TopicRef[];
  onlyA: TopicRef[];
  onlyB: TopicRef[];
}

/**
 * The topics a code addresses among some of its standards, in topic order: curated in
 * the concept index for the built-in codes, inferred for a user's code (core/concepts/infer.ts).
 */
export function topicsInView(library: Library, code: Code, standards: readonly StandardKey[]): Topic[] {
  const inView = new Set(standards.map(standardKeyOf));
  // A curated code's topics are the lists themselves; reading them directly spares asking, for
  // every topic, which codes are curated (a third of a diff's time when asked each time).
  if (!isInferred(library, code.id)) return library.topics.filter((topic) => topic.standards.some((key) => inView.has(standardKeyOf(key))));
  return library.topics.filter((topic) => standardsOnTopic(library, topic, code).some((standard) => inView.has(standardKeyOf(standard))));
}

/** Topics addressed by both sides, by A only and by B only; each list keeps its side's order. */
export function topicCoverage(aTopics: readonly Topic[], bTopics: readonly Topic[]): TopicCoverage {
  const aIds = new Set(aTopics.map((topic) => topic.id));
  const bIds = new Set(bTopics.map((topic) => topic.id));
  return {
    both: unique(aTopics.filter((topic) => bIds.has(topic.id))).map(toTopicRef),
    onlyA: unique(aTopics.filter((topic) => !bIds.has(topic.id))).map(toTopicRef),
    onlyB: unique(bTopics.filter((topic) => !aIds.has(topic.id))).map(toTopicRef),
  };
}

function unique(topics: readonly Topic[]): Topic[] {
  const byId = new Map<string, Topic>();
  for (const topic of topics) if (!byId.has(topic.id)) byId.set(topic.id, topic);
  return [...byId.values()];
}

export function toTopicRef(topic: Topic): TopicRef {
  return { id: topic.id, name: topic.name };
}
