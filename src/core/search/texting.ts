// Texting spellings of everyday words ("w" for with, "b4" for before, "appt" for appointment),
// read as the words they spell: a question typed on a phone says "person w SUD" or "my bf", and
// the words it means are what the codes and the concept index are searched for. Only spellings
// that stand for one word whatever the context: not "pt" (patient, part-time), "sup"
// (supervisor, "what's up"), "rn" (right now, a registered nurse), "cuz" (because, cousin),
// "b" or "c" (hep C, plan B). A lone "n", "r" or "u" is a word too ("me n him", "r u on meds"):
// left as typed, "n" and "r" were rare words of the concept index ("n-word", "the r-word") and
// weighed as much as a question's rarest word. So were "2" and "4" ("Part 2", "bill 4 units"),
// which are read as to and for only where the words around them say no number is meant.
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ["w", "with"],
  ["bc", "because"],
  ["b4", "before"],
  ["abt", "about"],
  ["thru", "through"],
  ["ppl", "people"],
  ["bf", "boyfriend"],
  ["gf", "girlfriend"],
  ["wk", "week"],
  ["wks", "weeks"],
  ["wknd", "weekend"],
  ["wknds", "weekends"],
  ["yr", "year"],
  ["yrs", "years"],
  ["tmrw", "tomorrow"],
  ["msg", "message"],
  ["txt", "text"],
  ["convo", "conversation"],
  ["appt", "appointment"],
  ["appts", "appointments"],
  ["mgmt", "management"],
  ["clnt", "client"],
  ["grp", "group"],
  ["mtg", "meeting"],
  ["xmas", "christmas"],
  ["sum1", "someone"],
  ["evry1", "everyone"],
  ["wat", "what"],
  ["wut", "what"],
  ["shld", "should"],
  ["bcuz", "because"],
  ["tho", "though"],
  ["prolly", "probably"],
  ["biz", "business"],
  ["fav", "favorite"],
  ["fave", "favorite"],
  ["favs", "favorites"],
  ["faves", "favorites"],
  ["bday", "birthday"],
  ["bdays", "birthdays"],
  ["hosp", "hospital"],
  ["sched", "schedule"],
  ["fb", "facebook"],
  ["od", "overdose"],
  ["ods", "overdoses"],
  ["pic", "picture"],
  ["pics", "pictures"],
]);

/** "w/o" and "b/c", which words() would split into letters, as the words they spell. */
const SLASHED = /\b(?:[wW]\/[oO]|[bB]\/[cC])\b/g;
/**
 * Pronouns as people state them ("she/her", "they/them", "he/they"): each word alone is a small
 * word, and what is meant is pronouns. Not "she/he" (either person).
 */
const PRONOUN_SET = /\b(?:[Ss]he|[Hh]e|[Tt]hey|[Zz]e|[Xx]e)\/(?:her|him|them|they|hir|zir|xem)(?:\/(?:hers|his|theirs|them|her|him|they))?\b/g;
/** "side fx": "fx" alone is also a fracture ("hip fx"). */
const SIDE_FX = /\bside fx\b/gi;
/**
 * "n", "r" and "u" standing alone: between spaces, the text's ends or a mark that ends a word
 * (a comma, a question mark, a bracket, a quote), so never joined to another letter of any
 * script ("résumé", "n-word" with any hyphen, "R&R", "N.A.", "rock n' roll"); nor naming a
 * word ("the n word").
 */
const LONE_LETTER = /(?<=^|[\s,;:!?"“”()[\]{}])[nNrRuU](?=$|[\s,;:!?"“”()[\]{}])(?!\s+words?\b)/g;
const LETTER_WORDS: ReadonlyMap<string, string> = new Map([
  ["n", "and"],
  ["r", "are"],
  ["u", "you"],
]);
/**
 * Contractions typed without their apostrophe ("i cant make it", "dont"): words() splits "can't"
 * into can and t, so an entry term such as "can't make it" is a run of words the typed form did
 * not match. Only forms that are no other word: not "ill", "id", "were", "well", "its", "lets",
 * "shell", "hell", "wed", "shed".
 */
const WITHOUT_APOSTROPHE = /\b(?:(?:can|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn|wouldn|shouldn|couldn|mustn|needn|won|ain)t|i(?:m|ve)|(?:you|we|they|would|could|should|might|must)ve|(?:you|they)(?:re|ll|d)|(?:what|that|there|here|he|she)s|(?:it|that)ll)\b/gi;
/** Where the apostrophe goes back: before the contraction's ending. */
const CONTRACTED_ENDING = /(t|m|ve|re|ll|d|s)$/i;

/** "2" and "4" alone between spaces: each is looked at with the words on either side (digitAsWord). */
const LONE_DIGIT = /(?<=\s)[24](?=\s)/g;
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ["2", "to"],
  ["4", "for"],
]);
/** Words after which a digit is a number: a place in a text or a list, a time, a date, a comparison. */
const NUMBER_AFTER = new Set(
  `part subpart step steps section chapter page room level grade tier phase stage class title form rule standard item
  number no at by until till around about after before since from between than over under only just last first next
  every all the jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
  september october november december`.split(/\s+/),
);
/**
 * Words that follow to or for far more often than a number: a determiner or a pronoun ("4 my
 * peer", "2 him", "4 a loan"; "2 a day" is read as "to a day", a number lost that no rule
 * cites), or a verb after "to" ("2 write").
 */
const TO_OR_FOR_BEFORE = new Set(
  `my your his her their our me him them us you u it this that a an the some
  be do go get have make take tell talk say see give help keep pay ask write call text come work stop decide pray
  focus share report know let bring use meet leave find try start move live stay quit drink date hug lend borrow`.split(/\s+/),
);
/** How far around a digit its neighbouring words are looked for: longer than any word the codes use. */
const NEIGHBOUR_REACH = 48;

/**
 * The text with the spellings written out that words() would misread: slashed ones ("w/o a
 * release" → "without a release", "they/them" → "pronouns"), contractions without their
 * apostrophe ("cant" → "can't"), "side fx", lone letters ("me n
 * him" → "me and him", "r u on meds" → "are you on meds") and digits that are words ("ask me 4
 * a loan" → "ask me for a loan").
 */
export function withTextingSpelledOut(text: string): string {
  const unslashed = text.includes("/") ? text.replace(SLASHED, (form) => (form[0] === "w" || form[0] === "W" ? "without" : "because")).replace(PRONOUN_SET, "pronouns") : text;
  return unslashed
    .replace(WITHOUT_APOSTROPHE, (form) => form.replace(CONTRACTED_ENDING, "'$1"))
    .replace(SIDE_FX, (found) => `${found.slice(0, 4)} effects`)
    .replace(LONE_LETTER, (letter) => LETTER_WORDS.get(letter.toLowerCase())!)
    .replace(LONE_DIGIT, (digit, at: number, whole: string) => digitAsWord(digit, whole.slice(Math.max(0, at - NEIGHBOUR_REACH), at), whole.slice(at + 1, at + 1 + NEIGHBOUR_REACH)));
}

/**
 * The digit as to or for where a word stands before it that takes no number after it and the
 * word after it is one to or for governs ("begging me 2 write", "4 my peer", "me 4 a loan");
 * else the number it may be ("Part 2 program", "at 4 tomorrow", "2 yrs", "bill 4 units").
 */
function digitAsWord(digit: string, before: string, after: string): string {
  const previous = /([A-Za-z]+)\s+$/.exec(before)?.[1]?.toLowerCase();
  const next = /^\s+([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
  if (previous === undefined || next === undefined || NUMBER_AFTER.has(previous)) return digit;
  return TO_OR_FOR_BEFORE.has(next) ? DIGIT_WORDS.get(digit)! : digit;
}

/** Whether a letter alone is a word in a text message ("n": and, "w": with). */
export function isLetterWord(letter: string): boolean {
  return LETTER_WORDS.has(letter) || SPELLED_OUT.has(letter);
}

/** A word (lower case, as words() gives it) as the word its texting spelling stands for. */
export function spelledOut(word: string): string {
  return SPELLED_OUT.get(word) ?? word;
}
