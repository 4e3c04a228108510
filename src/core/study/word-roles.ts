// A word in -s is a plural noun ("conflicts", "gifts") or a verb said of one ("includes", "helps"),
// and a word in -ing a verb's form that takes an object ("by living a life") or one that names or
// describes ("a welcoming environment", "mutual learning"); their endings cannot tell which:
// "This _____:" (includes) offered "interests", "drugs" and "conflicts"; "only when it _____ the
// person" (helps) offered "cards" and "gifts"; "by _____ a life" (living) offered "healing" and
// "training"; "persons _____ in services" (engaging), "maintaining". The words around a word tell,
// as a reader reads them: after "it", "this", "which"
// or "who" a word in -s is a verb; after a determiner ("the", "their"), an adjective, a
// preposition, or a verb that takes an object ("maintain records"), a noun; before "are" or
// "must" it is what they are said of, a noun; before "the" or "their", a verb with its object;
// a word in -ing before a preposition is a verb's form joined on by it ("dealing with").
// The verbs are the words the codes use after "to" or a modal ("will maintain", "to advocate").
// A blank is read so in its sentence, and a wrong choice must be used in the codes as the blank
// is: so each word's uses are counted, once a vocabulary, from the runs of words it holds.
import type { ClozeVocabulary } from "./cloze.js";
import { STOP_WORDS } from "../text.js";
import { wordKind } from "./word-kinds.js";
import { distinctRunsOf } from "./distinct-runs.js";

/** A verb's form, a word that names or describes, or a verb's form joined to what follows by a preposition ("engaging in"). */
export type Role = "verb" | "noun" | "linked";

/** The lower-case words around a word: up to two before it (the nearest last) and two after it (the nearest first). */
export interface Around {
  before: readonly string[];
  after: readonly string[];
}

/**
 * Words after which a word in -s is a verb said of them. Not "that", which joins a clause as
 * often ("so that individuals may…") as it is one ("a way that respects").
 */
const SUBJECTS = new Set("it this which who he she one everyone someone anyone nobody".split(" "));
/** Determiners and possessives: a word after one is a noun, or names as one ("a welcoming environment"). */
const DETERMINERS = new Set("the a an their his her its our your my any all other these those such many some no each every own various".split(" "));
/**
 * Prepositions: a word in -s after one is a noun ("to peers"). Not "both", which a verb may
 * follow ("both gives and receives").
 */
const PREPOSITIONS = new Set("of for with in on by from about to between among into against toward towards".split(" "));
/** Words that, right after a word, make it a verb with an object ("helps the person", "maintains their", "living a life"). */
const OBJECT_STARTS = new Set("the a an their his her its them him our your any all each".split(" "));
/** Modals, and the verbs "be", "have" and "do": a word in -s before one is what it is said of ("records are", "individuals may"). */
const AUXILIARIES = new Set("is are was were be been has have had do does did will shall must should may can could would might".split(" "));
/** Words before a verb's plain form: a modal, "to" ("will maintain", "shall not accept", "to advocate"). */
const BEFORE_VERBS = new Set("to will shall must should may can could would might".split(" "));
const NEGATIONS = new Set(["not", "never"]);
export const JOINERS = new Set(["and", "or"]);

/** Whether `word` reads as an adjective, by its ending: the cloze's adjectives, and those in -al ("natural supports", "personal records"). */
export function isAdjective(word: string, vocabulary: ClozeVocabulary): boolean {
  return wordKind(word, vocabulary)?.kind === "adjective" || (word.length >= 5 && word.endsWith("al"));
}

/** Whether `word` names a thing in one, by its ending ("wellness", "documentation"). */
function isSingularNoun(word: string, vocabulary: ClozeVocabulary): boolean {
  const kind = wordKind(word, vocabulary);
  return kind !== null && (kind.kind === "noun-ion" || kind.kind === "noun-abstract") && !kind.plural;
}

/** The role the words around a word in -s give it, or null where they tell nothing. */
function pluralRole(around: Around, vocabulary: ClozeVocabulary): Role | null {
  const [before, after] = [around.before.at(-1), around.after[0]];
  if (after !== undefined && AUXILIARIES.has(after)) return "noun";
  if (isVerbOfRelativeThat(around, vocabulary)) return "verb";
  if (before !== undefined) {
    if (SUBJECTS.has(before)) return "verb";
    if (DETERMINERS.has(before) || PREPOSITIONS.has(before) || isAdjective(before, vocabulary) || (plainUses(vocabulary).get(before)?.verb ?? 0) > 0) return "noun";
  }
  if (after !== undefined && (OBJECT_STARTS.has(after) || isSingularNoun(after, vocabulary))) return "verb";
  return null;
}

/**
 * Whether a word in -s is the verb of a clause that "that", after a noun, opens as its subject:
 * "a relationship or commitment that conflicts with the support needs", "a holistic manner that
 * considers and addresses" (read as nouns, they were offered "caregivers" and "benefits", and
 * "considers" was offered for "Respect the _____"). Not where "that" follows a verb or "so",
 * whose clause's subject comes after it ("ensure that individuals give", "so that individuals
 * may"), nor where a verb follows the word: "the supports that families need".
 */
function isVerbOfRelativeThat(around: Around, vocabulary: ClozeVocabulary): boolean {
  const [named, that] = [around.before.at(-2), around.before.at(-1)];
  if (that !== "that" || named === undefined || STOP_WORDS.has(named)) return false;
  const next = around.after[0];
  const usesOf = (word: string) => plainUses(vocabulary).get(word) ?? NO_USES;
  if (next !== undefined && usesOf(next).verb > usesOf(next).noun) return false;
  const kind = wordKind(named, vocabulary)?.kind;
  return kind === "noun-ion" || kind === "noun-abstract" || kind === "plural" || usesOf(named).noun > usesOf(named).verb;
}

/**
 * Articles and possessives: a word in -ing after one names or describes ("a welcoming
 * environment", "their employing agency"). Not "those", whose word in -ing is a verb's ("those
 * engaging in services").
 */
export const ARTICLES = new Set("the a an their his her its our your my any".split(" "));

/** Words that start a word in -ing's object: OBJECT_STARTS, and "it", "what", "that" ("seeing it", "saying what", "ensuring that"). */
export const ING_OBJECT_STARTS = new Set([...OBJECT_STARTS, "it", "what", "that"]);
/** Prepositions a verb's form in -ing is joined on by ("engaging in services", "dealing with", "reaching across"). */
export const LINKING = new Set("in with to across for on from about at into through".split(" "));

/**
 * The role the words around a word in -ing give it: a verb before its object; linked before a
 * preposition ("persons engaging in services" took "maintaining" and "voicing", which are never
 * so); a noun after an article or an adjective.
 */
function ingRole(around: Around, vocabulary: ClozeVocabulary): Role | null {
  const [before, after] = [around.before.at(-1), around.after[0]];
  if (after !== undefined && ING_OBJECT_STARTS.has(after)) return "verb";
  if (before !== undefined && (ARTICLES.has(before) || isAdjective(before, vocabulary))) return "noun";
  if (after !== undefined && LINKING.has(after)) return "linked";
  return null;
}

/** The role the words around a word give it (a word in -s or in -ing; any other has none), or null where they tell nothing. */
export function roleAmong(word: string, around: Around, vocabulary: ClozeVocabulary): Role | null {
  if (word.endsWith("ing")) return ingRole(around, vocabulary);
  if (word.endsWith("s")) return pluralRole(around, vocabulary);
  return null;
}

/**
 * The role of a blank in its sentence: as the words around it read it; else as the word it is
 * joined to by "and" or "or" is mostly used ("both _____ and receives"); else as the answer is
 * mostly used in the codes. A word in -s none of these tells is a noun, as most are; one in -ing,
 * either.
 */
export function blankRole(word: string, around: Around, vocabulary: ClozeVocabulary): Role | null {
  const role = roleAmong(word, around, vocabulary);
  if (role !== null) return role;
  const joined = JOINERS.has(around.after[0] ?? "") ? around.after[1] : JOINERS.has(around.before.at(-1) ?? "") ? around.before.at(-2) : undefined;
  const partner = joined !== undefined && joined.endsWith(word.endsWith("ing") ? "ing" : "s") ? usualRole(joined, vocabulary) : null;
  return partner ?? usualRole(word, vocabulary) ?? (word.endsWith("ing") ? null : "noun");
}

type Uses = Record<Role, number>;
const NO_USES: Uses = { verb: 0, noun: 0, linked: 0 };

/** The role used most, if one is; null where none is, or two are as often. */
function mostly(counted: Uses): Role | null {
  const [first, second] = (Object.entries(counted) as [Role, number][]).sort((a, b) => b[1] - a[1]);
  return first![1] > second![1] ? first![0] : null;
}

/** The word at a place of a vocabulary's runs of words; undefined between runs and past their ends. */
type WordAt = (at: number) => string | undefined;

/**
 * How often each word of the vocabulary's runs of words is used in each role, as `roleAt` reads
 * the word at a place (null: in none); counted once a vocabulary, into `counted`. Counted in the
 * distinct runs of three, each on its own (distinct-runs.ts): a stored vocabulary keeps no more,
 * and counting every place of the codes' texts, with two words either side, made one word's
 * usual role another from the cache than from the codes.
 */
function rolesCounted(vocabulary: ClozeVocabulary, counted: WeakMap<ClozeVocabulary, Map<string, Uses>>, roleAt: (word: string, at: number, wordAt: WordAt) => Role | null): Map<string, Uses> {
  let found = counted.get(vocabulary);
  if (found) return found;
  found = new Map();
  const wordOf = wordsById(vocabulary);
  const { ids, length } = distinctRunsOf(vocabulary);
  const wordAt: WordAt = (at) => (at >= 0 && at < length && ids[at]! >= 0 ? wordOf[ids[at]!] : undefined);
  for (let at = 0; at < length; at++) {
    const word = wordAt(at);
    if (word === undefined) continue;
    const role = roleAt(word, at, wordAt);
    if (role === null) continue;
    const uses = found.get(word) ?? { ...NO_USES };
    uses[role]++;
    found.set(word, uses);
  }
  counted.set(vocabulary, found);
  return found;
}

const plainUsesOf = new WeakMap<ClozeVocabulary, Map<string, Uses>>();
const usesOf = new WeakMap<ClozeVocabulary, Map<string, Uses>>();

/** The words of each vocabulary in the order of their ids. */
function wordsById(vocabulary: ClozeVocabulary): string[] {
  const wordOf: string[] = [];
  for (const [word, info] of vocabulary.words) wordOf[info.id] = word;
  return wordOf;
}

/**
 * How often the codes use each word as a verb's plain form, right after "to" or a modal, or a
 * modal and "not" ("will maintain", "shall not accept", "to advocate"), and as a noun, after a
 * determiner or an adjective ("a change", "the agency's record"). A word in -s after "to" is a
 * noun ("to peers"), and not counted; nor are small words.
 */
function plainUses(vocabulary: ClozeVocabulary): Map<string, Uses> {
  return rolesCounted(vocabulary, plainUsesOf, (word, at, wordAt) => {
    const previous = wordAt(at - 1);
    // small words are neither ("to and from", "will also")
    if (previous === undefined || word.endsWith("s") || STOP_WORDS.has(word)) return null;
    const before = NEGATIONS.has(previous) ? wordAt(at - 2) : previous;
    return before !== undefined && BEFORE_VERBS.has(before) ? "verb" : DETERMINERS.has(previous) || isAdjective(previous, vocabulary) ? "noun" : null;
  });
}

/** Whether the codes use a word as a verb's plain form ("will maintain", "to advocate"): "education" is never one. */
export function usedAsVerb(word: string, vocabulary: ClozeVocabulary): boolean {
  return (plainUses(vocabulary).get(word)?.verb ?? 0) > 0;
}

/** How often each word in -s or -ing is used as a verb and as a noun in the vocabulary's runs of words. */
function uses(vocabulary: ClozeVocabulary): Map<string, Uses> {
  return rolesCounted(vocabulary, usesOf, (word, at, wordAt) => {
    if (!(word.endsWith("s") || word.endsWith("ing"))) return null;
    const previous = wordAt(at - 1);
    const before = previous === undefined ? [] : [wordAt(at - 2), previous].filter((word): word is string => word !== undefined);
    const next = wordAt(at + 1);
    const after = next === undefined ? [] : [next, wordAt(at + 2)].filter((word): word is string => word !== undefined);
    return roleAmong(word, { before, after }, vocabulary);
  });
}

/**
 * Whether the codes use a verb's other forms of a word in -s: "receives" beside "receiving" and
 * "received"; "beliefs" has none.
 */
function hasVerbForms(word: string, vocabulary: ClozeVocabulary): boolean {
  const bases = [word.slice(0, -1), ...(word.endsWith("es") ? [word.slice(0, -2)] : [])];
  return bases.some((base) => [`${base}ing`, `${base.replace(/e$/, "")}ing`, `${base}ed`, `${base}d`].some((form) => form !== word && vocabulary.words.has(form)));
}

/**
 * The role a word mostly has in the codes. Where its uses tell none, a word in -s is read by its
 * plain form's ("a change": "changes" is a noun; "to receive": "receives" a verb), and where
 * those tell none either, a verb if the codes use its other forms as a verb's ("gives and
 * receives", beside "receiving" and "received"); else null.
 */
export function usualRole(word: string, vocabulary: ClozeVocabulary): Role | null {
  const counted = uses(vocabulary).get(word) ?? NO_USES;
  const most = mostly(counted);
  if (most !== null) return most;
  if (counted.noun > 0 || !word.endsWith("s")) return null;
  const plain = [word.slice(0, -1), ...(word.endsWith("es") ? [word.slice(0, -2)] : [])].map((form) => plainUses(vocabulary).get(form) ?? NO_USES);
  const [verb, noun] = [plain.reduce((sum, form) => sum + form.verb, 0), plain.reduce((sum, form) => sum + form.noun, 0)];
  if (verb !== noun) return verb > noun ? "verb" : "noun";
  return verb === 0 && hasVerbForms(word, vocabulary) ? "verb" : null;
}

/**
 * Whether a word may fill a blank of `role`: a verb's blank, or a linked one, takes only a word
 * the codes use so; a noun's, any word they do not use mostly as a verb's form.
 */
export function fitsRole(word: string, role: Role, vocabulary: ClozeVocabulary): boolean {
  const usual = usualRole(word, vocabulary);
  return role === "noun" ? usual !== "verb" && usual !== "linked" : usual === role;
}
