// A topic's or concept's name typed with slips, as someone typing fast or dictating writes it:
// a letter dropped ("huging"), swapped ("crads"), wrong ("relashionships"), or a word spelt as
// it sounds ("lones" for loans, "duel" for dual). Each word is read as search's typo reader
// reads a query's (typo.ts: a slip or two, by the word's length), against the words the names
// are written in (ids, names, synonyms, entry terms), or as one of them sounding alike
// (sound-key.ts); the words so mended are offered where they name a matter whole (topics.ts),
// and "lones" is no longer the entry term "lonely", whose stem it shares.
import type { Library } from "../../model.js";
import { soundKey } from "../sound-key.js";
import { typoDistance } from "../suggest.js";
import { correctTypo } from "../search/typo.js";
import { slugify } from "../codes/resolve.js";
import { STOP_WORDS, terms, words } from "../text.js";
import { madeWhenUsed } from "../made-when-used.js";
import { englishWordCheck } from "../word-check.js";

/**
 * The words the names are written in; how each sounds, and the names whole, worked out when
 * first asked: a name with no word near another's (`topic nonsenseword`) needs no name whole,
 * and the sound of those words only that are near its words in length. Made for every word,
 * a sound key and stems for each of thousands, they were most of a failed lookup.
 */
interface NameWords {
  known: ReadonlySet<string>;
  list: readonly string[];
  /** soundKey(word), worked out once per word. */
  soundOf: (word: string) => string;
  /** Each name as a slug and as the stems of its words: what a reading must be to name one. */
  whole: () => ReadonlySet<string>;
}

/** The keys a name is looked up by whole: its slug, and its words' stems (topics.ts). */
const wholeKeys = (name: string): string[] => [slugify(name), terms(name).join(" ")];

const nameWordsOf = new WeakMap<Library, NameWords>();

function nameWords(library: Library): NameWords {
  let found = nameWordsOf.get(library);
  if (found !== undefined) return found;
  const names = [
    ...library.topics.flatMap((topic) => [topic.id, topic.name, ...topic.synonyms]),
    ...library.concepts.flatMap((concept) => [concept.id, concept.name, ...concept.terms]),
  ];
  const known = new Set(names.flatMap((name) => words(name)));
  const sounds = new Map<string, string>();
  const soundOf = (word: string) => {
    let key = sounds.get(word);
    if (key === undefined) sounds.set(word, (key = soundKey(word)));
    return key;
  };
  found = { known, list: [...known], soundOf, whole: madeWhenUsed(() => new Set(names.flatMap(wholeKeys))) };
  nameWordsOf.set(library, found);
  return found;
}

/**
 * Letters of the shortest word read as a slip: a word of three is a slip of dozens ("dat",
 * "mod"), as typo.ts leaves such words alone.
 */
const SHORTEST_SLIP = 4;
/** Readings of one word at most: the nearest few, as search keeps. */
const READINGS_KEPT = 3;
/** Words mended at most: past that, what was typed is no name with a slip or two. */
const WORDS_MENDED = 4;
/** Words of a name at most, as typed: a pasted sentence is no name. */
const WORDS_READ = 8;
/**
 * Edits a word sounding alike may be from what was typed: "lones" and "loans" are two; a
 * spelling by ear further off shares a key with too many words.
 */
const SOUND_EDITS = 2;

/** Whether `word` is one the names are not written in and no English word spelt right. */
function unknownWord(names: NameWords, word: string): boolean {
  return !names.known.has(word) && !STOP_WORDS.has(word) && !/^\d+$/.test(word) && !englishWordCheck()(word);
}

/**
 * Whether `word` begins a word of the names: typed in part ("empath", "confidentia"), which
 * topics.ts reads as the start of a name, and so no slip to mend into another word.
 */
function typedInPart(names: NameWords, word: string): boolean {
  return names.list.some((known) => known.length > word.length && known.startsWith(word));
}

/** A word no name has, nor English, nor typed in part: a slip ("lones", "huging"). */
function slipped(names: NameWords, word: string): boolean {
  return word.length >= SHORTEST_SLIP && unknownWord(names, word) && !typedInPart(names, word);
}

/** Whether a word of `input` is a slip: none of the names' words, nor English, nor the start of one. */
export function hasSlip(library: Library, input: string): boolean {
  const names = nameWords(library);
  return words(input).some((word) => slipped(names, word));
}

/**
 * `input` with the g of -ing written where speech drops it ("datin", "mandated reportin"), as
 * search reads a query (query.ts withDroppedG): a word the names do not use, nor English, that
 * with its g is a word of theirs. Read before the start of a name is looked for, since "datin"
 * starts "Dating a family member of someone you support" as well as meaning dating. `input`
 * itself where no word is so.
 */
export function withDroppedG(library: Library, input: string): string {
  const typed = words(input);
  if (!typed.some((word) => word.length >= SHORTEST_SLIP && word.endsWith("in"))) return input;
  const names = nameWords(library);
  const read = typed.map((word) => (word.length >= SHORTEST_SLIP && word.endsWith("in") && unknownWord(names, word) && names.known.has(`${word}g`) ? `${word}g` : word));
  return read.some((word, at) => word !== typed[at]) ? read.join(" ") : input;
}

/**
 * The words of the names `word` may have been meant as, nearest first: those sounding alike,
 * then those a slip away (typo.ts); for an English word spelt right, `englishToo`, only those
 * sounding alike, as a word spelt right is meant as typed unless it is the name's sound.
 */
function readingsOf(names: NameWords, word: string, englishToo: boolean): string[] {
  const spelt = englishWordCheck()(word);
  if (spelt ? !englishToo || word.length < SHORTEST_SLIP || names.known.has(word) || STOP_WORDS.has(word) : !slipped(names, word)) return [];
  // A word sounding alike is at most SOUND_EDITS from it, and so as near in length.
  const sound = soundKey(word);
  const alike = names.list
    .filter((candidate) => Math.abs(candidate.length - word.length) <= SOUND_EDITS && names.soundOf(candidate) === sound)
    .map((candidate) => ({ candidate, edits: typoDistance(word, candidate) }))
    .filter(({ candidate, edits }) => !STOP_WORDS.has(candidate) && edits <= SOUND_EDITS)
    .sort((a, b) => a.edits - b.edits || (a.candidate < b.candidate ? -1 : 1))
    .map(({ candidate }) => candidate);
  const slips = spelt ? [] : correctTypo(word, names.list).filter((candidate) => !STOP_WORDS.has(candidate));
  return [...new Set([...alike, ...slips])].slice(0, READINGS_KEPT);
}

/**
 * `input` with its slips mended, each way it may be that is a name whole, nearest first (each
 * word's nearer readings, then fewer words changed), for topics.ts to keep the first that names
 * one matter. None where no word has a reading, or too many words would need one.
 */
export function mendedReadings(library: Library, input: string, englishToo: boolean): string[] {
  const typed = words(input);
  if (typed.length === 0 || typed.length > WORDS_READ) return [];
  const names = nameWords(library);
  const readings = typed.map((word) => readingsOf(names, word, englishToo));
  const mended = readings.filter((each) => each.length > 0).length;
  if (mended === 0 || mended > WORDS_MENDED) return [];
  // Each word as typed (rank 0) or as one of its readings (rank 1, 2, …): every combination, by
  // the ranks' sum, a word kept as typed where it has no reading (a form of a name's word, "hugs").
  let ways: { words: string[]; rank: number; changed: number }[] = [{ words: [], rank: 0, changed: 0 }];
  typed.forEach((word, at) => {
    const choices = [word, ...readings[at]!];
    ways = ways.flatMap((way) => choices.map((choice, rank) => ({ words: [...way.words, choice], rank: way.rank + rank, changed: way.changed + (rank > 0 ? 1 : 0) })));
  });
  // Only a reading that is a name whole is worth looking up (each lookup reads every name).
  return ways
    .filter((way) => way.changed > 0)
    .sort((a, b) => a.rank - b.rank || a.changed - b.changed)
    .map((way) => asTyped(input, typed, way.words))
    .filter((reading) => wholeKeys(reading).some((key) => names.whole().has(key)));
}

/**
 * The words `chosen` for the `typed` words of `input`, put back where each was typed: what was
 * not mended stays as typed ("i'm into hm" → "i'm into him", not "i m into him"; "someone's gfts"
 * → "someone's gifts"). Joined by spaces where the typed words are not found in order as whole
 * words (accents words() took off).
 */
function asTyped(input: string, typed: readonly string[], chosen: readonly string[]): string {
  const lower = input.toLowerCase();
  if (lower.length !== input.length) return chosen.join(" ");
  let shown = "";
  let from = 0;
  for (let at = 0; at < typed.length; at++) {
    const word = typed[at]!;
    const start = lower.indexOf(word, from);
    const end = start + word.length;
    if (start < 0 || isWordCharacter(lower[start - 1]) || isWordCharacter(lower[end])) return chosen.join(" ");
    shown += input.slice(from, start) + (chosen[at] === word ? input.slice(start, end) : chosen[at]);
    from = end;
  }
  return (shown + input.slice(from)).trim();
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[a-z0-9]/.test(character);
}
