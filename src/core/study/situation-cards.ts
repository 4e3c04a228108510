// Flash cards of situations, for a candidate to practise what the quiz's situation questions
// ask: on the front, a question a practitioner asks (the concept index's words); on the back,
// the standards of one code that govern it, each whole. One card a matter a code governs, in the
// index's order. Only what is read is carded: the curated tags of the built-in codes and the tags
// a user's file gives its own standards, never concepts guessed from a code's wording, which a
// student would learn as the code's.
import { allStandards, type Code, type Concept, type Library, type Standard, type Topic } from "../../model.js";
import { readConcepts } from "../concepts/read-tags.js";
import { tag } from "./cards.js";
import { untaggedOn } from "./untagged-standards.js";

export interface SituationCard {
  /** The practitioner's question on the front: the concept's first. */
  question: string;
  code: Code;
  concept: Concept;
  /** The code's standards on the concept, in the code's order. */
  standards: Standard[];
  /** The code, the concept and its topic, as Anki tags. */
  tags: string[];
  /**
   * A user's code's standards its file leaves untagged that read as on the concept: not its rule
   * as read, but a deciding one may be among them, so the card names them (untagged-standards.ts).
   */
  untagged: Standard[];
}

/** The cards of `codes`, code by code; on `topic`, only its concepts'. */
export function situationCards(library: Library, codes: readonly Code[], topic: Topic | null): SituationCard[] {
  const conceptsOf = readConcepts(library);
  const concepts = library.concepts.filter((concept) => concept.questions.length > 0 && (topic === null || concept.topic === topic.id));
  return codes.flatMap((code) => {
    const byConcept = new Map<string, Standard[]>();
    for (const standard of allStandards(code)) {
      for (const { id } of conceptsOf(standard)) {
        const list = byConcept.get(id);
        if (list) list.push(standard);
        else byConcept.set(id, [standard]);
      }
    }
    return concepts.flatMap((concept): SituationCard[] => {
      const standards = byConcept.get(concept.id);
      if (!standards) return [];
      const untagged = untaggedOn(library, code, concept.id);
      return [{ question: concept.questions[0]!, code, concept, standards, tags: [tag(code.id), `concept::${concept.id}`, `topic::${concept.topic}`], untagged }];
    });
  });
}
