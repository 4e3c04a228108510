// One concept of the index whole, as a trainer or a curious reader looks it up: what it is,
// where it is filed, which codes govern it, and the words and questions that lead search to it.
import type { ConceptSummaryListing, StandardsSummary } from "../core/concepts/listing.js";
import type { Concept, Library, Topic } from "../model.js";
import { plural } from "./plural.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, wrap, wrapItems } from "./terminal-text.js";

type ConceptSummary = ConceptSummaryListing["topics"][number]["concepts"][number];

/** Codes named on a line; past them, how many more (as the listing does). */
const NAMED_CODES = 12;

export function renderConceptCard(concept: Concept, topic: Topic, summary: ConceptSummary, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const { width } = options;
  const shortName = new Map(library.codes.map((code) => [code.id, code.shortName]));
  const codeNames = ({ codes }: StandardsSummary) => {
    const named = codes.slice(0, NAMED_CODES).map((code) => visible(shortName.get(code) ?? code));
    return codes.length > NAMED_CODES ? `${named.join(", ")} and ${plural(codes.length - NAMED_CODES, "other code")} (--json lists them)` : named.join(", ");
  };
  const lines = [
    wrap(style.heading(`${visible(concept.name)} (${visible(concept.id)})`), width),
    wrap(visible(concept.description), width, "  ", "  "),
    wrap(`filed under ${visible(topic.name)} (${visible(topic.id)})`, width, "    ", "  "),
    "",
    wrap(`${plural(summary.standards.count, "standard")}: ${summary.standards.count === 0 ? "no code" : codeNames(summary.standards)}`, width, "    ", "  "),
  ];
  if (summary.related.count > 0) lines.push(wrap(`see also ${plural(summary.related.count, "general rule")}: ${codeNames(summary.related)}`, width, "    ", "  "));
  // Each term whole on its line, a comma after all but the last, so that none reads as two.
  const terms = concept.terms.map((term, at) => visible(term) + (at < concept.terms.length - 1 ? "," : ""));
  lines.push("", style.label(`Entry terms (${concept.terms.length}): what search reads as this matter`), wrapItems([`  ${terms[0] ?? ""}`, ...terms.slice(1)], width, " ", "  "));
  if (concept.questions.length > 0) {
    lines.push("", style.label("Questions it answers"));
    for (const question of concept.questions) lines.push(wrap(visible(question), width, "    ", "  - "));
  }
  lines.push("", style.dim(`\`ethics topic ${concept.id}\` shows what each code says on it.`));
  return lines.join("\n");
}
