// Words spelt apart that sound alike ("duel" for "dual", "lones" for "loans", "payed" for
// "paid"): a writer who spells by ear, as many with dyslexia do, writes a word as it sounds, and
// edit distance alone ranks such a spelling no nearer its word than any other two letters off
// ("lones" is one letter from "lines" and "zones", two from "loans"). Metaphone and Soundex keep
// no vowel after the first letter, so "lines" and "loans" are one key to them; this key keeps
// the first vowel's letter, as the stressed vowel of a short word is seldom misheard, and reads
// the later ones as one sound, as unstressed vowels are spoken ("duel", "dual").

/** Spellings of one consonant sound, in the order they are rewritten. */
const CONSONANTS: readonly (readonly [RegExp, string])[] = [
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/c(?=[eiy])/g, "s"],
  [/[cq]/g, "k"],
  [/x/g, "ks"],
  [/z/g, "s"],
  [/^wh/, "w"],
  [/^kn/, "n"],
  [/^wr/, "r"],
];

/** The letters a vowel is written with; y is one after a consonant ("lying") or another vowel. */
const VOWELS = /(?:[aeiou]|(?<=.)y)+/g;

/**
 * A key that words sounding alike share: consonants as they sound, a letter written twice as
 * once, a silent e at the end left out ("lones": lons, as "loans"), the first vowel's sound by
 * its first letter ("oa" and "o" alike) and every later vowel as one mark.
 */
export function soundKey(word: string): string {
  let key = word.toLowerCase().replace(/[^a-z]/g, "");
  // "lones", "hoped", "tone": an e after a consonant at the end is silent, and before its s or
  // d, but for a hissing sound before s ("supervises") and a t or d before d ("hated").
  key = key.replace(/(?<=[aeiouy][^aeiouy])e$|(?<=[aeiouy][^aeiouysxzcgh])e(?=s$)|(?<=[aeiouy][^aeiouydt])e(?=d$)/, "");
  for (const [spelling, sound] of CONSONANTS) key = key.replace(spelling, sound);
  key = key.replace(/(.)\1+/g, "$1");
  let first = true;
  return key.replace(VOWELS, (vowel) => {
    if (!first) return "*";
    first = false;
    return vowel[0]!;
  });
}
