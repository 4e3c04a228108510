// What a printed handout holds: whole codes, or one topic across codes side by side, each
// standard with how strongly it binds on the topic (as `ethics topic` reads it).
import type { Code, Concept, Library, Standard, Strength, Topic } from "../../model.js";
import { conceptsOfTopic, hasInferredConcepts, relatedRulesOf, standardsOnConcept, standardsOnTopic, topicReport } from "../concepts/topics.js";

export interface TopicColumn {
  code: Code;
  /** The strongest reading among the code's standards; null where the code is silent. */
  strength: Strength | null;
  /**
   * Some of the code's concepts are inferred from its wording (a user's code with standards its
   * file leaves untagged), not curated: where none is on the topic, none was found, which is not
   * to say the code is silent. A user's code that tags every standard is read by its tags.
   */
  inferred: boolean;
  standards: { standard: Standard; strength: Strength; qualifiers: string[] }[];
  /**
   * Where the code has no standard on the topic: its general rules that bear on the topic's
   * matters without governing them ("see also", Concept.related), in the code's order. "Not
   * addressed" over them led readers to call the code silent, as `ethics topic` no longer does.
   */
  related: Standard[];
}

/** A matter of the topic to talk over: its concept, and where the codes of the handout govern it. */
export interface DiscussionPoint {
  concept: Concept;
  /** The citations of the handout's codes' standards on it, code by code; none where they are silent. */
  citations: string[];
  /** The handout's codes with no standard on it, each read by its curated concepts or its file's tags: silent. */
  silent: Code[];
  /**
   * Those with none found on it among concepts inferred from their wording (a user's code with
   * standards its file leaves untagged, as TopicColumn's `inferred`): not known to be silent.
   */
  unfound: Code[];
}

export type Handout = { kind: "codes"; codes: Code[] } | { kind: "topic"; topic: Topic; columns: TopicColumn[]; discussion: DiscussionPoint[] };

/** One code's column of a topic handout: what topicReport says of it, with its standards whole. */
export function topicColumn(library: Library, topic: Topic, code: Code): TopicColumn {
  const report = topicReport(library, topic, [code.id]);
  const entry = report.codes[0]!;
  const standards = standardsOnTopic(library, topic, code).map((standard) => {
    const reading = entry.standards.find((onTopic) => onTopic.section === standard.section && onTopic.number === standard.number)!;
    return { standard, strength: reading.strength, qualifiers: reading.qualifiers };
  });
  return { code, strength: entry.strength, inferred: entry.inferred === true, standards, related: standards.length > 0 ? [] : relatedRulesOf(report, code) };
}

/**
 * The questions a trainer can put to a class on the topic: the plain-language questions of its
 * concepts (the concept index's words, not the codes'), each matter with the standards of
 * `codes` that govern it, so that the discussion can turn to what each code says.
 */
export function topicDiscussion(library: Library, topic: Topic, codes: readonly Code[]): DiscussionPoint[] {
  return conceptsOfTopic(library, topic)
    .filter((concept) => concept.questions.length > 0)
    .map((concept) => {
      const onIt = codes.map((code) => ({ code, standards: standardsOnConcept(library, concept, code) }));
      const without = onIt.filter(({ standards }) => standards.length === 0).map(({ code }) => code);
      return {
        concept,
        citations: onIt.flatMap(({ standards }) => standards.map((standard) => standard.citation)),
        silent: without.filter((code) => !hasInferredConcepts(library, code)),
        unfound: without.filter((code) => hasInferredConcepts(library, code)),
      };
    });
}

export function topicHandout(library: Library, topic: Topic, codes: readonly Code[]): Handout {
  return { kind: "topic", topic, columns: codes.map((code) => topicColumn(library, topic, code)), discussion: topicDiscussion(library, topic, codes) };
}
