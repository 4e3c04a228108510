// A speaker's stance said in passing is no matter a question asks about: "my client keeps hitting
// on me and honestly I kinda like him" asks about romance with a client, not about honesty, yet
// "honestly" named the honesty rules, which ranked above the romance ones. An adverb of stance
// (honestly, frankly, seriously, …, a closed class of English) comments on what follows when it
// opens a clause and a subject follows it ("Honestly, it annoys me", "… and honestly she's into
// it"), or a comma or question mark sets it off ("honestly, should I tell her?", "Honestly? I'm
// …"). Said of how someone acts ("should I answer honestly? I'm …", "I told him honestly") it is
// the matter itself, and stays.

/** Adverbs that say how the speaker takes what they say (disjuncts), not how anyone acts. */
const STANCE_ADVERBS = [
  "honestly",
  "frankly",
  "truthfully",
  "seriously",
  "literally",
  "basically",
  "genuinely",
  "personally",
  "obviously",
  "admittedly",
  "apparently",
  "clearly",
  "really",
  "actually",
  "hopefully",
  "unfortunately",
  "fortunately",
  "thankfully",
  "luckily",
  "sadly",
  "surprisingly",
];

/** Words that begin a clause without punctuation, as people type ("… n honestly i …"). */
const CLAUSE_OPENERS = new Set(["and", "but", "so", "n", "tho", "though", "because", "cuz", "cause", "bc", "plus", "yet", "or"]);

/** Subjects a stance adverb comments on: what follows is a statement. */
const SUBJECTS = new Set(["i", "we", "he", "she", "they", "it", "you", "u", "this", "that", "there"]);

/** A subject as typed, without the verb it may carry ("she's", "they're", "I'm", "im"). */
function subjectOf(word: string): string {
  const base = word.replace(/['’](?:s|re|ve|ll|d|m)$/, "");
  return base === "im" || base === "ive" || base === "id" || base === "ill" ? "i" : base === "its" || base === "thats" ? base.slice(0, -1) : base;
}

/**
 * The query with each stance adverb that opens a clause before a subject cut out, the rest as
 * typed. A clause opens at the start, after punctuation, or after a word that joins clauses.
 */
export function withoutStance(query: string): string {
  const lower = query.toLowerCase();
  // Lower-casing that changes the length (a few letters outside ASCII) would misplace the cuts.
  if (lower.length !== query.length || !STANCE_ADVERBS.some((adverb) => lower.includes(adverb))) return query;
  const tokens = [...lower.matchAll(/[a-z0-9]+(?:['’][a-z]+)?/g)];
  let result = query;
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at]!;
    if (!STANCE_ADVERBS.includes(token[0])) continue;
    const previous = tokens[at - 1];
    const next = tokens[at + 1];
    const end = token.index + token[0].length;
    const gapBefore = previous === undefined ? lower.slice(0, token.index) : lower.slice(previous.index + previous[0].length, token.index);
    const gapAfter = next === undefined ? "" : lower.slice(end, next.index);
    const opensClause = previous === undefined || /[.!?;:,]/.test(gapBefore) || CLAUSE_OPENERS.has(previous[0]);
    const setOff = next !== undefined && /^\s*[,?]/.test(gapAfter);
    const subjectFollows = next !== undefined && SUBJECTS.has(subjectOf(next[0])) && !/[.!?;:]/.test(gapAfter);
    if (opensClause && (setOff || subjectFollows)) result = `${result.slice(0, token.index)} ${result.slice(end)}`;
  }
  return result;
}
