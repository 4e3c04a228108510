// Texting spellings of everyday words ("w" for with, "b4" for before, "appt" for appointment),
// read as the words they spell: a question typed on a phone says "person w SUD" or "my bf", and
// the words it means are what the codes and the concept index are searched for. Only spellings
// that stand for one word whatever the context: not "pt" (patient, part-time), "sup"
// (supervisor, "what's up"), "rn" (right now, a registered nurse), "b" or "c" (hep C, plan B).
// A letter standing alone is a word too ("me n him", "u r my peer"): left as typed, "n" and "r"
// were rare words of the concept index (of "n-word", "the r-word") and weighed as much as the
// question's rarest word. So were "2" and "4" (a rule's "Subpart 2"), which are read as to and
// for only where no number can be meant (digitAsWord).
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
  ["cuz", "because"],
  ["bcuz", "because"],
  ["tho", "though"],
  ["prolly", "probably"],
  ["fx", "effects"],
  ["biz", "business"],
]);

/** "w/o" and "b/c", which words() would split into letters, as the words they spell. */
const SLASHED = /\b(?:[wW]\/[oO]|[bB]\/[cC])\b/g;
/**
 * "n" and "r" standing alone for and and are: not joined by a hyphen or an apostrophe, as in
 * "n-word", "r-word" or "rock n' roll", which words() would split into the same letters. ASCII
 * classes: a pattern with Unicode property classes costs its compiling in every search.
 */
const LONE_LETTER = /(?<![A-Za-z0-9'’-])[nNrR](?![A-Za-z0-9'’-])/g;
/**
 * "2" or "4" standing alone between two words ("begging me 2 write", "ask me 4 legal advice"),
 * not part of a name or a figure ("W-4", "24/7", "$4", "2.5").
 */
const DIGIT_AS_WORD = /(?<=[A-Za-z]\s+)[24](?=\s+([A-Za-z]+))/g;
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ["2", "to"],
  ["4", "for"],
]);
/** Words after a number that make it a count or a time ("2 yrs", "4 am"), beside plurals. */
const COUNTED = new Set(["am", "pm", "hr", "yr", "wk", "min", "x", "k", "m", "th", "nd", "day", "week", "month", "year", "hour", "minute", "time", "person", "child", "kid", "client", "peer", "session", "dollar", "buck", "grand", "of", "or", "and", "to", "out", "in", "a", "an"]);

/**
 * The text with the spellings written out that words() would misread: slashed ones ("w/o a
 * release" → "without a release"), lone letters ("me n him" → "me and him") and digits that are
 * words ("ask me 4 advice" → "ask me for advice").
 */
export function withTextingSpelledOut(text: string): string {
  const unslashed = text.includes("/") ? text.replace(SLASHED, (form) => (form[0] === "w" || form[0] === "W" ? "without" : "because")) : text;
  return unslashed.replace(LONE_LETTER, (letter) => (letter === "n" || letter === "N" ? "and" : "are")).replace(DIGIT_AS_WORD, digitAsWord);
}

/**
 * The digit as to or for, unless the word after it is what a number counts ("2 yrs", "4 kids",
 * "2 of them", "4 am"): a number is followed by a plural or a unit, to and for by a verb or what
 * they govern.
 */
function digitAsWord(digit: string, after: string): string {
  const next = after.toLowerCase();
  const meant = SPELLED_OUT.get(next) ?? next;
  const counted = COUNTED.has(meant) || (meant.length > 2 && meant.endsWith("s") && !meant.endsWith("ss"));
  return counted ? digit : DIGIT_WORDS.get(digit)!;
}

/** A word (lower case, as words() gives it) as the word its texting spelling stands for. */
export function spelledOut(word: string): string {
  return SPELLED_OUT.get(word) ?? word;
}
