// How the codes frame a verb's form, read from their runs of three words: which preposition a
// word in -ing or -ed is written before ("dealing with", "adhering to"; "medications prescribed
// by", "those supported in"), and which word in -ing is written with an object ("allowing the
// person", "receiving services"). A wrong choice must stand in the blank's frame as the answer
// does: "when _____ with professionals" (dealing) offered "adhering", which the codes write
// before "to"; "those _____ in all aspects of services" (supported), "prescribed", written
// before "by". Only the distinct runs of three count, as in ing-as-activity.ts: a stored
// (packed) vocabulary keeps those and no more, and its quiz must be the codes' quiz.
import { STOP_WORDS } from "../text.js";
import type { ClozeVocabulary } from "./cloze.js";
import { ARTICLES, ING_OBJECT_STARTS, isAdjective, LINKING } from "./word-roles.js";

/** Prepositions a participle after a noun is followed by ("those served in", "supervision established by", "a factor protected under"). */
export const PARTICIPLE_PREPOSITIONS = new Set([...LINKING, "by", "under", "during", "within", "of", "toward", "towards"]);

/** Forms of "be": an -ing word after one is a verb's, going on ("I am supporting", "is receiving services"). */
const BE_FORMS = new Set("am is are was were be been being".split(" "));
/** Words opening a verb's clause in -ing ("when dealing with", "while receiving", "by living a life"). */
const CLAUSE_OPENERS = new Set("when while by before after upon without".split(" "));
/** Pronouns that are a verb's whole object ("allow them to"). */
export const OBJECT_PRONOUNS = new Set("them him her us it".split(" "));
/** Words that may come between a verb's frame and its form ("when first discussing", "are currently receiving"). */
const BETWEEN = new Set("first also still not never already now currently".split(" "));

/** Whether the words before an -ing word make it a verb's form going on or opening a clause: after a form of "be" or an opener, maybe through an adverb. */
export function inVerbsFrame(before: readonly string[]): boolean {
  const [earlier, previous] = [before.at(-2), before.at(-1)];
  const frames = (word: string | undefined) => word !== undefined && (BE_FORMS.has(word) || CLAUSE_OPENERS.has(word));
  return frames(previous) || (previous !== undefined && (BETWEEN.has(previous) || previous.endsWith("ly")) && frames(earlier));
}

/** Whether a word before a participle names the thing it is said of: "those", or a word that is neither a small one nor an adverb in -ly. */
function namesWhatIsSaid(word: string): boolean {
  return word === "those" || !(STOP_WORDS.has(word) || word.endsWith("ly"));
}

/**
 * Words after which a participle is a passive's: a form of "be" ("boundaries are established
 * within", "is limited to"), and the words opening a clause cut short of one ("as defined by",
 * "when required by", "if allowed by").
 */
export const PASSIVE_OPENERS = new Set([...BE_FORMS, "as", "when", "if", "unless"]);

/**
 * Whether a word in -ed right after `word` is a participle said of a thing, done to it: after what
 * it is said of ("supervision established by", "those supported in") or in a passive
 * ("as established by", "are addressed with").
 */
export function opensParticiple(word: string): boolean {
  return namesWhatIsSaid(word) || PASSIVE_OPENERS.has(word);
}

interface Frames {
  /** Each word in -ing, by the prepositions the codes write right after it. */
  ingPrepositions: Map<string, Set<string>>;
  /** Each word in -ed, by the prepositions the codes write after it where it is a participle (opensParticiple). */
  participlePrepositions: Map<string, Set<string>>;
  /** The words in -ing the codes write with an object: before an object's first word, or in a verb's frame before a thing's name. */
  withObject: Set<string>;
  /** The words in -ing the codes write describing a thing: after an article or an adjective, before its name (describesWhatFollows). */
  describing: Set<string>;
  /** The words (in any form) the codes write before an object of one word and "to" ("support people to", "assist others to"). */
  objectThenTo: Set<string>;
}

/**
 * The forms of a verb an -ing word may be written in, where the codes write its frame: itself,
 * its plain form ("supporting": "support"; "encouraging": "encourage") and that in -s.
 */
export function verbForms(ing: string): string[] {
  const stem = ing.slice(0, -3);
  return [ing, stem, `${stem}e`, `${stem}s`, `${stem}es`];
}

/**
 * Whether the words before an -ing word, standing before a thing's name, make it describe that
 * thing ("a welcoming environment", "their employing agency", "mutual learning experiences",
 * "constantly changing dynamic"): an article, an adjective, or an adverb in -ly not in a verb's
 * frame ("are currently receiving services" is a verb's).
 */
export function describesWhatFollows(before: readonly string[], vocabulary: ClozeVocabulary): boolean {
  const previous = before.at(-1);
  if (previous === undefined) return false;
  return ARTICLES.has(previous) || isAdjective(previous, vocabulary) || (previous.endsWith("ly") && !inVerbsFrame(before));
}

const framesOf = new WeakMap<ClozeVocabulary, Frames>();

function added(map: Map<string, Set<string>>, word: string, preposition: string): void {
  const found = map.get(word) ?? new Set<string>();
  found.add(preposition);
  map.set(word, found);
}

/** How the codes frame their words in -ing and -ed, read once a vocabulary from its runs of three. */
export function verbFrames(vocabulary: ClozeVocabulary): Frames {
  let frames = framesOf.get(vocabulary);
  if (frames) return frames;
  const wordOf: string[] = [];
  for (const [word, info] of vocabulary.words) wordOf[info.id] = word;
  frames = { ingPrepositions: new Map(), participlePrepositions: new Map(), withObject: new Set(), describing: new Set(), objectThenTo: new Set() };
  const { ids, length } = vocabulary.phrases!;
  for (let at = 0; at + 2 < length; at++) {
    const [first, second, third] = [ids[at]!, ids[at + 1]!, ids[at + 2]!];
    if (first < 0 || second < 0 || third < 0) continue;
    const [before, word, after] = [wordOf[first]!, wordOf[second]!, wordOf[third]!];
    for (const [ing, next] of [[before, word], [word, after]] as const) {
      if (!ing.endsWith("ing")) continue;
      if (LINKING.has(next)) added(frames.ingPrepositions, ing, next);
      if (ING_OBJECT_STARTS.has(next)) frames.withObject.add(ing);
    }
    if (word.endsWith("ing") && inVerbsFrame([before]) && !STOP_WORDS.has(after)) frames.withObject.add(word);
    // an adverb before is read only where a run shows what comes before it: not in a run of three
    if (word.endsWith("ing") && !before.endsWith("ly") && describesWhatFollows([before], vocabulary) && !STOP_WORDS.has(after)) frames.describing.add(word);
    if (after === "to" && (!STOP_WORDS.has(word) || OBJECT_PRONOUNS.has(word)) && !STOP_WORDS.has(before)) frames.objectThenTo.add(before);
    if (word.endsWith("ed") && opensParticiple(before) && PARTICIPLE_PREPOSITIONS.has(after)) added(frames.participlePrepositions, word, after);
  }
  framesOf.set(vocabulary, frames);
  return frames;
}
