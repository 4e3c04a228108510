// The search's pass that lends users' guessed standards the rank of the curated rules they
// resemble (likeness.ts says why and how it was measured).
import type { Standard } from "../../model.js";
import { applyFeedback } from "./feedback.js";
import { documentCount, type SearchIndex } from "./inverted-index.js";
import { curatedOf, hasLikeness, LIKENESS_WEIGHT, lentByLikeness, REFERENCE_ANSWERS } from "./likeness.js";
import type { QueryPlan } from "./query.js";
import { rankAnswers, score, type Scores } from "./rank.js";
import { inCodes, type Layout } from "./scope.js";

/**
 * Add to `scores` (made with `inScope`) what the guessed standards in scope are lent: the curated
 * codes searched apart, their first answers' scores shared out by likeness. `scores.own` keeps
 * the query's own evidence, on which answers are judged.
 */
export function lendLikeness(
  index: SearchIndex,
  layout: Layout,
  plan: QueryPlan,
  scores: Scores,
  inScope: (document: number) => boolean,
  entriesOf: (concept: number) => readonly (readonly string[])[],
  standardOf: (document: number) => Standard,
): void {
  if (!hasLikeness(index)) return;
  const curated = curatedOf(index);
  if (!guessesInScope(index, layout, curated, inScope)) return;
  const reference = score(index, plan, REFERENCE_ANSWERS, inCodes(index, layout, curated), entriesOf);
  applyFeedback(index, plan, reference, standardOf);
  const { answers } = rankAnswers(plan, reference, REFERENCE_ANSWERS);
  const lent = lentByLikeness(index, documentCount(index), answers, reference.values, inScope);
  if (lent.size === 0) return;
  let best = 0;
  for (const document of scores.documents) best = Math.max(best, scores.values[document]!);
  // Nothing in scope answers by the query's own evidence: the curated codes' scale.
  if (best === 0) best = reference.values[answers[0]!]!;
  scores.own ??= scores.values.slice();
  const known = new Set(scores.documents);
  for (const [document, value] of lent) {
    if (!known.has(document)) scores.documents.push(document);
    scores.values[document]! += LIKENESS_WEIGHT * best * value;
  }
}

/** Whether any section of a code not among `curated` (one whose standards may be guesses) is in scope: else there is nothing to lend to. */
function guessesInScope(index: SearchIndex, layout: Layout, curated: readonly string[], inScope: (document: number) => boolean): boolean {
  for (let slot = 0; slot < layout.starts.length; slot++) {
    const code = index.codes[layout.codeOf[slot]!]!;
    if (code.sections[layout.sectionOf[slot]!]!.size > 0 && !curated.includes(code.id) && inScope(layout.starts[slot]!)) return true;
  }
  return false;
}
