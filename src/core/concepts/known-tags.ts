// A user's standard may be tagged with an id the concept index does not have: `ethics validate`
// names it, and the tool skips it (docs/data-format.md). What `show --json` and `random --json`
// print of a standard skips it too, so that they never say a standard is about a concept no
// command knows. A code file written back (export --code) keeps the tags as the user wrote them.
import type { Code, Library, Section, Standard } from "../../model.js";

/** Whether the index has a concept id; the index is read only once a standard has tags. */
export type KnownConcept = (id: string) => boolean;

export function knownConceptOf(library: Library): KnownConcept {
  let ids: ReadonlySet<string> | undefined;
  return (id) => (ids ??= new Set(library.concepts.map((concept) => concept.id))).has(id);
}

/** The standard with only the tags the index has: itself where it has no others. */
export function withKnownTags<T extends Standard>(standard: T, known: KnownConcept): T {
  if (standard.concepts === undefined || standard.concepts.every(known)) return standard;
  return { ...standard, concepts: standard.concepts.filter(known) };
}

export function sectionWithKnownTags(section: Section, known: KnownConcept): Section {
  const standards = section.standards.map((standard) => withKnownTags(standard, known));
  return standards.every((standard, at) => standard === section.standards[at]) ? section : { ...section, standards };
}

export function codeWithKnownTags(code: Code, known: KnownConcept): Code {
  const sections = code.sections.map((section) => sectionWithKnownTags(section, known));
  return sections.every((section, at) => section === code.sections[at]) ? code : { ...code, sections };
}
