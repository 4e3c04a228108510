// The concept index by topic: each concept's id (what `ethics topic` takes), its name, which
// codes govern it, and which have general rules that bear on it (search ranks those after).
import type { ConceptSummaryListing, StandardsSummary } from "../core/concepts/listing.js";
import type { Library } from "../model.js";
import { plural } from "./plural.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, visibleLength, wrap } from "./terminal-text.js";
import { ethicsForLibrary } from "../core/command-start.js";

/** Codes named on a concept's line; past them, how many more (a thousand users' codes would fill screens). */
const NAMED_CODES = 12;

export type ConceptSummary = ConceptSummaryListing["topics"][number]["concepts"][number];

/**
 * A concept's standards and related general rules as the listing and a concept's card say them:
 * how many, and in which codes. `indent` begins each line, `hanging` the lines it wraps onto.
 */
export function conceptCodeLines(concept: ConceptSummary, library: Library, options: RenderOptions, indent: string, hanging: string): string[] {
  const style = styleFor(options);
  const shortName = new Map(library.codes.map((code) => [code.id, code.shortName]));
  const codeNames = ({ codes }: StandardsSummary) => {
    const named = codes.slice(0, NAMED_CODES).map((code) => visible(shortName.get(code) ?? code));
    return codes.length > NAMED_CODES ? `${named.join(", ")} and ${plural(codes.length - NAMED_CODES, "other code")} (--json lists them)` : named.join(", ");
  };
  const where = concept.standards.count === 0 ? "no code" : codeNames(concept.standards);
  const lines = [wrap(style.dim(`${plural(concept.standards.count, "standard")}: ${where}`), options.width, hanging, indent)];
  if (concept.related.count > 0) lines.push(wrap(style.dim(`see also ${plural(concept.related.count, "general rule")}: ${codeNames(concept.related)}`), options.width, hanging, indent));
  return lines;
}

export function renderConceptListing(listing: ConceptSummaryListing, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const blocks = listing.topics
    .filter((topic) => topic.concepts.length > 0)
    .map((topic) => {
      const lines = [style.heading(`${visible(topic.name)} (${visible(topic.id)})`)];
      for (const concept of topic.concepts) {
        const id = visible(concept.id);
        // Beside an id that leaves the line no room (a long one on a narrow terminal), the name
        // would start on the id's last scrap: it goes under the id, where the id's own lines do.
        if (visibleLength(id) + 4 < options.width) lines.push(`  ${style.label(id)}  ${visible(concept.name)}`);
        else lines.push(`  ${style.label(id)}`, wrap(visible(concept.name), options.width, "    "));
        lines.push(...conceptCodeLines(concept, library, options, "    ", "      "));
      }
      return lines.join("\n");
    });
  const count = listing.topics.reduce((sum, topic) => sum + topic.concepts.length, 0);
  blocks.push(
    [
      wrap(style.dim(`${plural(count, "concept")}. \`${ethicsForLibrary()} topic <concept>\` shows what each code says on one,`), options.width),
      wrap(style.dim(`\`${ethicsForLibrary()} concepts <concept>\` its entry terms and questions.`), options.width),
    ].join("\n"),
  );
  return blocks.join("\n\n");
}
