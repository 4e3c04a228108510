// A user's standard may be tagged with an id the concept index does not have: `ethics validate`
// names it, and the tool skips it (docs/data-format.md). What `show --json` and `random --json`
// print of a standard skips it too, so that they never say a standard is about a concept no
// command knows. A code file written back (export --code) keeps the tags as the user wrote them.
import type { Code, Library, Section, Standard } from "../../model.js";

/** Whether the index has a concept id; the index is read only once a standard has tags. */
export type KnownConcept = (id: string) => boolean;

const knownOfLibrary = new WeakMap<Library, KnownConcept>();

/** One a library: the many standards a command reads ask the same index. */
export function knownConceptOf(library: Library): KnownConcept {
  let known = knownOfLibrary.get(library);
  if (known === undefined) {
    let ids: ReadonlySet<string> | undefined;
    knownOfLibrary.set(library, (known = (id) => (ids ??= new Set(library.concepts.map((concept) => concept.id))).has(id)));
  }
  return known;
}

/**
 * Whether a standard's file has read it: it tags it with a concept the index has (or with none,
 * `concepts: []`). A standard whose every tag is one the index lacks ("lending-or-borrowing-money"
 * for lending-and-borrowing-money) is read as untagged, its concepts inferred from its wording:
 * with its tags skipped, it was about nothing, and its code "not addressing" the very matter
 * its words state.
 */
export function isTaggedByItsFile(standard: Standard, known: KnownConcept): boolean {
  return standard.concepts !== undefined && (standard.concepts.length === 0 || standard.concepts.some(known));
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
