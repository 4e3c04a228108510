// The class of a word by its ending: what a cloze blank and its wrong choices share (cloze.ts),
// and what the words around a blank are read as (word-roles.ts).
import type { ClozeVocabulary } from "./cloze.js";

/** The word classes a blank and its wrong choices share, told apart by their endings. */
export type WordKind = "adverb" | "gerund" | "past" | "noun-ion" | "noun-abstract" | "adjective" | "plural";

export const MIN_LENGTH = 5;

/** Plain lower-case words: no capitals (names, acronyms), digits, hyphens or apostrophes. */
export const PLAIN_WORD = /^[a-z]+$/;

/** The class of a word by its ending; null when its ending says nothing reliable. */
export function wordKind(word: string, vocabulary: ClozeVocabulary): { kind: WordKind; plural: boolean } | null {
  let kind = vocabulary.kinds.get(word);
  if (kind === undefined) vocabulary.kinds.set(word, (kind = kindByEnding(word, vocabulary)));
  return kind;
}

function kindByEnding(word: string, vocabulary: ClozeVocabulary): { kind: WordKind; plural: boolean } | null {
  if (!PLAIN_WORD.test(word) || word.length < MIN_LENGTH) return null;
  const known = (base: string) => base.length >= 3 && vocabulary.words.has(base);
  const plural = /[^s]s$/.test(word) && !/(?:ss|us|is|ous)$/.test(word);
  const singular = plural ? word.slice(0, -1) : word;
  if (/(?:tion|sion)$/.test(singular)) return { kind: "noun-ion", plural };
  if (/(?:ment|ness|ity|ance|ence|ship|ism)$/.test(singular)) return { kind: "noun-abstract", plural };
  // "family" is not an adverb: the word without -ly must be a word of the codes too
  if (/ly$/.test(word)) return known(word.slice(0, -2)) || known(word.slice(0, -3) + "le") ? { kind: "adverb", plural: false } : null;
  // a verb's form: not a pronoun in -thing ("nothing", "everything"), nor a word whose stem has no vowel ("string")
  if (/ing$/.test(word)) return word.length >= 6 && !word.endsWith("thing") && /[aeiouy]/.test(word.slice(0, -3)) ? { kind: "gerund", plural: false } : null;
  if (isPastForm(word, known)) return { kind: "past", plural: false };
  // strive, receive, give are verbs
  if (/(?:ive|ous|ful|able|ible|ical|ial)$/.test(word) && !/(?:eive|rive|give|vive|live)$/.test(word)) return { kind: "adjective", plural: false };
  if (plural && (known(singular) || (word.endsWith("ies") && known(word.slice(0, -3) + "y")))) return { kind: "plural", plural: true };
  return null;
}

/**
 * Whether a word in -ed is a verb's past form. Its plain form is a word of the codes in any of a
 * verb's forms ("allowed": "allowing"; "defined": "defines"), or it ends as only a verb's past
 * form does: -ired, -ined ("required", "desired", "joined"). Read by the plain form alone, "required",
 * "defined" and "referred" were no past forms, the codes writing "require", "define" and "refer"
 * nowhere: of 40 words in -ed, 16 were, and a past form's blank had few wrong choices to fit it.
 * The plain form: without -d ("require"), -ed ("allow"), -ied for -y ("identify"), or -ed and the
 * consonant doubled before it ("referred": "refer").
 */
function isPastForm(word: string, known: (base: string) => boolean): boolean {
  if (!word.endsWith("ed") || word.endsWith("eed")) return false;
  const bases = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`];
  if (/([b-df-hj-np-tv-z])\1ed$/.test(word)) bases.push(word.slice(0, -3));
  const asVerb = (base: string) => [base, `${base}s`, `${base}es`, `${base}ing`, `${base.replace(/e$/, "")}ing`].some(known);
  return bases.some(asVerb) || /i[rn]ed$/.test(word);
}
