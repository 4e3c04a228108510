// The built-in library as the CLI reads it at run time: JSON, made at build time from data/,
// so that no run pays for the YAML parser and the schema validator. Fields every standard
// repeats (its code, section, title, citation, empty lists) are left out of the file and put
// back on reading: less to parse and to collect at every start.
//
// The text: a line of JSON, the snapshot with every section's standards and the topics left out
// (each as the length of its JSON); then the topics' JSON and each section's standards' JSON,
// in the library's order. A section's standards are parsed when first read, the topics too: a
// search reads the standards of a few sections and no topic, and parsing all of them made
// ~0.3 MB of young objects at every start, which the scavenges then copied.
import type { Code, Library, Section, Standard } from "../../model.js";
import { citedTitles } from "../codes/cited-title.js";
import { citeStandard } from "../codes/normalize.js";

export const SNAPSHOT_FORMAT = 5;

/**
 * The snapshot's text as parseSnapshot reads it: the text itself, or `length` characters read
 * `from`…`to` on demand (the CLI decodes them from the file's bytes, so that what is never read
 * is never a string).
 */
export type SnapshotText = string | SnapshotParts;

export interface SnapshotParts {
  length: number;
  /** The text up to its first line break (all of it, without one). */
  firstLine(): string;
  slice(from: number, to: number): string;
}

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
/** `standards`: the length of their JSON, after the first line. */
type StoredSection = Omit<Section, "standards" | "editorial"> & { standards: number; editorial?: Section["editorial"] };
type StoredCode = Omit<Code, "sections"> & { sections: StoredSection[] };

/** The first line. `topics`: the length of their JSON, the first after it. */
interface StoredSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  buildId: string;
  library: { codes: StoredCode[]; topics: number };
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
  const parts = [asciiJson(library.topics)];
  const stored: StoredSnapshot = {
    format: SNAPSHOT_FORMAT,
    buildId,
    library: {
      topics: parts[0]!.length,
      codes: library.codes.map((code) => ({
        ...code,
        sections: code.sections.map(({ editorial, ...section }) => {
          parts.push(asciiJson(section.standards.map(storeStandard)));
          return { ...section, standards: parts.at(-1)!.length, ...(Object.keys(editorial).length > 0 ? { editorial } : {}) };
        }),
      })),
    },
    conceptIds: library.concepts.map((concept) => concept.id),
  };
  return `${asciiJson(stored)}\n${parts.join("")}`;
}

/** JSON in ASCII only, so that reading the file makes a one-byte string, half the size of a two-byte one. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value made by `make` when first read, then held as a plain property of `owner` in the same
 * place among its keys (JSON.stringify and --json keep their order); writing one sets it.
 */
function madeOnRead<T extends object, K extends keyof T>(owner: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(owner, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(owner, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/** The part of `text` from `from`, `length` characters, which must be there. */
function partOf(text: SnapshotText, from: number, length: number): string {
  if (from + length > text.length) throw new Error("built-in data snapshot is cut short: rebuild with npm run build");
  return text.slice(from, from + length);
}

/** A code of the snapshot; `at` is where its first section's standards are in `text`, and is moved past its last. */
function restoreCode(stored: StoredCode, text: SnapshotText, at: { next: number }): Code {
  const singleSection = stored.sections.length === 1;
  const cited = citedTitles(stored.sections, stored.values.length > 0);
  const sections = stored.sections.map((section, index) => {
    const restored: Section = { id: section.id, title: section.title, intro: section.intro, standards: [], editorial: section.editorial ?? {} };
    const from = at.next;
    at.next += section.standards;
    madeOnRead(restored, "standards", () =>
      (JSON.parse(partOf(text, from, section.standards)) as StoredStandard[]).map(
        (standard): Standard => ({
          code: stored.id,
          section: section.id,
          sectionTitle: section.title,
          number: standard.number,
          text: standard.text,
          items: standard.items ?? [],
          notes: standard.notes ?? [],
          editorial: standard.editorial ?? [],
          citation: citeStandard(stored.shortName, cited[index]!, standard.number, singleSection),
        }),
      ),
    );
    return restored;
  });
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
 * The library of a snapshot (the text serializeSnapshot made); its `concepts` are read through
 * `readConcepts` (the text serializeConcepts made) when first asked for, its topics and each
 * section's standards from `text` when first asked for.
 */
export function parseSnapshot(text: SnapshotText, readConcepts: () => string): Snapshot {
  const newline = typeof text === "string" ? text.indexOf("\n") : -1;
  const head = typeof text !== "string" ? text.firstLine() : newline < 0 ? text : text.slice(0, newline);
  const stored = JSON.parse(head) as StoredSnapshot;
  if (stored.format !== SNAPSHOT_FORMAT) {
    throw new Error(`built-in data snapshot has format ${String(stored.format)}, expected ${SNAPSHOT_FORMAT}: rebuild with npm run build`);
  }
  const topicsAt = head.length + 1;
  const at = { next: topicsAt + stored.library.topics };
  const codes = stored.library.codes.map((code) => restoreCode(code, text, at));
  if (at.next !== text.length) throw new Error("built-in data snapshot does not add up: rebuild with npm run build");
  let concepts: Library["concepts"] | undefined;
  const library = { codes } as Library;
  madeOnRead(library, "topics", () => JSON.parse(partOf(text, topicsAt, stored.library.topics)) as Library["topics"]);
  Object.defineProperty(library, "concepts", { enumerable: true, get: () => (concepts ??= JSON.parse(readConcepts()) as Library["concepts"]) });
  return { format: SNAPSHOT_FORMAT, buildId: stored.buildId, library, conceptIds: stored.conceptIds };
}
