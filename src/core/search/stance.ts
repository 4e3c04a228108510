// A speaker's stance said in passing is no matter a question asks about: "my client keeps hitting
// on me and honestly I kinda like him" asks about romance with a client, not about honesty, yet
// "honestly" named the honesty rules, which ranked above the romance ones. An adverb of stance
// (honestly, frankly, seriously, …, a closed class of English) comments on what follows when it
// opens a clause and a subject follows it: "Honestly, it annoys me", "… and honestly she sounds
// like me". Said of how someone acts ("should I answer honestly? I'm …", "I told him honestly")
// it is the matter itself, and stays.
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
const SUBJECTS = new Set(["i", "im", "ive", "id", "ill", "we", "he", "she", "they", "it", "its", "you", "u", "this", "that"]);

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
    const subjectFollows = next !== undefined && SUBJECTS.has(next[0].replace(/['’]/g, "")) && !/[.!?;:]/.test(gapAfter);
    if (opensClause && subjectFollows) result = `${result.slice(0, token.index)} ${result.slice(end)}`;
  }
  return result;
}
