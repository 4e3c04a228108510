// The index's concepts and topics put together straight from the parts' packed concept lists,
// in typed arrays reused from concept to concept. A thousand users' codes give the concepts
// some four hundred thousand documents: read into lists of numbers, merged into new lists and
// packed from those, they were most of putting an index together after one file changed, and
// much of its garbage. This makes exactly what the list-based way makes (indexConcepts in
// inverted-index.ts), which stays for parts this way does not take: any list out of order, a
// share missing, a key twice in one part (hand-made or damaged parts) — then it answers
// undefined and that way runs, with its own checks and errors.
import type { Library } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { packCentrality } from "./centrality.js";
import type { IndexedConcept, IndexPart } from "./inverted-index.js";
import { packIncreasingInts, unpackInto } from "./packed-numbers.js";
import { NO_COPIES, relatedDocuments as relatedDocumentsOf } from "./related-copies.js";
import { sortedIncludes, sortedUnique } from "./sorted.js";
import { workersConductMark, workersOwnMark } from "./workers-own.js";

/** A concept's entry in one part: where its documents start in `entry`, and its shares. */
interface Segment {
  part: number;
  entry: string;
  start: number;
  centrality: string;
}

/**
 * A list of documents and their shares, kept from concept to concept. A list the index takes
 * is increasing and below the number of documents, so that many places are always enough.
 */
class Listed {
  readonly documents: Int32Array;
  readonly shares: Float64Array;
  length = 0;
  constructor(size: number) {
    this.documents = new Int32Array(size);
    this.shares = new Float64Array(size);
  }
}

const DOT = 0x2e;
const ZERO = 0x30;

/**
 * A key's documents (each plus its part's offset) and shares from all its segments, in order,
 * into `into`; false where the list-based way must decide: a document out of order (across
 * parts too), a document past the index's, a malformed entry, shares not one per document.
 */
function readSegments(segments: readonly Segment[] | undefined, offsets: readonly number[], into: Listed): boolean {
  into.length = 0;
  if (segments === undefined) return true;
  let length = 0;
  for (const { part, entry, start, centrality } of segments) {
    length = readDocuments(entry, start, offsets[part]!, into.documents, length);
    if (length < 0 || unpackInto(centrality, into.shares, into.length) !== length) return false;
    into.length = length;
  }
  return true;
}

/**
 * The documents `entry` lists from `start` ("3.17.42"), each plus `offset`, written into
 * `documents` after its first `length`: how many it then holds, or -1 where readSegments says.
 */
function readDocuments(entry: string, start: number, offset: number, documents: Int32Array, length: number): number {
  const limit = documents.length;
  let previous = length > 0 ? documents[length - 1]! : -1;
  let value = -1;
  for (let at = start; at <= entry.length; at++) {
    const code = at < entry.length ? entry.charCodeAt(at) : DOT;
    if (code === DOT) {
      const document = offset + value;
      if (value < 0 || !(document > previous) || document >= limit) return -1;
      documents[length++] = document;
      previous = document;
      value = -1;
    } else if (code >= ZERO && code <= ZERO + 9) value = (value < 0 ? 0 : value * 10) + code - ZERO;
    else return -1;
  }
  return length;
}

/** Each key's segments, in part order; undefined when a key is listed twice in one part or the lists do not pair up. */
function segmentsOf(parts: readonly IndexPart[]): Map<string, Segment[]> | undefined {
  const byKey = new Map<string, Segment[]>();
  for (let part = 0; part < parts.length; part++) {
    const { concepts, centrality } = parts[part]!;
    if (concepts === "") continue;
    const entries = concepts.split(" ");
    const shares = centrality.split(" ");
    if (shares.length !== entries.length) return undefined;
    for (let at = 0; at < entries.length; at++) {
      const entry = entries[at]!;
      const equals = entry.indexOf("=");
      if (equals < 0) return undefined;
      const key = entry.slice(0, equals);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      else if (list[list.length - 1]!.part === part) return undefined;
      list.push({ part, entry, start: equals + 1, centrality: shares[at]! });
    }
  }
  return byKey;
}

/**
 * The index's concepts and topics (as indexConcepts makes them) from `parts`, whose documents
 * start at `offsets` and number `documentCount` in all; `documentOf` places the standards topics
 * and related rules name, and `copies` the related rules' copies (related-copies.ts). Undefined
 * when the parts need the list-based way.
 */
export function joinConcepts(
  library: Library,
  parts: readonly IndexPart[],
  offsets: readonly number[],
  documentCount: number,
  documentOf: ReadonlyMap<string, number>,
  copies: ReadonlyMap<string, readonly number[]> = NO_COPIES,
): IndexedConcept[] | undefined {
  if (library.concepts.some((concept) => concept.id.startsWith("~"))) return undefined;
  const segments = segmentsOf(parts);
  if (segments === undefined) return undefined;
  const curated = new Listed(documentCount);
  const inferred = new Listed(documentCount);
  const guessed = new Listed(documentCount);
  const merged = new Listed(documentCount);
  /** Each topic's documents, marked as its concepts are put together. */
  const topicAt = new Map(library.topics.map((topic, at) => [topic.id, at]));
  if (topicAt.size !== library.topics.length) return undefined;
  // A bit a document: 36 topics over a hundred thousand documents take half a megabyte.
  const marks = library.topics.map(() => new Uint8Array(0));
  const marked = (topic: number) => (marks[topic]!.length > 0 ? marks[topic]! : (marks[topic] = new Uint8Array((documentCount + 7) >> 3)));
  // Where topics and related rules are: anything but a document of the index (only in damaged
  // parts) is left to the list-based way, whose sets treat such numbers as they treat them.
  const isDocument = (document: number | undefined) => document === undefined || (Number.isInteger(document) && document >= 0 && document < documentCount);
  const concepts: IndexedConcept[] = [];
  for (const concept of library.concepts) {
    if (!readSegments(segments.get(concept.id), offsets, curated)) return undefined;
    if (!readSegments(segments.get(`~${concept.id}`), offsets, inferred)) return undefined;
    if (!readSegments(segments.get(`?${concept.id}`), offsets, guessed)) return undefined;
    segments.delete(concept.id);
    segments.delete(`~${concept.id}`);
    segments.delete(`?${concept.id}`);
    const length = mergeLists(curated, inferred, merged);
    const documents = merged.documents.subarray(0, length);
    const topic = topicAt.get(concept.topic);
    if (topic !== undefined && length > 0) markAll(marked(topic), documents);
    // A rule the concept's own standards hold is not also related.
    const relatedDocuments = relatedDocumentsOf(concept, documentOf, copies);
    if (!relatedDocuments.every(isDocument)) return undefined;
    const related = sortedUnique([relatedDocuments]).filter((document) => !sortedIncludes(documents, document));
    concepts.push({
      id: concept.id,
      kind: "concept",
      documents: packIncreasingInts(documents),
      ...(inferred.length > 0 ? { inferred: packIncreasingInts(inferred.documents.subarray(0, inferred.length)) } : {}),
      ...(guessed.length > 0 ? { guessed: packIncreasingInts(guessed.documents.subarray(0, guessed.length)) } : {}),
      ...(topic !== undefined ? { topic: library.concepts.length + topic } : {}),
      ...workersOwnMark(topic === undefined ? undefined : library.topics[topic]),
      ...workersConductMark(concept),
      ...(length > 0 ? { centrality: packCentrality(merged.shares.subarray(0, length)) } : {}),
      ...(related.length > 0 ? { related: packIncreasingInts(Int32Array.from(related)) } : {}),
    });
  }
  // Keys of no concept here are not in the index, but the list-based way reads them too (and
  // throws at a malformed one): so that both ways always agree, those must read as well.
  for (const rest of segments.values()) if (!readSegments(rest, offsets, curated)) return undefined;
  for (let at = 0; at < library.topics.length; at++) {
    const topic = library.topics[at]!;
    const named = topic.standards.map((key) => documentOf.get(standardKeyOf(key)));
    if (!named.every(isDocument)) return undefined;
    const found = marked(at);
    for (const document of named) if (document !== undefined) found[document >> 3]! |= 1 << (document & 7);
    const list = markedDocuments(found);
    concepts.push({ id: topic.id, kind: "topic", documents: packIncreasingInts(list), ...workersOwnMark(topic) });
  }
  return concepts;
}

/**
 * Two increasing lists merged into `merged` in one pass, the curated document (and its share)
 * first where both list one: how many it holds. (Loops in small functions of their own: this
 * runs once a process, and V8 optimizes a small function sooner than a loop in a long one.)
 */
function mergeLists(curated: Listed, inferred: Listed, merged: Listed): number {
  let length = 0;
  let i = 0;
  let j = 0;
  while (i < curated.length || j < inferred.length) {
    const fromCurated = j >= inferred.length || (i < curated.length && curated.documents[i]! <= inferred.documents[j]!);
    const document = fromCurated ? curated.documents[i]! : inferred.documents[j]!;
    const share = fromCurated ? curated.shares[i++]! : inferred.shares[j++]!;
    if (length > 0 && merged.documents[length - 1] === document) continue;
    merged.documents[length] = document;
    merged.shares[length++] = share;
  }
  merged.length = length;
  return length;
}

/** Sets the bits of `documents` in `marks`. */
function markAll(marks: Uint8Array, documents: Int32Array): void {
  for (let at = 0; at < documents.length; at++) {
    const document = documents[at]!;
    marks[document >> 3]! |= 1 << (document & 7);
  }
}

/** The documents whose bits `marks` sets, in increasing order. */
function markedDocuments(marks: Uint8Array): Int32Array {
  let count = 0;
  for (let at = 0; at < marks.length; at++) for (let bits = marks[at]!; bits !== 0; bits &= bits - 1) count++;
  const list = new Int32Array(count);
  count = 0;
  for (let at = 0; at < marks.length; at++) {
    const bits = marks[at]!;
    if (bits === 0) continue;
    for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) list[count++] = (at << 3) | bit;
  }
  return list;
}
