// A section whose title ends in a number ("Part 1", "Part 2"; ids part-1, part-2), its words
// typed apart: `sect part 2 1`, `sect "Part 2"`. The grammar (ref.ts) ends a section's name at
// its first number, so "part" alone was looked up, and "'part' is ambiguous: it could be
// part-1, part-2 / type more of the name" told someone who had typed the whole title to type
// more. A printed citation ("Sect · Part 2 1") and the one-word form read whole already.
import type { Code } from "../../model.js";
import { parseSelection, spanTyped, type NumberSelection } from "./ref.js";
import { findSection, type SectionTarget } from "./resolve.js";

/**
 * The section `rest` and the first number after it name together, and the numbers after that
 * number; undefined where they name none, or the words alone name a section exactly (a section
 * `part` beside `part-2`: `part 2` is its standard 2, as typed). By a prefix only where the
 * words alone name no section (`part 2` for "Part 2 Conduct" beside "Part 1 Duties"); a number
 * alone (`y 3 1`), only a section titled so exactly, in a code of more than one list.
 */
export function sectionTitledWithNumber(code: Code, rest: readonly string[], selection: NumberSelection | undefined): { place: SectionTarget; selection?: NumberSelection } | undefined {
  const first = selection?.spans[0];
  if (first === undefined || first.to !== first.from) return undefined;
  if (rest.length === 0 && code.sections.length === 1) return undefined;
  const name = rest.join(" ");
  if (rest.length > 0 && findSection(code, name, ["exact"]).kind === "found") return undefined;
  const byPrefix = rest.length > 0 && findSection(code, name).kind !== "found";
  const found = findSection(code, [...rest, first.from.text].join(" "), byPrefix ? ["exact", "prefix"] : ["exact"]);
  if (found.kind !== "found") return undefined;
  const more = selection!.spans.slice(1);
  return { place: found.value, ...(more.length > 0 && { selection: parseSelection(more.map(spanTyped).join(",")) }) };
}
