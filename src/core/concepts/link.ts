// Topics and concepts tied together: a topic's standards are those of its concepts, plus any the
// topic lists itself.
import type { Concept, Topic } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";

export function withConceptStandards(topics: readonly Topic[], concepts: readonly Concept[]): Topic[] {
  return topics.map((topic) => {
    const seen = new Set(topic.standards.map(standardKeyOf));
    const standards = [...topic.standards];
    for (const concept of concepts) {
      if (concept.topic !== topic.id) continue;
      for (const key of concept.standards) {
        if (seen.has(standardKeyOf(key))) continue;
        seen.add(standardKeyOf(key));
        standards.push(key);
      }
    }
    return { ...topic, standards };
  });
}
