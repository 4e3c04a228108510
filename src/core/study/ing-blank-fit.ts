// A word in -ing stands in a sentence as the words around it let it, and a wrong choice must be
// able to stand where the blank does. Right before a word that names a thing, one in -ing
// describes it ("their employing agency", "continuing education") or takes it as its object
// ("fulfilling commitments"): the codes write "hurting" only before "other people", yet it was
// offered for "their _____ agency", "_____ arts" and "stories of _____ resiliency". After an
// article or an adjective it names or describes (word-roles.ts reads it a noun): "Provide a
// _____ environment" offered "contributing", which the codes never write so. So a wrong choice
// of an -ing blank before such a word is one the codes write before one too; of one read as a
// noun, one the codes use as one.
import { STOP_WORDS } from "../text.js";
import type { ClozeVocabulary } from "./cloze.js";
import { usualRole, type Role } from "./word-roles.js";

/** "and", "or": an -ing word joined by one to the next shares what follows it ("planning and evaluating behavioral health"). */
const JOINERS = new Set(["and", "or"]);

/** The word right after `end` in `text`, lower case, where only spaces come between: none after punctuation. */
function nextWord(text: string, end: number): { word: string; end: number } | null {
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

const beforeWordsOf = new WeakMap<ClozeVocabulary, Set<number>>();

/** The ids of the words the codes write right before a word that is not a small one, within a text, item or note. */
function writtenBeforeWords(vocabulary: ClozeVocabulary): Set<number> {
  let found = beforeWordsOf.get(vocabulary);
  if (found) return found;
  const small = new Set([...STOP_WORDS].flatMap((word) => vocabulary.words.get(word)?.id ?? []));
  const { ids, length } = vocabulary.phrases!;
  found = new Set();
  for (let at = 0; at + 1 < length; at++) {
    const [id, next] = [ids[at]!, ids[at + 1]!];
    if (id >= 0 && next >= 0 && !small.has(next)) found.add(id);
  }
  beforeWordsOf.set(vocabulary, found);
  return found;
}

/**
 * Which words in -ing may be wrong choices for the -ing blank of `text` that ends at `end`, read
 * in its sentence as `role` (blankRole): before a word that names a thing, words the codes write
 * before one; read as a noun, words the codes use as one.
 */
export function ingChoiceFit(text: string, end: number, role: Role | null, vocabulary: ClozeVocabulary): (word: string) => boolean {
  const beforeWord = standsBeforeWord(text, end);
  const written = beforeWord ? writtenBeforeWords(vocabulary) : null;
  return (word) => {
    if (role === "noun" && usualRole(word, vocabulary) !== "noun") return false;
    if (written === null) return true;
    const id = vocabulary.words.get(word)?.id;
    return id !== undefined && written.has(id);
  };
}
