// One concept of the index whole, as a trainer or a curious reader looks it up: what it is,
// where it is filed, which codes govern it, and the words and questions that lead search to it.
import type { Concept, Library, Topic } from "../model.js";
import { conceptCodeLines, type ConceptSummary } from "./concepts.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, wrap, wrapItems } from "./terminal-text.js";
import { ethicsForLibrary } from "../core/command-start.js";

export function renderConceptCard(concept: Concept, topic: Topic, summary: ConceptSummary, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const { width } = options;
  const lines = [
    wrap(style.heading(`${visible(concept.name)} (${visible(concept.id)})`), width),
    wrap(visible(concept.description), width, "  ", "  "),
    wrap(`filed under ${visible(topic.name)} (${visible(topic.id)})`, width, "    ", "  "),
    "",
    ...conceptCodeLines(summary, library, options, "  ", "    "),
  ];
  // Each term whole on its line, a comma after all but the last, so that none reads as two.
  const terms = concept.terms.map((term, at) => visible(term) + (at < concept.terms.length - 1 ? "," : ""));
  lines.push("", style.label(`Entry terms (${concept.terms.length}): what search reads as this matter`), wrapItems([`  ${terms[0] ?? ""}`, ...terms.slice(1)], width, " ", "  "));
  if (concept.questions.length > 0) {
    lines.push("", style.label("Questions it answers"));
    for (const question of concept.questions) lines.push(wrap(visible(question), width, "    ", "  - "));
  }
  lines.push("", style.dim(wrap(`\`${ethicsForLibrary()} topic ${concept.id}\` shows what each code says on it.`, width)));
  return lines.join("\n");
}
