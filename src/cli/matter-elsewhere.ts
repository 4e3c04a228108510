// A search narrowed to some codes (--code, ETHICS_CODE) whose question names matters none of
// their answers is filed under, where other codes have rules on them: "supervision hours" in
// Medi-Cal's code finds its rules on seeking supervision, and nothing says that Medi-Cal sets no
// hours while Alaska and Wisconsin do. The hint says so, with the command that shows theirs.
import { showReference } from "../core/codes/standard-text.js";
import { ethicsFor } from "../core/command-start.js";
import { joined } from "../core/word-list.js";
import { inSentence } from "../core/in-sentence.js";
import { isInferred } from "../core/concepts/topics.js";
import { isTaggedByItsFile, knownConceptOf } from "../core/concepts/known-tags.js";
import type { SearchResult } from "../core/search/search.js";
import { allStandards, type Code, type Library } from "../model.js";

/** Codes whose rule a hint shows, at most: a line to paste, not a listing. */
const CODES_SHOWN = 3;
/** Matters the hint names, at most; the others counted. */
const MATTERS_NAMED = 2;

/**
 * The hint, or undefined where the question names no matter, the scope's answers are on one it
 * names, or no other code's rules are either. `anywhere`: the same search over every code.
 */
export function matterElsewhere(library: Library, scope: readonly Code[], scoped: SearchResult, anywhere: () => SearchResult): string | undefined {
  // Where the codes answer one of the matters, their answers speak for themselves: said only
  // of a question none of their rules is filed under.
  const carried = new Set(scoped.hits.flatMap((hit) => hit.concepts));
  const named = scoped.concepts;
  if (named.length === 0 || named.some((id) => carried.has(id))) return undefined;
  // A user's code is filed by a guess from its wording, and a guess that missed the matter says
  // nothing of the code ("Keep everything a person tells you private" is on confidentiality,
  // filed or not): of such a code the hint says none was found, never that it has none. One
  // whose file tags every standard is filed as its author read it, as a curated code is.
  const known = knownConceptOf(library);
  const guessed = scope.filter((code) => isInferred(library, code.id) && allStandards(code).some((standard) => !isTaggedByItsFile(standard, known)));
  const inScope = new Set(scope.map((code) => code.id));
  const firstOfEach = new Map<string, SearchResult["hits"][number]>();
  for (const hit of anywhere().hits) {
    if (hit.loose || inScope.has(hit.code) || firstOfEach.has(hit.code) || !hit.concepts.some((id) => named.includes(id))) continue;
    firstOfEach.set(hit.code, hit);
  }
  if (firstOfEach.size === 0) return undefined;
  const shown = [...firstOfEach.values()].slice(0, CODES_SHOWN);
  const codes = shown.map((hit) => library.codes.find((code) => code.id === hit.code)!);
  const references = shown.map((hit, at) => showReference(codes[at]!, hit));
  // Named only the matters the rules shown are on: a word of the question that named another in passing ("supervisor") is not.
  const shownOn = new Set(shown.flatMap((hit) => hit.concepts));
  const matters = named.filter((id) => shownOn.has(id)).flatMap((id) => library.concepts.find((concept) => concept.id === id)?.name ?? []).map(inSentence);
  if (matters.length > MATTERS_NAMED) matters.splice(MATTERS_NAMED, Infinity, `${matters.length - MATTERS_NAMED} more`);
  const othersDo = `${joined(codes.map((code) => code.shortName), "and")} ${codes.length === 1 ? "does" : "do"}`;
  const command = `\`${ethicsFor(...codes)} show ${references.join(" ")}\``;
  const scopeNames = joined(scope.map((code) => code.shortName), "and");
  if (guessed.length > 0) {
    const whose = guessed.length === scope.length ? (scope.length === 1 ? "its concepts are" : "their concepts are") : `${joined(guessed.map((code) => code.shortName), "and")}'s are`;
    return `no standard on ${joined(matters, "or")} was found in ${scopeNames} (${whose} inferred, not curated); ${othersDo}: ${command}`;
  }
  return `${scopeNames} ${scope.length === 1 ? "has" : "have"} no standard on ${joined(matters, "or")}; ${othersDo}: ${command}`;
}
