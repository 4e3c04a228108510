// Concept alignment: codes written apart line up by the matters their rules govern, as cases do
// by Westlaw's key numbers. For every concept either code addresses, A's standards on it against
// B's, many to many, with how strongly each binds. A standard is only in its code when no
// standard of the other shares any of its concepts.
import type { Code, Concept, Library, Standard, Strength } from "../../model.js";
import { bindingTier, strongest, type StrengthReading } from "../concepts/strength.js";
import { conceptsOfStandard, strengthOnConcept } from "../concepts/topics.js";

/** A standard as the concept rows name it: where it stands and its citation, without its text. */
export interface CitedRef {
  code: string;
  section: string;
  sectionTitle: string;
  number: number;
  citation: string;
}

export interface ConceptAlignment {
  id: string;
  name: string;
  /** The topic the concept is filed under. */
  topic: string;
  a: CitedRef[];
  b: CitedRef[];
  /** Each side's strongest obligation on the concept; null where it is silent. */
  strength: { a: Strength | null; b: Strength | null };
  /** How each standard binds on the concept, in the order of `a` and of `b`, with what narrows it. */
  readings: { a: StrengthReading[]; b: StrengthReading[] };
}

export function toCitedRef(standard: Standard): CitedRef {
  const { code, section, sectionTitle, number, citation } = standard;
  return { code, section, sectionTitle, number, citation };
}

/** The concepts of each standard of a code, in the code's order. */
export function conceptsOfEach(library: Library, code: Code, standards: readonly Standard[]): string[][] {
  return standards.map((standard) => conceptsOfStandard(library, code, standard));
}

/**
 * One row per concept that a standard of `aStandards` or of `bStandards` addresses, in the
 * index's order (topic by topic); `aConcepts[i]` are the concepts of `aStandards[i]`.
 */
export function alignConcepts(
  library: Library,
  aStandards: readonly Standard[],
  aConcepts: readonly (readonly string[])[],
  bStandards: readonly Standard[],
  bConcepts: readonly (readonly string[])[],
): ConceptAlignment[] {
  const onConcept = (standards: readonly Standard[], concepts: readonly (readonly string[])[]) => {
    const byConcept = new Map<string, Standard[]>();
    standards.forEach((standard, index) => {
      for (const id of concepts[index]!) {
        const list = byConcept.get(id);
        if (list) list.push(standard);
        else byConcept.set(id, [standard]);
      }
    });
    return byConcept;
  };
  const aOn = onConcept(aStandards, aConcepts);
  const bOn = onConcept(bStandards, bConcepts);
  return library.concepts.filter((concept) => aOn.has(concept.id) || bOn.has(concept.id)).map((concept) => row(concept, aOn.get(concept.id) ?? [], bOn.get(concept.id) ?? [], library.concepts));
}

function row(concept: Concept, a: readonly Standard[], b: readonly Standard[], siblings: readonly Concept[]): ConceptAlignment {
  const aReadings = a.map((standard) => strengthOnConcept(concept, standard, siblings));
  const bReadings = b.map((standard) => strengthOnConcept(concept, standard, siblings));
  return {
    id: concept.id,
    name: concept.name,
    topic: concept.topic,
    a: a.map(toCitedRef),
    b: b.map(toCitedRef),
    strength: { a: strongest(aReadings.map((reading) => reading.strength)), b: strongest(bReadings.map((reading) => reading.strength)) },
    readings: { a: aReadings, b: bReadings },
  };
}

/**
 * Which side binds more strongly on a concept both address: "a", "b", or null when alike (a
 * prohibition against a requirement is alike: bindingTier) or one is silent.
 */
export function stricterSide(alignment: ConceptAlignment): "a" | "b" | null {
  const { a, b } = alignment.strength;
  if (a === null || b === null || bindingTier(a) === bindingTier(b)) return null;
  return bindingTier(a) < bindingTier(b) ? "a" : "b";
}

/**
 * Whether both codes take one stance on a concept: the same strength. A prohibition against a
 * requirement binds as firmly (stricterSide is null), but that is not the same stance: Riverbend
 * requiring a respectful answer to a gift it cannot take, Alaska prohibiting substantial gifts.
 */
export function sameStance(alignment: ConceptAlignment): boolean {
  const { a, b } = alignment.strength;
  return a !== null && a === b;
}

/** The concept ids a set of standards addresses. */
export function conceptSet(concepts: readonly (readonly string[])[]): Set<string> {
  return new Set(concepts.flat());
}

/** Whether two standards share a concept. */
export function shareConcept(a: readonly string[], b: readonly string[]): boolean {
  return a.some((id) => b.includes(id));
}
