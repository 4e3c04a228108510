// Search hits, best first, each whole (text, items, notes) with its citation and the words that
// matched picked out.
import { letterRuns } from "../core/letter-runs.js";
import type { SearchResult } from "../core/search/search.js";
import type { Strength } from "../model.js";
import { bindingLine } from "./binding-line.js";
import { renderStandardBody } from "./standard-body.js";
import { PLAIN, styleFor, type Paint, type RenderOptions } from "./style.js";
import { visible } from "./terminal-text.js";

/** Paint the words of `text` that are in `matched` (any case), word by word; without colour nothing would change. */
function highlight(text: string, matched: ReadonlySet<string>, paint: Paint): string {
  if (matched.size === 0 || paint === PLAIN.match) return text;
  return text.replace(letterRuns(text), (word) => (matched.has(word.toLowerCase()) ? paint(word) : word));
}

export function renderSearch(result: SearchResult, options: RenderOptions, userCodes: ReadonlySet<string> = new Set()): string {
  const style = styleFor(options);
  const blocks = result.hits.map((hit) => {
    const matched = new Set(hit.matched.map((word) => word.toLowerCase()));
    const user = userCodes.has(hit.code) ? " " + style.dim("(user code)") : "";
    const mark = (text: string) => highlight(text, matched, style.match);
    const shown = [style.citation(visible(hit.citation)) + user, renderStandardBody(hit, options, style, { indent: "  ", mark })];
    // With --strength: what narrows a rule the filter kept (see strength-filter.ts).
    const reading = hit as { strength?: Strength; qualifiers?: readonly string[] };
    if (reading.strength !== undefined && reading.qualifiers !== undefined && reading.qualifiers.length > 0) shown.push(bindingLine(reading.strength, reading.qualifiers, options, "  "));
    return shown.join("\n");
  });
  // Hits below the relevance floor are never passed off as answers: a heading sets them apart,
  // and another the standards on the matters of those above (see-also.ts), which come last.
  const firstSeeAlso = result.hits.findIndex((hit) => hit.seeAlso);
  if (firstSeeAlso !== -1) blocks.splice(firstSeeAlso, 0, style.dim("See also: more on the matters of the standards above."));
  const firstLoose = result.hits.findIndex((hit) => hit.loose && !hit.seeAlso);
  if (firstLoose !== -1) {
    const heading = firstLoose === 0 ? "No standard answers all of this. Loosely related:" : "Loosely related: these share only part of the question.";
    blocks.splice(firstLoose, 0, style.dim(heading));
  }
  return blocks.join("\n\n");
}

/** "4 more standards answer this: add --limit 14": answers past the limit, and the limit that shows them. */
export function moreAnswersLine(more: number, limit: number): string {
  return `${more} more ${more === 1 ? "standard answers" : "standards answer"} this: --limit ${limit + more} shows ${more === 1 ? "it" : "them"}`;
}
