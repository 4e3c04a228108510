// Situations (quiz questions, flash cards) are made of what a code's standards are read to
// govern: the curated index's concepts, or a user's file's own tags (`concepts:`), never concepts
// guessed from the wording, which would teach a guess as the code's rule. A trainer's agency code
// that tagged one of its nine standards got "no question of the kind asked for (situation) can
// be made from these standards" and a hint to widen the quiz; its flash cards left "Will never
// accept cash, gift cards…" off the back of the card asking about a $25 gift card. Both now say
// how many of the code's standards carry concepts of their own, and which have them only guessed.
import { hasOwnConceptTags, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { conceptsOfStandard } from "../concepts/topics.js";
import { readConcepts } from "../concepts/read-tags.js";
import { standardsOf } from "./scope.js";

export interface TagCount {
  code: Code;
  standards: number;
  /** Filed under concepts as read: the curated index's, or the file's own tags. */
  tagged: number;
  /** The others, whose wording reads as on some concept: inferred, and not asked about. */
  inferred: number;
}

/** How many of a user's code's standards carry concepts of their own, and how many have them only inferred. */
export function tagCount(library: Library, code: Code): TagCount {
  const conceptsOf = readConcepts(library);
  const standards = standardsOf(code);
  const untagged = standards.filter((standard) => conceptsOf(standard).length === 0);
  const inferred = untagged.filter((standard) => conceptsOfStandard(library, code, standard).length > 0).length;
  return { code, standards: standards.length, tagged: standards.length - untagged.length, inferred };
}

/**
 * The untagged standards of a user's code (no concept of their own) whose wording reads as on
 * `conceptId`: a situation on it may turn on them, though only the tagged ones are its answer.
 */
export function untaggedOn(library: Library, code: Code, conceptId: string): Standard[] {
  if (code.origin !== "user" || !hasOwnConceptTags(code)) return [];
  const conceptsOf = readConcepts(library);
  return standardsOf(code).filter((standard) => conceptsOf(standard).length === 0 && conceptsOfStandard(library, code, standard).includes(conceptId));
}

/** "1 of Riverbend's 9 standards is tagged with concepts in its file (`concepts:`); 7 have them only inferred from their wording". */
export function tagCountSaid({ code, standards, tagged, inferred }: TagCount): string {
  const taggedSaid = `${tagged === 0 ? "none" : tagged} of ${code.shortName}'s ${standards} standards ${tagged === 1 ? "is" : "are"} tagged with concepts in its file (\`concepts:\`)`;
  return inferred === 0 ? taggedSaid : `${taggedSaid}; ${inferred} ${inferred === 1 ? "has" : "have"} concepts only inferred from ${inferred === 1 ? "its" : "their"} wording`;
}

/**
 * The concept a hint to tag a code's standards gives as its example (`concepts: [it, …]`): one a
 * situation is asked of in the quiz's scope (it has questions, and is on the quiz's topic), first
 * one that some untagged standard of these codes reads as on, where tagging it would make the
 * question; null where no concept in the scope is asked of. The hint named accepting-gifts
 * whatever was asked: `quiz --topic boundaries` too, where gifts are no situation.
 */
export function tagExample(library: Library, codes: readonly Code[], topic: Topic | null): string | null {
  const asked = library.concepts.filter((concept) => concept.questions.length > 0 && (topic === null || concept.topic === topic.id));
  if (asked.length === 0) return null;
  const conceptsOf = readConcepts(library);
  const readAsOn = new Set(
    codes.flatMap((code) => standardsOf(code).filter((standard) => conceptsOf(standard).length === 0).flatMap((standard) => conceptsOfStandard(library, code, standard))),
  );
  return (asked.find((concept) => readAsOn.has(concept.id)) ?? asked[0]!).id;
}
