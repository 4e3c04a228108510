// The concept index by topic: each concept's id (what `ethics topic` takes), its name, which
// codes govern it, and which have general rules that bear on it (search ranks those after).
import type { ConceptListing } from "../core/concepts/listing.js";
import type { Library } from "../model.js";
import { plural } from "./plural.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, wrap } from "./terminal-text.js";

export function renderConceptListing(listing: ConceptListing, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const shortName = new Map(library.codes.map((code) => [code.id, code.shortName]));
  /** The codes of some standards, each once, by short name. */
  const codeNames = (standards: readonly { code: string }[]) => [...new Set(standards.map((standard) => standard.code))].map((code) => visible(shortName.get(code) ?? code)).join(", ");
  const blocks = listing.topics
    .filter((topic) => topic.concepts.length > 0)
    .map((topic) => {
      const lines = [style.heading(`${visible(topic.name)} (${visible(topic.id)})`)];
      for (const concept of topic.concepts) {
        const where = concept.standards.length === 0 ? "no code" : codeNames(concept.standards);
        lines.push(`  ${style.label(visible(concept.id))}  ${visible(concept.name)}`);
        lines.push(wrap(style.dim(`${plural(concept.standards.length, "standard")}: ${where}`), options.width, "      ", "    "));
        if (concept.related.length > 0) {
          lines.push(wrap(style.dim(`see also ${plural(concept.related.length, "general rule")}: ${codeNames(concept.related)}`), options.width, "      ", "    "));
        }
      }
      return lines.join("\n");
    });
  const count = listing.topics.reduce((sum, topic) => sum + topic.concepts.length, 0);
  blocks.push(style.dim(`${plural(count, "concept")}. \`ethics topic <concept>\` shows what each code says on one.`));
  return blocks.join("\n\n");
}
