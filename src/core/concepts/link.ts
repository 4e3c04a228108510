// Topics and concepts tied together: a topic's standards are those of its concepts, plus any the
// topic lists itself.
import type { Concept, StandardKey, Topic } from "../../model.js";

function keyOf(key: StandardKey): string {
  return `${key.code}\u0000${key.section}\u0000${key.number}`;
}

export function withConceptStandards(topics: readonly Topic[], concepts: readonly Concept[]): Topic[] {
  return topics.map((topic) => {
    const seen = new Set(topic.standards.map(keyOf));
    const standards = [...topic.standards];
    for (const concept of concepts) {
      if (concept.topic !== topic.id) continue;
      for (const key of concept.standards) {
        if (seen.has(keyOf(key))) continue;
        seen.add(keyOf(key));
        standards.push(key);
      }
    }
    return { ...topic, standards };
  });
}
