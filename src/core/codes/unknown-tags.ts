// A user's standard tagged with an id the concept index lacks: `ethics validate` names it as a
// problem, and every other command loads the code with the tag skipped. Skipped silently, a slip
// ("lending-or-borrowing-money") left the standard about nothing and its code "not addressing"
// what its words plainly state, and nothing said why: every run now warns of it, as of a
// derivedFrom no code answers, checked on the merged library so that the cache cannot change
// what is said.
import { allStandards, hasOwnConceptTags, type Code } from "../../model.js";
import { didYouMean } from "../suggest.js";
import type { ReadChecks } from "./load.js";

/** Concept ids a topic's tag hint names before pointing at the whole list. */
const TOPIC_CONCEPTS_NAMED = 3;

/** Warnings shown before the rest are counted: a file tagged by one wrong list repeats it on every standard. */
const WARNINGS_SHOWN = 5;

/** Why `id` names no concept: a topic's id, or a slip for a concept's (did you mean …?). */
export function notAConcept(id: string, checks: ReadChecks): string {
  const ofTopic = checks.topicConcepts?.get(id);
  if (ofTopic !== undefined && ofTopic.length > 0) {
    const named = ofTopic.slice(0, TOPIC_CONCEPTS_NAMED).join(", ");
    return `no concept '${id}': '${id}' is a topic; a tag takes a concept's id, such as ${named}${ofTopic.length > TOPIC_CONCEPTS_NAMED ? ", …" : ""} (\`ethics concepts ${id}\` lists the topic's)`;
  }
  const suggestion = didYouMean(id, checks.conceptIds!);
  return `no concept '${id}': expected an id that \`ethics concepts\` lists${suggestion ? ` — ${suggestion}` : ""}`;
}

/**
 * One line for each tag of a user's code that names no concept, saying it is ignored; past
 * WARNINGS_SHOWN, how many more and where validate lists them. `checks` is asked for only when
 * a user's file tags a standard (validateChecks reads the whole concept index).
 */
export function unknownTagWarnings(codes: readonly Code[], checks: () => ReadChecks): string[] {
  const tagging = codes.filter((code) => code.origin === "user" && hasOwnConceptTags(code));
  if (tagging.length === 0) return [];
  const known = checks();
  const ids = new Set(known.conceptIds);
  const warnings: string[] = [];
  const files = new Set<string>();
  for (const code of tagging) {
    for (const standard of allStandards(code)) {
      for (const id of standard.concepts ?? []) {
        if (ids.has(id)) continue;
        files.add(code.file);
        warnings.push(`${code.file} ${standard.citation}: ${notAConcept(id, known)} (the code loads; the tag is ignored)`);
      }
    }
  }
  if (warnings.length <= WARNINGS_SHOWN) return warnings;
  const more = warnings.length - WARNINGS_SHOWN;
  return [...warnings.slice(0, WARNINGS_SHOWN), `… and ${more} more tags no concept answers; \`ethics validate ${[...files].join(" ")}\` lists every one`];
}
