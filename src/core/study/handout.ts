// What a printed handout holds: whole codes, or one topic across codes side by side, each
// standard with how strongly it binds on the topic (as `ethics topic` reads it).
import type { Code, Library, Standard, Strength, Topic } from "../../model.js";
import { standardsOnTopic, topicReport } from "../concepts/topics.js";

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
}

export type Handout = { kind: "codes"; codes: Code[] } | { kind: "topic"; topic: Topic; columns: TopicColumn[] };

/** One code's column of a topic handout: what topicReport says of it, with its standards whole. */
export function topicColumn(library: Library, topic: Topic, code: Code): TopicColumn {
  const entry = topicReport(library, topic, [code.id]).codes[0]!;
  const standards = standardsOnTopic(library, topic, code).map((standard) => {
    const reading = entry.standards.find((onTopic) => onTopic.section === standard.section && onTopic.number === standard.number)!;
    return { standard, strength: reading.strength, qualifiers: reading.qualifiers };
  });
  return { code, strength: entry.strength, inferred: entry.inferred === true, standards };
}

export function topicHandout(library: Library, topic: Topic, codes: readonly Code[]): Handout {
  return { kind: "topic", topic, columns: codes.map((code) => topicColumn(library, topic, code)) };
}
