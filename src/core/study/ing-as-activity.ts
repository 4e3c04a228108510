// A word in -ing may name an activity, a noun as "education" is: "service planning", "education
// and training in cultural competence", "empathy and understanding", "the sharing of stories".
// There its wrong choices must name activities too: "in service _____." offered "receiving",
// "voicing", "giving" (verbs wanting an object), "education and _____ in cultural competence"
// "reaching" and "dealing". So a blank is read as one where the words around it say so, and its
// wrong choices are the words in -ing the codes themselves write so; a blank read otherwise is
// offered none of those where it wants a verb's form ("persons _____ in services" took
// "training", the codes' noun).
import { STOP_WORDS } from "../text.js";
import type { ClozeVocabulary } from "./cloze.js";
import { ARTICLES, ING_OBJECT_STARTS, JOINERS, usedAsVerb } from "./word-roles.js";

/** The words around an -ing word, lower case, as its activity is read from them. */
export interface IngPlace {
  /** Up to two words before it, the nearest last. */
  before: readonly string[];
  /** The word right after it in its clause; null where punctuation or the text's end comes first. */
  next: string | null;
}

/** Whether a word names a thing as a noun does: not a small word, not in -ing, never a verb's plain form ("education", "empathy", "service"). */
function namesThing(word: string | undefined, vocabulary: ClozeVocabulary): boolean {
  return word !== undefined && !STOP_WORDS.has(word) && !word.endsWith("ing") && !usedAsVerb(word, vocabulary);
}

/**
 * Whether an -ing word at `place` names an activity: after an article and before "of" ("the
 * sharing of"); joined by "and" or "or" to a thing's name before it, with no object after it
 * ("education and training in", "empathy and understanding regardless"; not "knowledge and
 * honing their skills", nor "Specialist or permitting or allowing another"); or after a
 * thing's name, ending its clause ("in service planning.").
 */
export function readsAsActivity(place: IngPlace, vocabulary: ClozeVocabulary): boolean {
  const [earlier, previous] = [place.before.at(-2), place.before.at(-1)];
  if (previous !== undefined && ARTICLES.has(previous) && place.next === "of") return true;
  if (previous !== undefined && JOINERS.has(previous)) {
    // "…Specialist or permitting or allowing another person": a verb, joined on to the next verb's object
    return namesThing(earlier, vocabulary) && (place.next === null || !(ING_OBJECT_STARTS.has(place.next) || JOINERS.has(place.next)));
  }
  return place.next === null && namesThing(previous, vocabulary);
}

const activitiesOf = new WeakMap<ClozeVocabulary, Set<number>>();

/**
 * The ids of the words in -ing the codes write as activities, read from the runs of three words
 * of their texts: after an article and before "of"; after a thing's name and "and" or "or",
 * where no run has it before an object or another joiner. Only the runs count, not where a text
 * ends nor how often a run is written: a stored vocabulary keeps each distinct run of three and
 * no more (material-pack.ts), and a quiz from it must be the quiz from the codes.
 */
export function writtenAsActivities(vocabulary: ClozeVocabulary): Set<number> {
  let found = activitiesOf.get(vocabulary);
  if (found) return found;
  const wordOf: string[] = [];
  for (const [word, info] of vocabulary.words) wordOf[info.id] = word;
  const { ids, length } = vocabulary.phrases!;
  const joined = new Set<number>();
  const verbs = new Set<number>();
  found = new Set();
  for (let at = 0; at + 2 < length; at++) {
    const [first, second, third] = [ids[at]!, ids[at + 1]!, ids[at + 2]!];
    if (first < 0 || second < 0 || third < 0) continue;
    const [before, word, after] = [wordOf[first]!, wordOf[second]!, wordOf[third]!];
    if (word.endsWith("ing") && ARTICLES.has(before) && after === "of") found.add(second);
    if (after.endsWith("ing") && JOINERS.has(word) && namesThing(before, vocabulary)) joined.add(third);
    if (word.endsWith("ing") && JOINERS.has(before) && (ING_OBJECT_STARTS.has(after) || JOINERS.has(after))) verbs.add(second);
  }
  for (const id of joined) if (!verbs.has(id)) found.add(id);
  activitiesOf.set(vocabulary, found);
  return found;
}
