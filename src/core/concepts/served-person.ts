// The person served goes by many names: codes and askers say "client", "peer", "participant",
// "consumer", "member", "coachee", "someone I support", "a guy on my caseload". The entry terms of
// the concept index are written with the two names most codes use ("ran into a client", "date a
// peer"), so a question that names the person served otherwise matched none of them ("ran into
// a participant at the store" named no matter, "ran into a client" did). Each name of the person
// served stands for both, in the terms' matching only: it says who, not what, so it adds no
// word to the ranking of the texts.
import { stem } from "../text.js";

/** The stems the terms name the person served by. */
export const SERVED_STEMS: readonly string[] = ["client", "peer"].map(stem);

/** Nouns that name the person served wherever they stand. */
const SERVED_NOUNS = new Set(
  ["participant", "participants", "consumer", "consumers", "patient", "patients", "coachee", "coachees", "mentee", "mentees", "recoveree", "recoverees", "servicee"],
);

/** "member", but not of a family, a staff or a group: "a member" of a program is the person served. */
const MEMBERS = new Set(["member", "members"]);
const MEMBERSHIPS = new Set(["family", "staff", "team", "board", "group", "church", "committee", "community", "crew", "council", "household", "aa", "na", "fellow", "gang", "club", "union", "tribal", "tribe", "clergy", "faculty", "cast", "jury", "panel", "founding", "congregation", "fellowship", "military", "service", "crisis"]);

/** Words that name a person, whom what follows may make the person served ("the guy I coach"). */
const PEOPLE = new Set(
  ["someone", "somebody", "person", "people", "persons", "guy", "guys", "man", "men", "woman", "women", "lady", "ladies", "kid", "kids", "girl", "girls", "boy", "boys", "dude", "folks", "folk", "individual", "individuals", "youth", "teen", "teens", "teenager", "mom", "dad", "mother", "father", "gentleman", "gal", "veteran", "one", "ones", "those", "anyone", "anybody", "everyone"],
);
/**
 * After "I" or "we", these verbs make the one before the person served: "someone I support",
 * "people we serve". Not "see" ("a guy I'm seeing" dates) nor "sponsor" (a sponsee is no one
 * served: sponsorship is a matter of its own).
 */
const SERVING_VERBS = new Set(["support", "supported", "serve", "served", "coach", "coached", "mentor", "mentored", "help", "helped"]);
/** "someone on my caseload", "a guy from my caseload", "folks in my group". */
const CASELOAD_PLACES = new Set(["caseload", "caseloads", "program", "roster"]);

function isServingClause(sequence: readonly string[], after: number): boolean {
  // Up to two words of "that", "who", "whom" or an auxiliary may stand between: "someone that I support".
  let at = after;
  while (at < sequence.length && at < after + 2 && (sequence[at] === "that" || sequence[at] === "who" || sequence[at] === "whom")) at++;
  if (sequence[at] !== "i" && sequence[at] !== "we") return false;
  let verb = at + 1;
  if (sequence[verb] === "ve" || sequence[verb] === "m" || sequence[verb] === "used" || sequence[verb] === "have" || sequence[verb] === "d") verb++;
  if (sequence[verb] === "been") verb++;
  const word = sequence[verb] ?? "";
  if (word === "work" || word === "worked" || word === "working") return sequence[verb + 1] === "with";
  if (word === "am" || word === "was") return sequence[verb + 1] === "supporting" || sequence[verb + 1] === "coaching" || sequence[verb + 1] === "serving" || sequence[verb + 1] === "helping";
  return SERVING_VERBS.has(word) || word === "supporting" || word === "coaching" || word === "serving" || word === "mentoring";
}

function isOnCaseload(sequence: readonly string[], after: number): boolean {
  const preposition = sequence[after];
  if (preposition !== "on" && preposition !== "from" && preposition !== "in") return false;
  const owner = sequence[after + 1];
  return (owner === "my" || owner === "our" || owner === "the") && CASELOAD_PLACES.has(sequence[after + 2] ?? "");
}

/** Whether the word at `at` of a text's words (lower case, small words kept) names the person served. */
export function namesServedPersonAt(sequence: readonly string[], at: number): boolean {
  const word = sequence[at]!;
  if (SERVED_NOUNS.has(word)) return true;
  if (MEMBERS.has(word)) return !MEMBERSHIPS.has(sequence[at - 1] ?? "") && sequence[at + 1] !== "of";
  if (PEOPLE.has(word)) return isServingClause(sequence, at + 1) || isOnCaseload(sequence, at + 1);
  return false;
}

