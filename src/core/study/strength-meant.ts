// `--strength forbids`, `--strength must`, `--strength should`: a strength said in other words,
// as people say how a rule binds, got no suggestion, only the list of the five names. The
// strength such words most likely mean, by meaning (forbids, banned, never → prohibits; must,
// shall, should, mandatory → requires, as concepts/strength.ts reads "should" in a standard;
// recommended, optional, ought → aspires; policy → defers) and
// by spelling (a slip of one of those words: "forbiden", "mandatroy"). A suggestion only: the
// option still takes the five names alone.
import type { Strength } from "../../model.js";
import { madeWhenUsed } from "../made-when-used.js";
import { typoDistance } from "../suggest.js";

type WordingStrength = Exclude<Strength, "allows">;

/** The words each strength is said in, in any of their forms. */
const SAID_AS: Readonly<Record<WordingStrength, readonly string[]>> = {
  prohibits: [
    "prohibit", "prohibited", "prohibiting", "prohibition", "prohibitions", "forbid", "forbids", "forbidden", "forbidding",
    "ban", "bans", "banned", "banning", "disallow", "disallows", "disallowed", "outlawed", "illegal", "taboo", "off-limits",
  ],
  requires: [
    "require", "required", "requiring", "requirement", "requirements", "must", "shall", "will", "mandatory", "mandate", "mandated",
    "obligatory", "obligation", "obligated", "obliged", "compulsory", "duty", "duties", "always", "necessary", "needed", "should",
  ],
  defers: ["defer", "deferred", "deferring", "deference", "policy", "policies", "agency", "agencies", "employer", "organization", "organisation", "procedures"],
  aspires: [
    "aspire", "aspiration", "aspirational", "ought", "recommend", "recommends", "recommended", "recommendation", "ideally",
    "ideal", "optional", "encourage", "encourages", "encouraged", "strive", "strives", "striving", "goal", "goals", "voluntary",
    "suggested", "advisable", "preferred", "best-practice",
  ],
  describes: ["describe", "described", "description", "descriptive", "statement", "statements", "informational", "neutral"],
};

/** Words that negate what follows: "shall not", "don't", "never". */
const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "no", "don't", "dont", "cannot", "can't", "mustn't", "shouldn't", "won't", "shan't", "doesn't", "isn't", "aren't"]);

/**
 * Words that, negated, forbid: "shall not", "may not", "not allowed", as the codes' own
 * prohibitions are worded (concepts/strength.ts reads them so).
 */
const NEGATED_FORBID: ReadonlySet<string> = new Set(["shall", "will", "must", "should", "may", "can", "allowed", "permitted", "ok", "okay"]);

/** Small words said around a strength that say nothing of it: "up to the agency", "is required". */
const SMALL: ReadonlySet<string> = new Set(["to", "the", "a", "an", "is", "are", "be", "it", "by", "of", "per", "up", "on", "do", "does", "its", "their"]);

/** Each word and the strength it says; made when first asked, as --strength is parsed at every start of show and search. */
const meanings = madeWhenUsed(
  (): ReadonlyMap<string, WordingStrength> =>
    new Map((Object.entries(SAID_AS) as [WordingStrength, readonly string[]][]).flatMap(([strength, words]) => words.map((word) => [word, strength] as const))),
);

/** Letters of the shortest word read as a slip of another: "mail" is no slip of "will". */
const SHORTEST_SLIP = 5;
/** Letters from which a word may be two slips off ("recomendd"), not one. */
const TWO_SLIPS_FROM = 8;

/** The strength a word says, as written or with a slip or two, by its length. */
function meaningOf(word: string): WordingStrength | undefined {
  const exact = meanings().get(word);
  if (exact !== undefined || word.length < SHORTEST_SLIP) return exact;
  const allowed = word.length >= TWO_SLIPS_FROM ? 2 : 1;
  let best: { strength: WordingStrength; edits: number } | undefined;
  for (const [said, strength] of meanings()) {
    if (said.length < SHORTEST_SLIP || Math.abs(said.length - word.length) > allowed) continue;
    const edits = typoDistance(word, said);
    if (edits <= allowed && (best === undefined || edits < best.edits)) best = { strength, edits };
  }
  return best?.strength;
}

/**
 * The strength `typed` most likely means, where it is none of the five names: undefined where
 * its words say none, or say different ones. Negated, a modal forbids ("must not", "not
 * allowed", "never"), and a duty is optional ("not required": aspires).
 */
export function strengthMeant(typed: string): WordingStrength | undefined {
  const words = typed
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[\s_/,]+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))
    .filter((word) => word !== "" && !SMALL.has(word));
  if (words.length === 0) return undefined;
  const negated = words.some((word) => NEGATIONS.has(word));
  const rest = words.filter((word) => !NEGATIONS.has(word));
  if (negated) {
    if (rest.every((word) => NEGATED_FORBID.has(word))) return "prohibits";
    return rest.every((word) => meaningOf(word) === "requires") ? "aspires" : undefined;
  }
  // Words that say no strength ("must comply") leave it to those that say one, if they agree.
  const meant = new Set(rest.flatMap((word) => meaningOf(word) ?? []));
  return meant.size === 1 ? [...meant][0] : undefined;
}
