// The concept index by topic: each concept's id (what `ethics topic` takes), its name, which
// codes govern it, and which have general rules that bear on it (search ranks those after).
import type { ConceptSummaryListing, StandardsSummary } from "../core/concepts/listing.js";
import type { Library } from "../model.js";
import { plural } from "./plural.js";
import { styleFor, type RenderOptions } from "./style.js";
import { paintWords } from "./standard-body.js";
import { visible, visibleLength, wrap, wrapPhrases } from "./terminal-text.js";
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
  // Names a comma of their own ("Riverside, North") would split are told apart by semicolons.
  const separator = library.codes.some((code) => code.shortName.includes(",")) ? ";" : ",";
  // Each name one phrase, with the separator after it: a line breaks between names, never inside
  // one ("Alaska" at a line's end and "(my-agency)" on the next read as two codes).
  // A code whose standards are here by a guess from its wording is said to be, as `topic` and `diff` say it.
  const codeNames = ({ codes, guessed }: StandardsSummary): string[] => {
    const named = codes
      .slice(0, NAMED_CODES)
      .map((code, at, shown) => visible(shortName.get(code) ?? code) + (guessed.includes(code) ? " (inferred)" : "") + (at < shown.length - 1 ? separator : ""));
    return codes.length > NAMED_CODES ? [...named, ..."and".split(" "), ...`${plural(codes.length - NAMED_CODES, "other code")} (--json lists them)`.split(" ")] : named;
  };
  const line = (lead: string, names: string[]) => wrapPhrases([...lead.split(" "), ...names].map((phrase) => paintWords(style.dim, phrase)), options.width, hanging, indent);
  const lines = [line(`${plural(concept.standards.count, "standard")}:`, concept.standards.count === 0 ? ["no", "code"] : codeNames(concept.standards))];
  if (concept.related.count > 0) lines.push(line(`see also ${plural(concept.related.count, "general rule")}:`, codeNames(concept.related)));
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
