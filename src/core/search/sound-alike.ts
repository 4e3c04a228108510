// Words that sound alike: "lone" and "loan", "duel" and "dual", "brake" and "break". A
// dyslexic speller, or dictation, writes the word that sounds right, and it is a word too, so
// typo correction (which leaves real words alone) reads it as meant. A key of how a word sounds
// finds those of the vocabulary it may stand for. Double Metaphone keeps consonants only, so
// "lone" would sound as line, lane and lean; this key keeps the vowel's sound too, read from how
// English spells it (a final e lengthens the vowel before it: lone, role; oa, ai, ee, ue are
// long vowels), so that only words spelt differently for the same sound share one.

import { sortedStartingWith } from "./sorted.js";

const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;
const VOWEL = /[aeiouy]/;

/** Spellings of one sound, longest first: each with the sounds it may be ("ei": receive, veil). */
const SPELLINGS: readonly [string, readonly string[]][] = [
  ["eigh", ["A"]],
  ["igh", ["I"]],
  ["oll", ["Ol"]],
  ["oa", ["O"]],
  ["ai", ["A"]],
  ["ay", ["A"]],
  ["ee", ["E"]],
  ["ea", ["E"]],
  ["ie", ["E"]],
  ["ei", ["E", "A"]],
  ["ue", ["U"]],
  ["ua", ["U"]],
  ["ew", ["U"]],
  ["oo", ["U"]],
  ["ph", ["f"]],
  ["ck", ["k"]],
  ["gh", [""]],
  ["sce", ["se"]],
  ["sci", ["si"]],
  ["ce", ["s"]],
  ["ci", ["si"]],
  ["cy", ["si"]],
  ["c", ["k"]],
  ["q", ["k"]],
  ["x", ["ks"]],
];

/** A first letter written but not said. */
const SILENT_START: readonly [string, string][] = [
  ["kn", "n"],
  ["wr", "r"],
  ["wh", "w"],
];

/** The few words whose "ea" says the a of "brake" (and their forms: breaks, breaking). */
const EA_AS_A = /^(?:break|steak|great)/;

/** Consonants after which a final s is said as s; after the others, and a vowel, as z ("rays": raise). */
const VOICELESS = /[ptkf]/;

/**
 * The ways `word` (lower case letters) may sound, as keys: equal keys, the same sound. A vowel
 * before one consonant and another vowel is long ("lone", "later": lOn, lAter), before two it
 * is short ("latter"); a final e is silent; a consonant written twice is said once; an s
 * between a vowel and a final e, or at the end after a vowel or a voiced consonant, is a z.
 */
export function soundKeys(word: string): string[] {
  let spelt = word;
  for (const [written, said] of SILENT_START) if (spelt.startsWith(written)) spelt = said + spelt.slice(written.length);
  if (EA_AS_A.test(spelt)) spelt = spelt.replace("ea", "ai");
  let keys = [""];
  for (let at = 0; at < spelt.length; ) {
    // "ie" ends a word as the i of "die" (died, lies), elsewhere as the e of "piece".
    const found = /^ie[ds]?$/.test(spelt.slice(at)) && at > 0 ? (["ie", ["I"]] as const) : SPELLINGS.find(([written]) => spelt.startsWith(written, at));
    let sounds: readonly string[];
    if (found !== undefined) {
      sounds = found[1];
      at += found[0].length;
    } else {
      sounds = [letterSound(spelt, at)];
      at++;
    }
    keys = keys.flatMap((key) => sounds.map((sound) => key + sound));
  }
  return [...new Set(keys.map((key) => key.replace(/([b-df-hj-np-tv-z])\1+/g, "$1")))];
}

/** How the letter at `at` sounds where no spelling of SPELLINGS starts there. */
function letterSound(spelt: string, at: number): string {
  const letter = spelt[at]!;
  const [next, after] = [spelt[at + 1] ?? "", spelt[at + 2] ?? ""];
  if (letter === "e" && at === spelt.length - 1 && at > 0) return "";
  if (letter === "s" && at > 0 && ((at === spelt.length - 1 && !VOICELESS.test(spelt[at - 1]!) && spelt[at - 1] !== "s") || (VOWEL.test(spelt[at - 1]!) && next === "e" && at + 2 === spelt.length))) return "z";
  if (!VOWEL.test(letter) || (letter === "y" && at === 0)) return letter;
  const vowel = letter === "y" ? "i" : letter;
  return CONSONANT.test(next) && next !== after && VOWEL.test(after) ? vowel.toUpperCase() : vowel;
}

/** Whether two words may sound the same. */
export function soundAlike(a: string, b: string): boolean {
  const keys = new Set(soundKeys(a));
  return soundKeys(b).some((key) => keys.has(key));
}

/** Letters a word that sounds like another may be longer or shorter by ("lone", "alone"). */
const MOST_LETTERS_APART = 2;

/**
 * The words of `vocabulary` (sorted, space-separated) other than `word` that may sound as it
 * does: those with its first letter, near its length. A slip of the first sound is another
 * matter ("write", "right"), and comparing only those keeps this to a few hundred words.
 */
export function wordsSoundingLike(word: string, vocabulary: string): string[] {
  return sortedStartingWith(vocabulary, word[0]!).filter((other) => other !== word && Math.abs(other.length - word.length) <= MOST_LETTERS_APART && soundAlike(word, other));
}

/**
 * A lookup of whether a word sounds like a word of `vocabulary` other than itself (as
 * wordsSoundingLike finds them), for checking many words: the vocabulary's keys are worked out
 * once.
 */
export function soundsLikeOneOf(vocabulary: readonly string[]): (word: string) => boolean {
  const byKey = new Map<string, string[]>();
  for (const known of vocabulary) {
    for (const key of soundKeys(known)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [known]);
      else list.push(known);
    }
  }
  return (word) => soundKeys(word).some((key) => byKey.get(key)?.some((known) => known !== word && known[0] === word[0] && Math.abs(known.length - word.length) <= MOST_LETTERS_APART) ?? false);
}
