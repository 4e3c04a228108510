// Whether another code "says much the same" as a standard: the quiz's "which code says this?"
// leaves such a code out of its wrong choices and names it in the explanation. Words alike
// (wording.ts) are not yet a rule alike: North Carolina 15, "Accepting or giving gifts, if
// allowed by the agency, must be clearly related to the peer's recovery process", has a cosine
// of 0.53 with Person-Driven 8 of Working Well Together and Medi-Cal, "Support the recovery
// process for the peer, allowing the person to direct their own process" (the words "recovery
// process", "peer" and "allow"), which is about the person's own direction, not gifts; so are
// "Recognize the impact of co-occurring challenges…" and "…of trauma…", the same sentence on two
// matters. The concept index says what a rule governs, so where it files both standards
// (curated, or a user's file's `concepts:`) they must share a matter besides their words. A
// standard it files under none (a user's untagged code, a library without an index) is judged
// by its words alone: a code's copy of another is still the same text.
import { hasOwnConceptTags, type Code, type Library, type Standard } from "../../model.js";
import { readConcepts } from "../concepts/read-tags.js";
import { standardsOf } from "./scope.js";
import { placeOf, sameSayings, type Wording } from "./wording.js";

/** Whether two standards govern a matter in common, as far as the concepts read of them tell. */
export function onOneMatter(library: Library): (a: Standard, b: Standard) => boolean {
  const conceptsOf = readConcepts(library);
  return (a, b) => {
    const [ofA, ofB] = [conceptsOf(a), conceptsOf(b)];
    if (ofA.length === 0 || ofB.length === 0) return true;
    return ofA.some((concept) => ofB.includes(concept));
  };
}

/**
 * For each of `others`, the place (in the wording) of its standard that says much the same as
 * `code`'s standard at `place` (its place in the code): alike in words and on one matter; -1
 * where none does.
 */
export function sayingMuchTheSame(library: Library, wording: Wording, code: Code, place: number, others: readonly Code[]): number[] {
  const standard = standardsOf(code)[place]!;
  const matter = onOneMatter(library);
  const own = placeOf(wording, code, place);
  // Read the other standard only where its concepts may tell: not a copy in the same words, nor
  // a user's code whose file tags nothing (a thousand copies of a code are not read for it).
  const mayTell = readConcepts(library)(standard).length > 0;
  const sameMatter = (other: Code, at: number) =>
    !mayTell || wording.classOf[placeOf(wording, other, at)] === wording.classOf[own] || (other.origin === "user" && !hasOwnConceptTags(other)) || matter(standard, standardsOf(other)[at]!);
  return sameSayings(wording, own, others, sameMatter);
}
