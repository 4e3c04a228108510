// A word in -s is a plural noun ("conflicts", "gifts") or a verb said of one ("includes", "helps"),
// and its ending cannot tell which: "This _____:" (includes) offered "interests", "drugs" and
// "conflicts"; "only when it _____ the person" (helps) offered "cards" and "gifts". The words
// around it tell: after "it", "this", "which" or "who", or before "the" or "their", it is a verb;
// after "the", "their", "of" or "for", a noun. A blank is read so in its sentence, and a wrong
// choice must be used in the codes as the blank is: so each word's uses are counted, once a
// vocabulary, from the runs of words it holds.
import type { ClozeVocabulary } from "./cloze.js";

export type Role = "verb" | "noun";

/**
 * Words after which a word in -s is a verb said of them. Not "that", which joins a clause as
 * often ("so that individuals may…") as it is one ("a way that respects").
 */
const SUBJECTS = new Set("it this which who he she one everyone someone anyone nobody".split(" "));
/** Words after which it is a noun: determiners, possessives, prepositions. */
const NOUN_MARKERS = new Set(
  "the a an their his her its our your my of for with in on by from about any all other these those such many some no both each every own various between among into against toward towards".split(" "),
);
/** Words that, right after it, make it a verb with an object ("helps the person", "maintains their"). */
const OBJECT_STARTS = new Set("the a an their his her its them him our your any all each".split(" "));

/** The role the words either side of a word in -s give it, or null where they tell nothing. */
export function roleBetween(before: string | undefined, after: string | undefined): Role | null {
  if (before !== undefined && SUBJECTS.has(before)) return "verb";
  if (before !== undefined && NOUN_MARKERS.has(before)) return "noun";
  if (after !== undefined && OBJECT_STARTS.has(after)) return "verb";
  return null;
}

interface Uses {
  verb: number;
  noun: number;
}

const usesOf = new WeakMap<ClozeVocabulary, Map<number, Uses>>();

/** How often each word (by id) is used as a verb and as a noun in the vocabulary's runs of words. */
function uses(vocabulary: ClozeVocabulary): Map<number, Uses> {
  let found = usesOf.get(vocabulary);
  if (found) return found;
  found = new Map();
  const wordOf: string[] = [];
  for (const [word, info] of vocabulary.words) wordOf[info.id] = word;
  const { ids, length } = vocabulary.phrases!;
  for (let at = 0; at < length; at++) {
    const id = ids[at]!;
    if (id < 0 || !wordOf[id]!.endsWith("s")) continue;
    const before = at > 0 && ids[at - 1]! >= 0 ? wordOf[ids[at - 1]!] : undefined;
    const after = at + 1 < length && ids[at + 1]! >= 0 ? wordOf[ids[at + 1]!] : undefined;
    const role = roleBetween(before, after);
    if (role === null) continue;
    const counted = found.get(id) ?? { verb: 0, noun: 0 };
    counted[role]++;
    found.set(id, counted);
  }
  usesOf.set(vocabulary, found);
  return found;
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
 * The role a word mostly has in the codes; where its uses tell none, a verb if the codes use its
 * other forms as a verb's and never it as a noun ("gives and receives"), else null.
 */
export function usualRole(word: string, vocabulary: ClozeVocabulary): Role | null {
  const id = vocabulary.words.get(word)?.id;
  const counted = (id === undefined ? undefined : uses(vocabulary).get(id)) ?? { verb: 0, noun: 0 };
  if (counted.verb !== counted.noun) return counted.verb > counted.noun ? "verb" : "noun";
  return counted.noun === 0 && hasVerbForms(word, vocabulary) ? "verb" : null;
}

/**
 * Whether a word may fill a blank of `role`: a verb's blank takes only a word the codes use as a
 * verb; a noun's, any word they do not use mostly as a verb.
 */
export function fitsRole(word: string, role: Role, vocabulary: ClozeVocabulary): boolean {
  const usual = usualRole(word, vocabulary);
  return role === "verb" ? usual === "verb" : usual !== "verb";
}
