// A section's title as citations name it. A source may head two sections alike ("Duties" twice),
// and a reference reads a title as a slug (resolve.ts), so "Oddy · Duties 1" named either: `show`
// read the first, while `random` and `search` cited the second so. Where another section of the
// code, or its value statements ("Values"), answer to the same slug, the citation adds the
// section's id, which names one section only: "Oddy · Duties (duties-to-staff) 1". The title
// itself is the source's and is not changed; every other citation is as it was.
import type { Code, Section } from "../../model.js";
import { slugify } from "./resolve.js";

/** The slug of the words "Values" in "Alaska · Values 2", a value statement's citation. */
const VALUES_CITED = "values";

/** Each section's title as cited, in order; `hasValues`: the code has value statements. */
export function citedTitles(sections: readonly Pick<Section, "id" | "title">[], hasValues: boolean): string[] {
  const slugs = sections.map((section) => slugify(section.title));
  const counts = new Map<string, number>(hasValues ? [[VALUES_CITED, 1]] : []);
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return sections.map((section, at) => (counts.get(slugs[at]!)! > 1 ? `${section.title} (${section.id})` : section.title));
}

/** One section's title as its citations and headings name it. */
export function citedTitle(code: Pick<Code, "sections" | "values">, section: Section): string {
  const at = code.sections.indexOf(section);
  return at < 0 ? section.title : citedTitles(code.sections, code.values.length > 0)[at]!;
}
