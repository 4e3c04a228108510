// Cloze: a standard with a meaningful word left out, and wrong words to choose from. A blank is
// worth asking when the word carries the rule ("under the influence of any amount of _____"):
// a word few standards use, not a small word ("the") nor a word every standard uses ("peer",
// "services"). Wrong choices are words of the same kind from the codes (a noun in -ity for a
// noun in -ity, a plural for a plural), taken first from the same section, then the same code,
// the neighbouring entries a reader might confuse. A wrong choice that would make a phrase
// some code really uses ("privacy and dignity of") is never offered: there must be one answer.
import type { Standard } from "../../model.js";
import { STOP_WORDS, stem, words } from "../text.js";
import type { Random } from "./rng.js";

/** The word classes a blank and its wrong choices share, told apart by their endings. */
export type WordKind = "adverb" | "gerund" | "past" | "noun-ion" | "noun-abstract" | "adjective" | "plural";

interface WordInfo {
  /** How many standards use it. */
  standards: number;
  /** "code\0section" of the standards that use it. */
  sections: Set<string>;
  codes: Set<string>;
}

export interface ClozeVocabulary {
  words: Map<string, WordInfo>;
  /** Every run of three words of every standard, lower case, space-separated. */
  trigrams: Set<string>;
  /** Number of standards the vocabulary was built from. */
  standards: number;
  /** wordKind of each word, worked out once. */
  kinds: Map<string, { kind: WordKind; plural: boolean } | null>;
}

export interface Cloze {
  /** The word as the text writes it, and where. */
  answer: string;
  start: number;
  end: number;
  /** Wrong words of the same kind, lower case, at most three. */
  distractors: string[];
}

/** A word used by more than this share of the standards tells nothing ("peer", "services"). */
const COMMON_SHARE = 0.12;
const MIN_LENGTH = 5;

/** Plain lower-case words: no capitals (names, acronyms), digits, hyphens or apostrophes. */
const PLAIN_WORD = /^[a-z]+$/;
// an underscore joins: the source's "families_and" is not the word "families"
const TOKEN = /[A-Za-z0-9_][A-Za-z0-9_'’-]*/g;

function partsOf(standard: Standard): string[] {
  return [standard.text, ...standard.items.map((item) => item.text), ...standard.notes];
}

function tokens(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

export function clozeVocabulary(standards: readonly Standard[]): ClozeVocabulary {
  const words = new Map<string, WordInfo>();
  const trigrams = new Set<string>();
  for (const standard of standards) {
    const seen = new Set<string>();
    const section = `${standard.code}\0${standard.section}`;
    for (const part of partsOf(standard)) {
      const lower = tokens(part).map((token) => token.word.toLowerCase());
      for (let at = 0; at + 2 < lower.length; at++) trigrams.add(`${lower[at]} ${lower[at + 1]} ${lower[at + 2]}`);
      for (const word of lower) {
        // A word again in the same standard adds nothing: same standard, section and code.
        if (seen.has(word)) continue;
        seen.add(word);
        let info = words.get(word);
        if (!info) words.set(word, (info = { standards: 0, sections: new Set(), codes: new Set() }));
        info.standards++;
        info.sections.add(section);
        info.codes.add(standard.code);
      }
    }
  }
  return { words, trigrams, standards: standards.length, kinds: new Map() };
}

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
  if (/ing$/.test(word) && word.length >= 6) return { kind: "gerund", plural: false };
  if (/ed$/.test(word) && (known(word.slice(0, -1)) || known(word.slice(0, -2)) || known(word.slice(0, -3) + "y"))) return { kind: "past", plural: false };
  // strive, receive, give are verbs
  if (/(?:ive|ous|ful|able|ible|ical|ial)$/.test(word) && !/(?:eive|rive|give|vive|live)$/.test(word)) return { kind: "adjective", plural: false };
  if (plural && (known(singular) || (word.endsWith("ies") && known(word.slice(0, -3) + "y")))) return { kind: "plural", plural: true };
  return null;
}

function isCommon(word: string, vocabulary: ClozeVocabulary): boolean {
  const info = vocabulary.words.get(word);
  return info !== undefined && info.standards > Math.max(2, vocabulary.standards * COMMON_SHARE);
}

/** The stems of every word of a standard (text, items, notes), each with how often it occurs. */
function stemCounts(standard: Standard): Map<string, number> {
  const counts = new Map<string, number>();
  // words() drops a possessive 's: "person" and "person’s" are one word said twice
  for (const part of partsOf(standard)) {
    for (const word of words(part)) {
      const stemmed = stem(word);
      counts.set(stemmed, (counts.get(stemmed) ?? 0) + 1);
    }
  }
  return counts;
}

interface Candidate {
  word: string;
  start: number;
  end: number;
  /** How many standards use it: fewer is more telling. */
  standards: number;
}

/**
 * The words of a standard's text worth blanking, most telling first: meaningful (not a stop
 * word, not common across the codes), plain lower-case words used once in the standard (a word
 * said twice gives itself away).
 */
export function blankCandidates(standard: Standard, vocabulary: ClozeVocabulary): Candidate[] {
  const counts = stemCounts(standard);
  return tokens(standard.text)
    .filter(({ word }) => PLAIN_WORD.test(word) && word.length >= MIN_LENGTH && !STOP_WORDS.has(word))
    .filter(({ word }) => !isCommon(word, vocabulary) && counts.get(stem(word)) === 1)
    .map(({ word, start, end }) => ({ word, start, end, standards: vocabulary.words.get(word)?.standards ?? 1 }))
    .sort((a, b) => a.standards - b.standards || a.start - b.start);
}

/** Lower-case words around a position of a text: the two before and the two after. */
function context(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const lower = (items: { word: string }[]) => items.map((item) => item.word.toLowerCase());
  const all = tokens(text);
  return { before: lower(all.filter((token) => token.end <= start)).slice(-2), after: lower(all.filter((token) => token.start >= end)).slice(0, 2) };
}

/** Whether putting `word` in the blank makes a run of three words some standard really has. */
function makesRealPhrase(word: string, around: { before: string[]; after: string[] }, vocabulary: ClozeVocabulary): boolean {
  const [b2, b1] = around.before.length === 2 ? around.before : [undefined, around.before[0]];
  const [a1, a2] = around.after;
  const runs = [
    [b2, b1, word],
    [b1, word, a1],
    [word, a1, a2],
  ].filter((run): run is string[] => run.every((item) => item !== undefined));
  return runs.some((run) => vocabulary.trigrams.has(run.join(" ")));
}

/** Wrong choices for a blank: same kind, nearest entries first; fewer than two means no question. */
function distractorsFor(standard: Standard, blank: Candidate, vocabulary: ClozeVocabulary, random: Random): string[] {
  const kind = wordKind(blank.word, vocabulary);
  if (!kind) return [];
  const used = stemCounts(standard);
  const around = context(standard.text, blank.start, blank.end);
  const section = `${standard.code}\0${standard.section}`;
  const candidates = [...vocabulary.words.entries()]
    .filter(([word]) => !STOP_WORDS.has(word) && !isCommon(word, vocabulary) && !used.has(stem(word)))
    .filter(([word]) => {
      const other = wordKind(word, vocabulary);
      return other !== null && other.kind === kind.kind && other.plural === kind.plural;
    })
    .filter(([word]) => Math.abs(word.length - blank.word.length) <= Math.max(3, blank.word.length * 0.4))
    .filter(([word]) => !makesRealPhrase(word, around, vocabulary));
  // neighbouring entries first: the same section, then the same code, then the rest
  const tier = (info: WordInfo) => (info.sections.has(section) ? 0 : info.codes.has(standard.code) ? 1 : 2);
  const ordered = random
    .shuffled(candidates)
    .sort((a, b) => tier(a[1]) - tier(b[1]));
  const chosen: string[] = [];
  for (const [word] of ordered) {
    if (chosen.some((other) => stem(other) === stem(word))) continue;
    chosen.push(word);
    if (chosen.length === 3) break;
  }
  return chosen;
}

/** A cloze question on a standard, or null when no word of it makes a fair one. */
export function clozeOf(standard: Standard, vocabulary: ClozeVocabulary, random: Random): Cloze | null {
  // among the few most telling words, so that one standard can give more than one question
  const candidates = blankCandidates(standard, vocabulary).filter((candidate) => wordKind(candidate.word, vocabulary) !== null);
  for (const blank of random.shuffled(candidates.slice(0, 3)).concat(candidates.slice(3))) {
    const distractors = distractorsFor(standard, blank, vocabulary, random);
    if (distractors.length >= 2) return { answer: blank.word, start: blank.start, end: blank.end, distractors };
  }
  return null;
}

/** The one word to hide on a flash card: the most telling word of the text, if any. */
export function keyWord(standard: Standard, vocabulary: ClozeVocabulary): { start: number; end: number } | null {
  const [best] = blankCandidates(standard, vocabulary);
  return best ? { start: best.start, end: best.end } : null;
}
