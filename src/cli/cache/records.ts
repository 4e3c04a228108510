// The shapes of the cache's own records: what a run remembers about a set of data folders, and
// the search index and its parts. Each is checked before use (see shapes.ts).
import { codeSize, hasOwnConceptTags, type Code, type CodeSize } from "../../model.js";
import { sameTexts } from "../../core/codes/same-texts.js";
import { SEARCH_INDEX_FORMAT } from "../../core/search/index-format.js";
import type { IndexPart, SearchIndex } from "../../core/search/inverted-index.js";
import { isBoolean, isNullableString, isNumber, isRecord, isStoredProblem, isString, listOf, objectOf } from "./shapes.js";
import { statFieldShapes, type StatFields } from "./file-stats.js";

/** What a file's record keeps of its code. */
export function namesOf(code: Code): CodeNames {
  const { id, aliases, title, shortName, jurisdiction, scope } = code;
  return { id, aliases, title, shortName, jurisdiction, scope, derivedFrom: code.source.derivedFrom ?? null, size: codeSize(code), sameTexts: sameTexts(code), ownConceptTags: hasOwnConceptTags(code) };
}

/** An entry's name: what it holds (code, part, index, lib), the build that made it, and its key's id. */
export function entryNameOf(kind: string, buildId: string, id: string): string {
  return `${kind}-${buildId}-${id}`;
}

/** A problem of a file, without the file's name (the same bytes may sit in two places). */
export interface StoredProblem {
  line: number;
  col: number;
  path: string;
  message: string;
}

/** What every command needs of a user's code without reading all of it: names, for lookup and clashes. */
export interface CodeNames {
  id: string;
  aliases: string[];
  title: string;
  shortName: string;
  jurisdiction: string;
  /** What `list` shows besides the names, so that listing reads no code. */
  scope: string | null;
  /** source.derivedFrom, null for none: what every run checks of a user's code's lineage. */
  derivedFrom: string | null;
  size: CodeSize;
  /** Its standards that have the same words (same-texts.ts): what every run warns of, without reading them. */
  sameTexts: string[];
  /** Whether its file tags any standard with concepts: what the quiz asks of it, without reading them. */
  ownConceptTags: boolean;
}

/** One file of a data folder as last seen: its stat data (as decimal strings, in ns) and its bytes' hash. */
export interface FileRecord extends StatFields {
  /** sha1 of the bytes; "" when the file could not be read. */
  hash: string;
  /** Changed too recently to trust its stat data next time: read and hash it again. */
  racy: boolean;
  names: CodeNames | null;
  problems: StoredProblem[] | null;
  /** The stat data of the code's cache entry when last checked whole, so later runs need not read it. */
  entryStat: string | null;
}

export interface LibraryRecord {
  dirs: string[];
  files: FileRecord[];
  /** The codes read, in order, and the build: names the search index entry. */
  fingerprint: string;
  /** The ids of the index parts (runs of codes) the last search used, so that pruning keeps them. */
  parts: string[];
}

const isNames = objectOf({
  id: isString,
  aliases: listOf(isString),
  title: isString,
  shortName: isString,
  jurisdiction: isString,
  scope: isNullableString,
  derivedFrom: isNullableString,
  size: objectOf({ sections: isNumber, standards: isNumber }),
  sameTexts: listOf(isString),
  ownConceptTags: isBoolean,
});
const isFileRecord = objectOf({
  ...statFieldShapes,
  // A file's SHA-1, or "" for a file that could not be read.
  hash: (value) => typeof value === "string" && /^(?:[0-9a-f]{40})?$/.test(value),
  racy: (value) => typeof value === "boolean",
  names: (value) => value === null || isNames(value),
  problems: (value) => value === null || listOf(isStoredProblem)(value),
  entryStat: isNullableString,
});

export function isLibraryRecord(value: unknown): value is LibraryRecord {
  if (!objectOf({ dirs: listOf(isString), files: listOf(isFileRecord), fingerprint: isString, parts: listOf(isString) })(value)) return false;
  // A usable file has names, an unusable one problems: never both, never neither.
  return (value as LibraryRecord).files.every((file) => (file.names === null) !== (file.problems === null));
}

const isIndexedCode = objectOf({ id: isString, titleStems: isString, sections: listOf(objectOf({ id: isString, size: isNumber })) });
const isStringRecord = (value: unknown) => isRecord(value) && Object.values(value).every((entry) => typeof entry === "string");

export function isIndexPart(value: unknown): value is IndexPart {
  return objectOf({
    codes: listOf(isIndexedCode),
    numbers: listOf(listOf(listOf(isNumber))),
    lengths: isString,
    totalLength: isNumber,
    postings: isString,
    words: isString,
    concepts: isString,
    centrality: isString,
  }, { copies: isString, likeness: isString })(value);
}

const isPackedTable = objectOf({ keys: isString, keyEnds: isString, values: isString, ends: isString });

export function isSearchIndex(value: unknown): value is SearchIndex {
  return objectOf({
    format: (format) => format === SEARCH_INDEX_FORMAT,
    codes: listOf(isIndexedCode),
    lengths: isString,
    averageLength: isNumber,
    postings: isStringRecord,
    words: isString,
    realWords: isString,
    stems: isString,
    concepts: listOf(objectOf({ id: isString, kind: (kind) => kind === "concept" || kind === "topic", documents: isString }, { inferred: isString, guessed: isString, topic: isNumber, workersOwn: (value) => value === true, workersConduct: (value) => value === true, colleaguesConduct: (value) => value === true, centrality: isString, related: isString, impliedBy: listOf(isNumber), impliedShares: listOf(isNumber) })),
    terms: objectOf({ phrases: isString, starts: isString, owners: isString, byStem: isPackedTable }),
    conceptPostings: isPackedTable,
    conceptLengths: isString,
    conceptAverageLength: isNumber,
    askedPostings: isPackedTable,
  }, { askedCopies: isString, likeness: isStringRecord, likenessFrom: isString })(value);
}
