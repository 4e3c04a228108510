// Words of a text as search and diff compare them: lower case, stop words dropped, stemmed.
import { stemmer } from "stemmer";

/**
 * Function words and question words that carry no meaning for finding a standard, what is left
 * of a contraction once its apostrophe splits it (I'm, don't, you've), and the same contractions
 * typed without one, as in a text message (im, dont, whats).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me might more
  most must my myself no nor not of off on once only or other ought our ours ourselves out over own
  same shall she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves s t ok okay someone something anyone anything
  may also etc e g
  m re ve ll d don doesn didn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn mustn
  im ive dont doesnt didnt cant isnt arent wasnt werent hasnt havent hadnt wouldnt shouldnt couldnt
  whats thats theres heres hes shes theyre youre weve theyve youve u ur pls plz`
    .split(/\s+/)
    .filter(Boolean),
);

const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Marks that show nothing and join or break no word for a reader: accents (after NFKD), and the
 * soft hyphen, zero-width space, joiners, word joiner and byte-order mark, which a word copied
 * from a web page or a PDF may carry inside it ("confi\u00addentiality" is one word).
 */
const INVISIBLE_IN_WORDS = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Lower-case words, apostrophes and hyphens inside words kept apart ("person-first" → person, first). */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // ASCII text has no accents to take off: the same words, without the cost of normalizing.
  const unaccented = NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(INVISIBLE_IN_WORDS, "") : lower;
  return unaccented
    .replace(/[’']s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Whether a text has a word that is not a small word: something to search for. */
export function hasMeaningfulWord(text: string): boolean {
  return words(text).some((word) => !STOP_WORDS.has(word));
}

/** The stems of the meaningful words of a text, in order, repeats kept. */
export function terms(text: string): string[] {
  return words(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}
