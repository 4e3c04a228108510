// A word in -ed right after what it is said of, and before a preposition, is a participle
// describing it ("those supported in all aspects of services", "supervision established by their
// employer"), and so is one in a passive ("as established by the agency", "boundaries are
// established within"): a wrong choice must be one the codes write so, before the same
// preposition. "those _____ in all aspects of services" offered "prescribed" and "described",
// which the codes write only as "medications prescribed by" and "frequency described on"; "as
// _____ by the agency" offered "protected" and "addressed", which take no agent in the codes.
import type { ClozeVocabulary } from "./cloze.js";
import { opensParticiple, PARTICIPLE_PREPOSITIONS, verbFrames } from "./verb-frames.js";

/**
 * Which words may be the wrong choices of a blank in -ed, after the word `previous` and before the
 * word `next` of its clause (null where punctuation or the text's end comes first): a participle
 * (opensParticiple: after what it is said of, or in a passive) before a preposition, the words the
 * codes write before that preposition in the same role; elsewhere null, as nothing is read.
 */
export function participleFit(previous: string | undefined, next: string | null, vocabulary: ClozeVocabulary): ((word: string) => boolean) | null {
  if (previous === undefined || next === null || !PARTICIPLE_PREPOSITIONS.has(next) || !opensParticiple(previous)) return null;
  const prepositions = verbFrames(vocabulary).participlePrepositions;
  return (word) => prepositions.get(word)?.has(next) ?? false;
}
