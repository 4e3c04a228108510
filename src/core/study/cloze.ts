// Cloze: a standard with a meaningful word left out, and wrong words to choose from. A blank is
// worth asking when the word carries the rule ("under the influence of any amount of _____"):
// a word few standards use, not a small word ("the") nor a word every standard uses ("peer",
// "services"). Wrong choices are words of the same kind from the codes (a noun in -ity for a
// noun in -ity, a plural for a plural), taken first from the same section, then the same code,
// the neighbouring entries a reader might confuse. A wrong choice that would make a phrase
// some code really uses ("privacy and dignity of") is never offered: there must be one answer.
// A flash card's hidden word may be of any script (a user's code in Russian or Japanese); a
// quiz's blanks, whose wrong choices are told by English word endings, are Latin words.
import { allStandards, type Code, type Standard } from "../../model.js";
import { remembered } from "../remembered.js";
import { oneSlipApart } from "../suggest.js";
import { STOP_WORDS, stem, words } from "../text.js";
import { otherScriptWords } from "../script-words.js";
import type { Random } from "./rng.js";
import { madeWhenUsed } from "../made-when-used.js";
import { blankRole, fitsRole } from "./word-roles.js";
import { ingBlankFit, nextWord } from "./ing-blank-fit.js";
import { participleFit } from "./participle-fit.js";
import { pastFit } from "./past-fit.js";
import { fitsTone } from "./harm-words.js";
import { MIN_LENGTH, PLAIN_WORD, wordKind, type WordKind } from "./word-kinds.js";

export { wordKind, type WordKind } from "./word-kinds.js";
import { nearSynonyms } from "./near-synonyms.js";

interface WordInfo {
  /** Its place among the words, in the order they first appear: what the phrase index holds. */
  id: number;
  /** How many standards use it. */
  standards: number;
  /** The last standard (by its number in the vocabulary, from 1) that used it. */
  lastStandard: number;
}

/**
 * Every run of words of every standard, as word ids one after another, each part (text, item,
 * note) ended by -1: whether a run of three words is a phrase of the codes is a scan of this
 * (a few milliseconds for a thousand codes), where a set of every run as a string took millions
 * of strings to build.
 */
interface PhraseIndex {
  ids: Int32Array;
  length: number;
}

export interface ClozeVocabulary {
  /** Lower-case words in the order they first appear (code by code, standard by standard). */
  words: Map<string, WordInfo>;
  /** The runs of words, for clozeOf; null in a vocabulary made for key words only (keyWord). */
  phrases: PhraseIndex | null;
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

/**
 * Words that join a rule's parts and govern nothing: "Shall not engage in gross negligence … This
 * _____:" hid "includes", when the rule's words were the ones to ask. Never hidden, nor offered.
 */
const LIGHT_WORDS = new Set(
  "include includes including included regarding related relating according concerning following involving pertaining limited whether however therefore".split(" "),
);

/** A word used by more than this share of the standards tells nothing ("peer", "services"). */
const COMMON_SHARE = 0.12;
// an underscore joins: the source's "families_and" is not the word "families"
const TOKEN = /[A-Za-z0-9_][A-Za-z0-9_'’-]*/g;

function partsOf(standard: Standard): string[] {
  return [standard.text, ...standard.items.map((item) => item.text), ...standard.notes];
}

function tokens(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/** The only characters whose lower case holds an ASCII letter: İ (i and a dot above) and the Kelvin sign (k). */
const LOWERS_TO_ASCII = /[\u0130\u212a]/;

/** The lower-case words of a text, in order. */
function lowerWords(text: string): string[] {
  // Lower-casing the whole text first finds the same words (a word is ASCII letters, digits and
  // joiners, and no other character's lower case is one), in one call instead of one a word.
  if (!LOWERS_TO_ASCII.test(text)) return text.toLowerCase().match(TOKEN) ?? [];
  return (text.match(TOKEN) ?? []).map((word) => word.toLowerCase());
}

/** A vocabulary of no standards yet: fill it with addToVocabulary. `phrases`: whether clozeOf will use it. */
export function emptyVocabulary(phrases: boolean): ClozeVocabulary {
  return { words: new Map(), phrases: phrases ? { ids: new Int32Array(1024), length: 0 } : null, standards: 0, kinds: new Map() };
}

function pushId(phrases: PhraseIndex, id: number): void {
  if (phrases.length === phrases.ids.length) {
    const grown = new Int32Array(phrases.ids.length * 2);
    grown.set(phrases.ids);
    phrases.ids = grown;
  }
  phrases.ids[phrases.length++] = id;
}

/** Adds standards to a vocabulary, in order: a library's, a code at a time, make the same vocabulary as all at once. */
export function addToVocabulary(vocabulary: ClozeVocabulary, standards: readonly Standard[]): void {
  const { words, phrases } = vocabulary;
  for (const standard of standards) {
    // the standard's number, marked on each word it uses: a word again in it adds nothing
    const mark = ++vocabulary.standards;
    for (const part of partsOf(standard)) {
      for (const word of lowerWords(part)) {
        const info = counted(words, word, mark);
        if (phrases) pushId(phrases, info.id);
      }
      if (phrases) pushId(phrases, -1);
      // How telling a word of another script is counts too; the phrases, which a quiz's wrong
      // choices are checked against, are of the Latin words its choices are made of.
      for (const { word } of otherScriptWords(part)) counted(words, word.toLowerCase(), mark);
    }
  }
}

/** The word's record, counted once for the standard numbered `mark`. */
function counted(words: ClozeVocabulary["words"], word: string, mark: number): WordInfo {
  let info = words.get(word);
  if (!info) words.set(word, (info = { id: words.size, standards: 0, lastStandard: 0 }));
  if (info.lastStandard !== mark) {
    info.lastStandard = mark;
    info.standards++;
  }
  return info;
}

export function clozeVocabulary(standards: readonly Standard[], options: { phrases: boolean } = { phrases: true }): ClozeVocabulary {
  const vocabulary = emptyVocabulary(options.phrases);
  addToVocabulary(vocabulary, standards);
  return vocabulary;
}

/** Whether some standard has these three words in a row (lower case). */
export function isPhrase(vocabulary: ClozeVocabulary, run: readonly [string, string, string]): boolean {
  const [first, second, third] = run.map((word) => vocabulary.words.get(word)?.id ?? -2);
  const { ids, length } = vocabulary.phrases!;
  for (let at = 0; at + 2 < length; at++) {
    if (ids[at] === first && ids[at + 1] === second && ids[at + 2] === third) return true;
  }
  return false;
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
 * said twice gives itself away); then its words in other scripts, which only a text without
 * such a Latin word is left with.
 */
export function blankCandidates(standard: Standard, vocabulary: ClozeVocabulary): Candidate[] {
  const latin = latinCandidates(standard, vocabulary);
  const other = otherScriptCandidates(standard, vocabulary);
  return other.length === 0 ? latin : [...latin, ...other];
}

function latinCandidates(standard: Standard, vocabulary: ClozeVocabulary): Candidate[] {
  const telling = tokens(standard.text).filter(({ word }) => PLAIN_WORD.test(word) && word.length >= MIN_LENGTH && !STOP_WORDS.has(word) && !LIGHT_WORDS.has(word) && !isCommon(word, vocabulary));
  // the standard's words stemmed only where some word may be blanked (a flash card export asks of every standard)
  if (telling.length === 0) return [];
  const counts = stemCounts(standard);
  return telling
    .filter(({ word }) => counts.get(stem(word)) === 1)
    .map(({ word, start, end }) => ({ word, start, end, standards: vocabulary.words.get(word)?.standards ?? 1 }))
    .sort((a, b) => a.standards - b.standards || a.start - b.start);
}

/** Scripts of syllables or ideographs, two of whose characters make a word: Chinese, Japanese kanji and katakana, Korean. */
const syllablesOrIdeographs = madeWhenUsed(() => /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Yi}]/u);
/** Hiragana alone (and its long-vowel mark): a Japanese particle or ending ("は", "から", "ない"), not the matter. */
const kanaAlone = madeWhenUsed(() => /^[\p{Script=Hiragana}\u30fc]+$/u);
const letter = madeWhenUsed(() => /\p{L}/gu);
/** An alphabet's word shorter than this is most likely a small word ("и", "في", "का", "και"). */
const MIN_ALPHABET_LETTERS = 4;

const letterCount = (word: string) => word.match(letter())?.length ?? 0;

/**
 * Whether a word of another script may be worth hiding. Without a stop list or a stemmer for
 * these scripts, its length tells: two characters of a script of syllables or ideographs, four
 * letters of an alphabet; never kana alone.
 */
function mayTell(word: string): boolean {
  if (kanaAlone().test(word)) return false;
  return letterCount(word) >= (syllablesOrIdeographs().test(word) ? 2 : MIN_ALPHABET_LETTERS);
}

/**
 * The words of a standard's text in scripts other than Latin worth blanking (a user's code in
 * Russian, Arabic, Japanese…), most telling first: words that may tell (mayTell), not common
 * across the codes, written once in the standard (text, items and notes, in any case); the
 * rarest first, then the longest, then the first.
 */
function otherScriptCandidates(standard: Standard, vocabulary: ClozeVocabulary): Candidate[] {
  const telling = otherScriptWords(standard.text).filter(({ word }) => mayTell(word) && !isCommon(word.toLowerCase(), vocabulary));
  if (telling.length === 0) return [];
  const counts = new Map<string, number>();
  for (const part of partsOf(standard)) {
    for (const { word } of otherScriptWords(part)) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  }
  return telling
    .filter(({ word }) => counts.get(word.toLowerCase()) === 1)
    .map(({ word, start, end }) => ({ word, start, end, standards: vocabulary.words.get(word.toLowerCase())?.standards ?? 1 }))
    .sort((a, b) => a.standards - b.standards || letterCount(b.word) - letterCount(a.word) || a.start - b.start);
}

/** Lower-case words around a position of a text: the two before and the two after. */
export function wordsAround(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const lower = (items: { word: string }[]) => items.map((item) => item.word.toLowerCase());
  const all = tokens(text);
  return { before: lower(all.filter((token) => token.end <= start)).slice(-2), after: lower(all.filter((token) => token.start >= end)).slice(0, 2) };
}

/**
 * The words that, put in the blank, make a run of three words some standard really has: one
 * scan of the phrase index for the three runs a blank is in ([b2 b1 _], [b1 _ a1], [_ a1 a2]).
 */
function realPhraseFillers(around: { before: string[]; after: string[] }, vocabulary: ClozeVocabulary): Set<number> {
  const idOf = (word: string | undefined) => (word === undefined ? undefined : (vocabulary.words.get(word)?.id ?? -2));
  const [b2, b1] = around.before.length === 2 ? around.before.map(idOf) : [undefined, idOf(around.before[0])];
  const [a1, a2] = [idOf(around.after[0]), idOf(around.after[1])];
  const { ids, length } = vocabulary.phrases!;
  const fillers = new Set<number>();
  for (let at = 0; at + 2 < length; at++) {
    const [first, second, third] = [ids[at]!, ids[at + 1]!, ids[at + 2]!];
    if (first === -1 || second === -1 || third === -1) continue;
    if (first === b2 && second === b1) fillers.add(third);
    if (first === b1 && third === a1) fillers.add(second);
    if (second === a1 && third === a2) fillers.add(first);
  }
  return fillers;
}

/** The words of a code's standards, and of those in one of its sections: the neighbouring entries of a blank. */
function neighbourWords(code: Code, section: string): { section: Set<string>; code: Set<string> } {
  const words = { section: new Set<string>(), code: new Set<string>() };
  for (const standard of allStandards(code)) {
    for (const part of partsOf(standard)) {
      for (const word of lowerWords(part)) {
        words.code.add(word);
        if (standard.section === section) words.section.add(word);
      }
    }
  }
  return words;
}

/** Wrong choices for a blank: same kind, nearest entries first; fewer than two means no question. */
function distractorsFor(standard: Standard, code: Code, blank: Candidate, vocabulary: ClozeVocabulary, random: Random): string[] {
  const kind = wordKind(blank.word, vocabulary);
  if (!kind) return [];
  const used = stemCounts(standard);
  const around = wordsAround(standard.text, blank.start, blank.end);
  const fillers = realPhraseFillers(around, vocabulary);
  // a word in -s or -ing: a verb's blank takes verbs, a noun's nouns, as the words around it read it (word-roles.ts)
  const ing = kind.kind === "gerund" ? ingBlankFit(blank.word.toLowerCase(), standard.text, blank.end, around, vocabulary) : null;
  const role = ing ? ing.role : kind.kind === "plural" ? blankRole(blank.word.toLowerCase(), around, vocabulary) : null;
  // a participle after what it is said of, before a preposition, takes participles the codes write so (participle-fit.ts);
  // elsewhere a word in -ed describing a thing, or said of one, takes those the codes write so (past-fit.ts)
  const next = kind.kind === "past" ? (nextWord(standard.text, blank.end)?.word ?? null) : null;
  const participle = kind.kind === "past" ? (participleFit(around.before.at(-1), next, vocabulary) ?? pastFit(around.before.at(-1), next, vocabulary)) : null;
  const fitsPlace = ing?.fits ?? participle ?? (() => true);
  const fitsItsTone = fitsTone(blank.word);
  const candidates = [...vocabulary.words.entries()]
    .filter(([word]) => !STOP_WORDS.has(word) && !LIGHT_WORDS.has(word) && !isCommon(word, vocabulary) && !used.has(stem(word)))
    .filter(([word]) => role === null || fitsRole(word, role, vocabulary))
    // a word that reads as well in the blank is no wrong choice (near-synonyms.ts)
    .filter(([word]) => !nearSynonyms(word, blank.word.toLowerCase()))
    .filter(([word]) => {
      const other = wordKind(word, vocabulary);
      return other !== null && other.kind === kind.kind && other.plural === kind.plural;
    })
    .filter(([word]) => fitsPlace(word) && fitsItsTone(word))
    .filter(([word]) => Math.abs(word.length - blank.word.length) <= Math.max(3, blank.word.length * 0.4))
    .filter(([, info]) => !fillers.has(info.id));
  // neighbouring entries first: the same section, then the same code, then the rest
  const near = neighbourWords(code, standard.section);
  const tier = (word: string) => (near.section.has(word) ? 0 : near.code.has(word) ? 1 : 2);
  const ordered = random.shuffled(candidates).sort((a, b) => tier(a[0]) - tier(b[0]));
  const chosen: string[] = [];
  for (const [word] of ordered) {
    // A word a letter apart is the same word to a reader, spelt another way ("judgement" and
    // "judgment" are both in Medi-Cal): the answer too, or two wrong choices that give each other away.
    if (oneSlipApart(word, blank.word)) continue;
    if (chosen.some((other) => stem(other) === stem(word) || oneSlipApart(other, word))) continue;
    chosen.push(word);
    if (chosen.length === 3) break;
  }
  return chosen;
}

/**
 * The stems of the words of a standard's citation, its code's short name and its section's
 * title: the question is headed with it ("Which word is missing from Medi-Cal · Integrity 1?"),
 * so a word of one of those stems in the blank is answered above it ("integrity"), in any form
 * of it ("relationships" under Alaska's "Relationship with Clients").
 */
function citedStems(standard: Standard): Set<string> {
  return new Set(words(standard.citation).map(stem));
}

/**
 * A cloze question on a standard of `code`, or null when no word of it makes a fair one. The
 * vocabulary must be made with phrases, from a library that holds the code.
 */
export function clozeOf(standard: Standard, code: Code, vocabulary: ClozeVocabulary, random: Random): Cloze | null {
  const cited = citedStems(standard);
  // among the few most telling words, so that one standard can give more than one question
  const candidates = blankCandidates(standard, vocabulary).filter((candidate) => wordKind(candidate.word, vocabulary) !== null && !cited.has(stem(candidate.word)));
  for (const blank of random.shuffled(candidates.slice(0, 3)).concat(candidates.slice(3))) {
    const distractors = distractorsFor(standard, code, blank, vocabulary, random);
    if (distractors.length >= 2) return { answer: blank.word, start: blank.start, end: blank.end, distractors };
  }
  return null;
}

/** keyWord's candidates by a standard's words (keyOfWords), for each vocabulary; at most this many kept (a few megabytes of text). */
const KEY_WORDS_KEPT = 16_384;
const keyWords = new WeakMap<ClozeVocabulary, Map<string, readonly { start: number; end: number; stem: string }[]>>();

/**
 * What keyWord (and a confident reading of strength, quiz/confident-strengths.ts) reads of a standard (its text,
 * items and notes) as one string, or null where a part holds the separator. Users' codes made from one source repeat its standards word for
 * word: a thousand copies of a code are worked out once.
 */
export function keyOfWords(standard: Standard): string | null {
  const parts = partsOf(standard);
  if (parts.some((part) => part.includes("\0"))) return null;
  return `${standard.items.length}\0${parts.join("\0")}`;
}

/**
 * The one word to hide on a flash card: the most telling word of the text, if any, but for a
 * word the card's citation shows above it (citedStems), as a cloze question leaves those out.
 * The candidates are remembered by the words alone, which copies of a code share, and the
 * citation, which they do not, is applied after.
 */
export function keyWord(standard: Standard, vocabulary: ClozeVocabulary): { start: number; end: number } | null {
  const key = keyOfWords(standard);
  let known = keyWords.get(vocabulary);
  if (!known) keyWords.set(vocabulary, (known = new Map()));
  const find = () => blankCandidates(standard, vocabulary).map((candidate) => ({ start: candidate.start, end: candidate.end, stem: stem(candidate.word) }));
  const candidates = key === null ? find() : remembered(known, KEY_WORDS_KEPT, key, find);
  const cited = citedStems(standard);
  const best = candidates.find((candidate) => !cited.has(candidate.stem));
  return best ? { start: best.start, end: best.end } : null;
}
