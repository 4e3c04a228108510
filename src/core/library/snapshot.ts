// The built-in library as the CLI reads it at run time: JSON, made at build time from data/,
// so that no run pays for the YAML parser and the schema validator. Fields every standard
// repeats (its code, section, title, citation, empty lists) are left out of the file and put
// back on reading: less to parse and to collect at every start.
import type { Code, Library, Section, Standard } from "../../model.js";
import { citeStandard } from "../codes/normalize.js";

export const SNAPSHOT_FORMAT = 4;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /**
   * Identifies the build (its code, data and index format). Work cached from users' codes is
   * keyed by it, so a new build never reads a cache an older one wrote.
   */
  buildId: string;
  library: Library;
  /** The concepts' ids, in order: what a stored search index is checked against without parsing the concept index. */
  conceptIds: readonly string[];
}

type StoredStandard = Pick<Standard, "number" | "text"> & Partial<Pick<Standard, "items" | "notes" | "editorial">>;
type StoredSection = Omit<Section, "standards" | "editorial"> & { standards: StoredStandard[]; editorial?: Section["editorial"] };
type StoredCode = Omit<Code, "sections"> & { sections: StoredSection[] };

interface StoredSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  buildId: string;
  library: { codes: StoredCode[]; topics: Library["topics"] };
  conceptIds: string[];
}

function storeStandard({ number, text, items, notes, editorial }: Standard): StoredStandard {
  return {
    number,
    text,
    ...(items.length > 0 ? { items } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(editorial.length > 0 ? { editorial } : {}),
  };
}

export function serializeSnapshot(library: Library, buildId: string): string {
  const stored: StoredSnapshot = {
    format: SNAPSHOT_FORMAT,
    buildId,
    library: {
      topics: library.topics,
      codes: library.codes.map((code) => ({
        ...code,
        sections: code.sections.map(({ editorial, ...section }) => ({
          ...section,
          standards: section.standards.map(storeStandard),
          ...(Object.keys(editorial).length > 0 ? { editorial } : {}),
        })),
      })),
    },
    conceptIds: library.concepts.map((concept) => concept.id),
  };
  return asciiJson(stored);
}

/** JSON in ASCII only, so that reading the file makes a one-byte string, half the size of a two-byte one. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function restoreCode(stored: StoredCode): Code {
  const singleSection = stored.sections.length === 1;
  const sections = stored.sections.map((section) => ({
    id: section.id,
    title: section.title,
    intro: section.intro,
    standards: section.standards.map(
      (standard): Standard => ({
        code: stored.id,
        section: section.id,
        sectionTitle: section.title,
        number: standard.number,
        text: standard.text,
        items: standard.items ?? [],
        notes: standard.notes ?? [],
        editorial: standard.editorial ?? [],
        citation: citeStandard(stored.shortName, section.title, standard.number, singleSection),
      }),
    ),
    editorial: section.editorial ?? {},
  }));
  // Rebuilt field by field so that the keys keep normalizeCode's order (and --json its shape).
  return {
    id: stored.id,
    aliases: stored.aliases,
    title: stored.title,
    shortName: stored.shortName,
    jurisdiction: stored.jurisdiction,
    numbering: stored.numbering,
    source: stored.source,
    scope: stored.scope,
    preamble: stored.preamble,
    values: stored.values,
    definitions: stored.definitions,
    sections,
    attestation: stored.attestation,
    signature: stored.signature,
    references: stored.references,
    editorial: stored.editorial,
    origin: stored.origin,
    file: stored.file,
  };
}

/**
 * The concept index, apart from the snapshot: its entry terms and questions are two thirds of the
 * built-in data, and only the commands on topics, concepts, comparison and study read them.
 */
export function serializeConcepts(library: Library): string {
  return asciiJson(library.concepts);
}

/**
 * The library of a snapshot; its `concepts` are read through `readConcepts` (the text
 * serializeConcepts made) when first asked for.
 */
export function parseSnapshot(json: string, readConcepts: () => string): Snapshot {
  const stored = JSON.parse(json) as StoredSnapshot;
  if (stored.format !== SNAPSHOT_FORMAT) {
    throw new Error(`built-in data snapshot has format ${String(stored.format)}, expected ${SNAPSHOT_FORMAT}: rebuild with npm run build`);
  }
  let concepts: Library["concepts"] | undefined;
  const library = { codes: stored.library.codes.map(restoreCode), topics: stored.library.topics } as Library;
  Object.defineProperty(library, "concepts", { enumerable: true, get: () => (concepts ??= JSON.parse(readConcepts()) as Library["concepts"]) });
  return { format: SNAPSHOT_FORMAT, buildId: stored.buildId, library, conceptIds: stored.conceptIds };
}
