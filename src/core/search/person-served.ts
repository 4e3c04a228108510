// The person a peer specialist serves goes by many names: the codes say "client", "peer",
// "participant", "consumer" or "person served", and practitioners add "the guy I support", "a
// woman I work with", "someone on my caseload". The concept index's entry terms name that person
// one way each ("feelings for a peer"), and a question another ("I have feelings for a client"):
// where a query names the person served, any of these names stands there for its entry terms.
import { STOP_WORDS } from "../text.js";

/** The stems of the nouns that name the person served. */
export const PERSON_SERVED_STEMS: readonly string[] = ["client", "peer", "particip", "consum", "patient", "recipi"];
/**
 * The names that say the person served wherever a query uses them. Not "peer": in a question it
 * is as often a fellow worker ("a peer specialist who is dating a client"), so it stands only
 * for itself there, while in an entry term it still answers to the others.
 */
const NAMES = new Set(PERSON_SERVED_STEMS.filter((stemmed) => stemmed !== "peer"));

/** Verbs of the work, after "I" or "we": "the guy I support", "a woman we serve". */
const SERVING = new Set("support supported supporting serve served serving see saw mentor mentored coach coached help helped".split(" "));
/** "The man I work with", "a family I worked with". */
const WORKING = new Set(["work", "worked", "working"]);

/**
 * Positions of `words` (a query's words, small ones kept) that name the person served:
 * `stems[k]` is the stem of the word at k (undefined for a small word). A name of the person
 * served; the noun before "I support" (or the verb, after a small word: "someone I support");
 * "caseload" ("a guy on my caseload").
 */
export function personServedPositions(words: readonly string[], stems: readonly (string | undefined)[]): number[] {
  const found: number[] = [];
  for (let at = 0; at < words.length; at++) {
    const stemmed = stems[at];
    if (stemmed !== undefined && (NAMES.has(stemmed) || stemmed === "caseload")) found.push(at);
    const subject = words[at + 1];
    if (subject !== "i" && subject !== "we") continue;
    const verb = words[at + 2];
    const serving = verb !== undefined && (SERVING.has(verb) || (WORKING.has(verb) && words[at + 3] === "with"));
    if (!serving) continue;
    if (!STOP_WORDS.has(words[at]!)) found.push(at);
    else if (stems[at + 2] !== undefined) found.push(at + 2);
  }
  return [...new Set(found)];
}
