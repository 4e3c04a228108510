// Texting spellings of everyday words ("w" for with, "b4" for before, "appt" for appointment),
// read as the words they spell: a question typed on a phone says "person w SUD" or "my bf", and
// the words it means are what the codes and the concept index are searched for. Only spellings
// that stand for one word whatever the context: not "pt" (patient, part-time), "sup"
// (supervisor, "what's up"), "rn" (right now, a registered nurse), nor digits ("2", "4"), which
// are numbers as often as words.
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
]);

/** "w/o" and "b/c", which words() would split into letters, as the words they spell. */
const SLASHED = /\b(?:[wW]\/[oO]|[bB]\/[cC])\b/g;

/** The text with its slashed spellings written out ("w/o a release" → "without a release"). */
export function withSlashedSpelledOut(text: string): string {
  return text.includes("/") ? text.replace(SLASHED, (form) => (form[0] === "w" || form[0] === "W" ? "without" : "because")) : text;
}

/** A word (lower case, as words() gives it) as the word its texting spelling stands for. */
export function spelledOut(word: string): string {
  return SPELLED_OUT.get(word) ?? word;
}
