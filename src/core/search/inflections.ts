// The regular inflections of English words, spelt by the rules (dose → doses, dosed, dosing; hug →
// hugs, hugged, hugging): a list of spoken words holds the common forms of a word but not
// always all of them, and a form it lacks is still spelt right when the word inflects.

const VOWELS = "aeiou";

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.includes(letter);
}

/** Groups of vowels in a row: one for "hug", "stop", "dose" (its final e is silent), two for "visit". */
function syllables(word: string): number {
  const sounded = word.endsWith("e") ? word.slice(0, -1) : word;
  let count = 0;
  for (let at = 0; at < sounded.length; at++) if (isVowel(sounded[at]) && !isVowel(sounded[at - 1])) count++;
  return count;
}

/**
 * A word of one syllable ending consonant, vowel, consonant (not w, x or y) doubles its last
 * letter before -ed and -ing (hug → hugging, stop → stopped). Longer words double it only when
 * their last syllable is stressed (prefer, but visit), which spelling does not show: they are
 * left single, as American spelling mostly has it.
 */
function doublesLastLetter(word: string): boolean {
  const [before, vowel, last] = [word[word.length - 3], word[word.length - 2], word[word.length - 1]];
  return word.length >= 3 && syllables(word) === 1 && !isVowel(before) && isVowel(vowel) && !isVowel(last) && !"wxy".includes(last!);
}

function withS(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The form before -ed and -ing: hop → hopp, hope → hop, try → tri (before -ed only). */
function withEnding(word: string, ending: "ed" | "ing"): string {
  if (ending === "ing" && word.endsWith("ie")) return `${word.slice(0, -2)}ying`;
  if (word.endsWith("e") && !(ending === "ing" && /(ee|ye|oe)$/.test(word))) return `${word.slice(0, -1)}${ending}`;
  if (ending === "ed" && /[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (doublesLastLetter(word)) return `${word}${word[word.length - 1]}${ending}`;
  return `${word}${ending}`;
}

/** The -s, -ed and -ing forms of `word`, as English spells them. */
export function inflectionsOf(word: string): string[] {
  return [withS(word), withEnding(word, "ed"), withEnding(word, "ing")];
}

/**
 * `english` with the inflections of each of its words that has one of them in `english` too: a
 * word that inflects (dose: doses) has all its forms spelt right (dosing), while one that does
 * not (huge) lends none of them ("huging" is a slip of hugging, not a form of huge).
 */
export function withInflections(english: Iterable<string>): Set<string> {
  const listed = new Set(english);
  const all = new Set(listed);
  for (const word of listed) {
    const forms = inflectionsOf(word);
    if (forms.some((form) => listed.has(form))) for (const form of forms) all.add(form);
  }
  return all;
}
