// A word in -ing stands in a sentence as the words around it let it, and a wrong choice must be
// able to stand where the blank does. Right before a word that names a thing, one in -ing
// describes it ("their employing agency", "continuing education") or takes it as its object
// ("fulfilling commitments"): the codes write "hurting" only before "other people", yet it was
// offered for "their _____ agency", "_____ arts" and "stories of _____ resiliency". After an
// article or an adjective it names or describes (word-roles.ts reads it a noun): "Provide a
// _____ environment" offered "contributing", which the codes never write so. So a wrong choice
// of an -ing blank before such a word is one the codes write before one too; of one read as a
// noun, one the codes use as one.
// A blank that names an activity is offered activities (ing-as-activity.ts), and so is one that
// ends its clause ("capable of _____."): "allowing", "fulfilling" and "providing" want an object
// there, an activity ("training", "understanding") stands as well with none.
// A blank before a preposition is offered words the codes write before that one ("when _____
// with professionals" took "adhering", written before "to"); one after a form of "be" or a
// clause's opener, with words after it, words the codes write with an object ("the peers I am
// _____ or members" took "existing", "when first _____ confidentiality" "emerging"): verb-frames.ts.
// So is one after a comma, before its object's first word, which opens a clause as "when" does.
// One after an article, an adjective or an adverb in -ly, before a thing's name, describes it:
// "constantly _____ dynamic" (changing) took "providing" and "reaching"; its choices are words
// the codes write so. One whose object is followed by "to" and a verb ("for the peer, _____ the
// person to direct", allowing) took "saying" and "voicing": its choices are verbs the codes
// write before an object and "to" ("support people to", "assist others to").
import { STOP_WORDS } from "../text.js";
import type { ClozeVocabulary } from "./cloze.js";
import { readsAsActivity, writtenAsActivities } from "./ing-as-activity.js";
import { describesWhatFollows, inVerbsFrame, OBJECT_PRONOUNS, verbForms, verbFrames } from "./verb-frames.js";
import { distinctRunsOf } from "./distinct-runs.js";
import { ARTICLES, blankRole, ING_OBJECT_STARTS, JOINERS, LINKING, usualRole, type Around, type Role } from "./word-roles.js";

/** The word right after `end` in `text`, lower case, where only spaces come between: none after punctuation. */
export function nextWord(text: string, end: number): { word: string; end: number } | null {
  const match = /^\s+([A-Za-z0-9_][A-Za-z0-9_'’-]*)/.exec(text.slice(end));
  return match ? { word: match[1]!.toLowerCase(), end: end + match[0].length } : null;
}

/**
 * Whether the word of `text` ending at `end` stands right before a word that is not a small one
 * (STOP_WORDS): directly, or through the word in -ing it is joined to by "and" or "or".
 */
export function standsBeforeWord(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (next === null) return false;
  if (!STOP_WORDS.has(next.word)) return true;
  if (!JOINERS.has(next.word)) return false;
  const partner = nextWord(text, next.end);
  return partner !== null && partner.word.endsWith("ing") && !STOP_WORDS.has(partner.word) && standsBeforeWord(text, partner.end);
}

/** Up to `count` words of `text` after `end`, lower case, as far as punctuation. */
function wordsAfter(text: string, end: number, count: number): string[] {
  const found: string[] = [];
  for (let next = nextWord(text, end); next !== null && found.length < count; next = nextWord(text, next.end)) found.push(next.word);
  return found;
}

/**
 * Whether the -ing word of `text` ending at `end` takes an object and then "to" and a verb's plain
 * form ("allowing the person to direct", "helping them to find"): an object of a pronoun, a word
 * that is not a small one, or an article and one.
 */
export function takesObjectThenTo(text: string, end: number): boolean {
  const [first, second, third, fourth] = wordsAfter(text, end, 4);
  const verbAfter = (word: string | undefined) => word !== undefined && !STOP_WORDS.has(word) && !word.endsWith("s");
  if (first === undefined) return false;
  if (second === "to") return (OBJECT_PRONOUNS.has(first) || !STOP_WORDS.has(first)) && verbAfter(third);
  return ARTICLES.has(first) && second !== undefined && !STOP_WORDS.has(second) && third === "to" && verbAfter(fourth);
}

/** Whether the word of `text` starting at `start` comes right after a comma: it opens a clause of its own ("…for the peer, allowing the person…"). */
export function afterComma(text: string, start: number): boolean {
  return /,\s*$/.test(text.slice(0, start));
}

const beforeWordsOf = new WeakMap<ClozeVocabulary, Set<number>>();

/**
 * The ids of the words the codes write right before a word that is not a small one, within a run
 * of three (distinct-runs.ts): a text of two words keeps no run in a stored vocabulary.
 */
function writtenBeforeWords(vocabulary: ClozeVocabulary): Set<number> {
  let found = beforeWordsOf.get(vocabulary);
  if (found) return found;
  const small = new Set([...STOP_WORDS].flatMap((word) => vocabulary.words.get(word)?.id ?? []));
  const { ids, length } = distinctRunsOf(vocabulary);
  found = new Set();
  for (let at = 0; at + 1 < length; at++) {
    const [id, next] = [ids[at]!, ids[at + 1]!];
    if (id >= 0 && next >= 0 && !small.has(next)) found.add(id);
  }
  beforeWordsOf.set(vocabulary, found);
  return found;
}

/** How an -ing blank reads in its sentence, and which words in -ing may be its wrong choices. */
export interface IngBlankFit {
  /** Its role (blankRole); null where it names an activity, which its choices' uses then say. */
  role: Role | null;
  fits: (word: string) => boolean;
}

/**
 * How the -ing blank `word` of `text`, ending at `end` with the words `around` it, reads, and
 * which words may be its wrong choices: naming an activity, words the codes write as one; else,
 * read as its role, a word the codes use so (cloze.ts), never one they use as an activity where
 * it wants a verb's form; ending its clause, an activity, which wants no object after it;
 * before a word that names a thing, words the codes write before one; read as a noun, words the
 * codes use as one.
 */
export function ingBlankFit(word: string, text: string, end: number, around: Around, vocabulary: ClozeVocabulary): IngBlankFit {
  const next = nextWord(text, end)?.word ?? null;
  const idOf = (choice: string) => vocabulary.words.get(choice)?.id ?? -1;
  const activities = writtenAsActivities(vocabulary);
  if (readsAsActivity({ before: around.before, next }, vocabulary)) return { role: null, fits: (choice) => activities.has(idOf(choice)) };
  const written = standsBeforeWord(text, end) ? writtenBeforeWords(vocabulary) : null;
  // describing the thing it stands before, it names or describes as a noun does ("a _____ environment")
  const describing = written !== null && describesWhatFollows(around.before, vocabulary);
  const role = describing ? "noun" : blankRole(word, around, vocabulary);
  const frames = verbFrames(vocabulary);
  const preposition = next !== null && LINKING.has(next) ? next : null;
  // after a comma, before an object's first word, it opens a clause as after "when" ("…, saying what is on their mind")
  const opensClause = next !== null && ING_OBJECT_STARTS.has(next) && afterComma(text, end - word.length);
  const wantsObject = preposition === null && next !== null && (inVerbsFrame(around.before) || opensClause);
  const objectThenTo = takesObjectThenTo(text, end);
  const fits = (choice: string) => {
    const id = idOf(choice);
    if (preposition !== null && !frames.ingPrepositions.get(choice)?.has(preposition)) return false;
    if (wantsObject && !frames.withObject.has(choice)) return false;
    if (describing && !frames.describing.has(choice)) return false;
    if (objectThenTo && !verbForms(choice).some((form) => frames.objectThenTo.has(form))) return false;
    if ((role === "verb" || role === "linked") && activities.has(id)) return false;
    if (next === null && !activities.has(id)) return false;
    if (role === "noun" && usualRole(choice, vocabulary) !== "noun") return false;
    return written === null || written.has(id);
  };
  return { role, fits };
}
