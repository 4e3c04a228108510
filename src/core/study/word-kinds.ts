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
  if (/ed$/.test(word) && (known(word.slice(0, -1)) || known(word.slice(0, -2)) || known(word.slice(0, -3) + "y"))) return { kind: "past", plural: false };
  // strive, receive, give are verbs
  if (/(?:ive|ous|ful|able|ible|ical|ial)$/.test(word) && !/(?:eive|rive|give|vive|live)$/.test(word)) return { kind: "adjective", plural: false };
  if (plural && (known(singular) || (word.endsWith("ies") && known(word.slice(0, -3) + "y")))) return { kind: "plural", plural: true };
  return null;
}
