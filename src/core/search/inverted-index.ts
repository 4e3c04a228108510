// The inverted index search narrows candidates with: stem → the standards that use it. A plain
// JSON-safe object, so it can be built once, cached or shipped prebuilt, and loaded with
// JSON.parse. Number lists are packed into strings (packed-numbers.ts): parsing a string costs
// next to nothing, and only the postings of a query's own stems are ever decoded.
import type { Code, Library, StandardKey } from "../../model.js";
import { standardContentStems, standardContentWords, standardKeyOf } from "../codes/standard-text.js";
import { conceptsOfCode, isCurated, type StandardConcepts } from "../concepts/standard-concepts.js";
import { conceptWeightsMadeAhead } from "../concepts/made-ahead.js";
import { compileTerms, ownEntries } from "../concepts/terms.js";
import { fixedWidthAt, NumberReader, packFixedWidth, packNumbers } from "./packed-numbers.js";
import { everydayEndings, everydayPrefixes, misleadingWords } from "./real-words.js";
import { sortedStartingWith } from "./sorted.js";
import { packTable, tableEntries, type PackedTable } from "./packed-table.js";
import { buildTermIndex, termStems, type TermIndex } from "./term-index.js";
import { conceptShare, packCentrality } from "./centrality.js";
import { packDocuments } from "./concept-documents.js";
import { joinConcepts } from "./joined-concepts.js";
import { copiesOfBuiltin, copiesOfCode, copiesOfRelated, mergeCopies, NO_COPIES, relatedDocuments } from "./related-copies.js";
import { lazyRecord } from "./lazy-record.js";
import { appendDocuments } from "./document-list.js";
import { impliedBy } from "./implied-concepts.js";
import { workersConductMark, workersOwnMark } from "./workers-own.js";
import { askedFrequencies, askedStem, isAskedKey, packAskedCopies } from "./asked.js";
import { mergeLikeness, packIndexLikeness, packPartLikeness } from "./likeness.js";
import { stem, STOP_WORDS, terms, words } from "../text.js";

import { LENGTH_WIDTH, SEARCH_INDEX_FORMAT } from "./index-format.js";
import { increasing, sortedIncludes, sortedUnique } from "./sorted.js";

export { SEARCH_INDEX_FORMAT };

/**
 * A section's title says what all its standards are about ("Confidentiality"), so its words count
 * for them, at this share of a word in the text. A code with one section has a title that names
 * the code ("Code of Conduct"), not a theme, so it counts for nothing. Postings store doubled
 * frequencies as whole numbers, so this must be a multiple of one half.
 */
const TITLE_WEIGHT = 0.5;

export interface IndexedSection {
  id: string;
  /** Number of standards: documents are numbered in library order, section after section. */
  size: number;
}

/**
 * A concept of the index (or a topic, which matches as a broad concept): the terms a query may
 * name it by and the standards about it.
 */
export interface IndexedConcept {
  id: string;
  /** "topic" for a theme of topics.yaml, matched by its name and synonyms. */
  kind: "concept" | "topic";
  /** The standards about it, as increasing document numbers packed (concept-documents.ts: read them with documentsOf). */
  documents: string;
  /** Those found by entry terms in users' codes, not curated, packed the same way. */
  inferred?: string;
  /** Those of `inferred` not taken whole from a near copy of a curated standard (StandardConcepts.guessed). */
  guessed?: string;
  /** A concept's topic, as its position in SearchIndex.concepts. */
  topic?: number;
  /** Of a topic about the worker's own condition, or that topic (Topic.whose). */
  workersOwn?: true;
  /** Of a concept of the worker's conduct toward someone (Concept.actor). */
  workersConduct?: true;
  /** Of a concept of a colleague's conduct (Concept.actor "colleague"): colleague-doer.ts. */
  colleaguesConduct?: true;
  /** How centrally each of `documents` is about it, packed (centrality.ts). */
  centrality?: string;
  /**
   * General rules that bear on the concept without being about it (Concept.related), packed as
   * `documents`: search ranks them below its standards. No hit counts them among its concepts.
   */
  related?: string;
  /**
   * In an index with guessed concepts, the concepts (positions in SearchIndex.concepts) many of
   * whose curated standards are also about this one (implied-concepts.ts): their guessed
   * standards bear on it. An index of curated codes (or copies) alone has none.
   */
  impliedBy?: number[];
  /** The share (in hundredths) of each of impliedBy's curated standards also about this one. */
  impliedShares?: number[];
}

/** A code as the index knows it. */
export interface IndexedCode {
  id: string;
  /** The distinct stems of the code's title's meaningful words, space-separated (collectionStems). */
  titleStems: string;
  sections: IndexedSection[];
}

export interface SearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  codes: IndexedCode[];
  /**
   * Twice the weighted number of terms of each document (text, items, notes, title), packed
   * LENGTH_WIDTH characters each so that a candidate's length is read without decoding the rest.
   */
  lengths: string;
  averageLength: number;
  /** stem → packed postings (see packPostings). */
  postings: Record<string, string>;
  /** Every distinct word of the texts and of the entry terms, sorted, space-separated: what typos are corrected against. */
  words: string;
  /**
   * Everyday English words, sorted, space-separated, that typo correction would otherwise take
   * for slips of the vocabulary's words, or that begin a longer word of an entry term, or end
   * one of the vocabulary after a small word (real-words.ts): they are never corrected, nor
   * read as abbreviations, nor joined to a small word beside them (written-apart.ts).
   */
  realWords: string;
  /**
   * The keys of postings, sorted, space-separated: the stems that extend a stem follow it, so
   * word forms are found with one indexOf instead of a pass over every key.
   */
  stems: string;
  concepts: IndexedConcept[];
  /** The names and entry terms of `concepts` (a topic's name and synonyms), packed. */
  terms: TermIndex;
  /**
   * Each concept (and topic) of `concepts` as a document of its own words — name, description,
   * entry terms and questions — for matching a query that uses none of its terms whole:
   * stem → packed postings over those documents (see packPostings). The document frequency also
   * says how many matters a word is asked about in: "client" and "support" are in most.
   */
  conceptPostings: PackedTable;
  /** Each concept document's number of meaningful words, packed as `lengths` is. */
  conceptLengths: string;
  /** Their average. */
  conceptAverageLength: number;
  /** What people type when a standard is what they need (asked.ts): stem → packed postings over the standards. */
  askedPostings: PackedTable;
  /** The users' standards that copy a built-in one and answer its questions: `original=copy.copy` space-separated (asked.ts). */
  askedCopies?: string;
  /** Users' guessed standards alike to each curated one, by its document (likeness.ts). */
  likeness?: Record<string, string>;
  /** With `likeness`: the curated codes' ids, comma-separated. */
  likenessFrom?: string;
}

export interface Posting {
  document: number;
  /** Occurrences in the text, plus TITLE_WEIGHT when the section title has the stem. */
  frequency: number;
}

/** Own keys only: a stem such as "constructor" must not find Object.prototype's. */
export function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

export function standardKey(key: StandardKey): string {
  return standardKeyOf(key);
}

/*
 * Packed postings: the document frequency, then for each document in increasing order the gap
 * from the previous one, doubled, plus 1 when the frequency is not 1 (the common case), in which
 * case the doubled frequency follows. Frequencies are doubled because a title adds one half.
 */
export function packPostings(postings: readonly Posting[]): string {
  return packPostingPairs(postings.flatMap(({ document, frequency }) => [document, frequency]));
}

/** packPostings of postings given flat, document then frequency: what buildIndexPart collects. */
function packPostingPairs(pairs: readonly number[]): string {
  const numbers = [pairs.length / 2];
  let previous = 0;
  for (let at = 0; at < pairs.length; at += 2) {
    const document = pairs[at]!;
    const frequency = pairs[at + 1]!;
    const gap = document - previous;
    previous = document;
    if (frequency === 1) numbers.push(gap * 2);
    else numbers.push(gap * 2 + 1, frequency * 2);
  }
  return packNumbers(numbers);
}

export function documentFrequency(packed: string): number {
  return new NumberReader(packed).next();
}

/**
 * Calls `visit` for each posting, in document order, without building a list, until it returns
 * false.
 */
export function forEachPosting(packed: string, visit: (document: number, frequency: number) => boolean | void): void {
  const reader = new NumberReader(packed);
  reader.next();
  let document = 0;
  while (!reader.done()) {
    const entry = reader.next();
    document += Math.floor(entry / 2);
    if (visit(document, entry % 2 === 0 ? 1 : reader.next() / 2) === false) return;
  }
}

export function unpackPostings(packed: string): Posting[] {
  const postings: Posting[] = [];
  forEachPosting(packed, (document, frequency) => {
    postings.push({ document, frequency });
  });
  return postings;
}

export function documentLength(index: SearchIndex, document: number): number {
  return fixedWidthAt(index.lengths, document, LENGTH_WIDTH) / 2;
}

export function documentCount(index: SearchIndex): number {
  return index.lengths.length / LENGTH_WIDTH;
}

export interface IndexOptions {
  /** Spoken English words, to work out realWords from (the build passes them). */
  englishWords?: Iterable<string>;
  /** The everyday ones among them, of any length (with englishWords). */
  everydayWords?: Iterable<string>;
  /** realWords as another index has them, when no English words are at hand (users' codes). */
  realWords?: string;
  /**
   * The built-in codes' index, made from the same concepts and topics: what depends on those
   * alone (and its realWords) is taken from it rather than worked out again, which is most of the
   * cost of an index of a few users' codes. Its codes must be among `parts`.
   */
  builtin?: SearchIndex;
}

/** The parts of an index that depend on the library's concepts and topics alone. */
type ConceptFields = Pick<SearchIndex, "terms" | "conceptPostings" | "conceptLengths" | "conceptAverageLength">;

function conceptFields(library: Library): ConceptFields {
  return {
    terms: buildTermIndex([
      ...library.concepts.map((concept) => compileTerms([concept.name, ...concept.terms])),
      ...library.topics.map((topic) => compileTerms([topic.name, ...topic.synonyms])),
    ]),
    ...conceptDocuments(library),
  };
}

/**
 * The index of one code, or of a run of codes (mergeParts), its documents numbered from 0: what
 * a library's index is put together from (assembleSearchIndex), so that a changed file
 * re-indexes only its own code, and a thousand codes are put together from a few dozen runs.
 */
export interface IndexPart {
  codes: IndexedCode[];
  /** Each code's sections' standard numbers, in order: where a topic's standard is. */
  numbers: number[][][];
  /** Packed as SearchIndex.lengths, so that parts' lengths join by concatenation. */
  lengths: string;
  /** The sum of the lengths, in document order. */
  totalLength: number;
  /**
   * Each stem, its last document and its packed postings (documents numbered within the part),
   * all space-separated in one string: a part is read back from a cache a thousand at a time,
   * and one string parses far faster than an object of a thousand keys. Packed postings never
   * hold a space.
   */
  postings: string;
  /** The part's distinct words, space-separated, in no order: assembling sorts them all once. */
  words: string;
  /**
   * The concepts of its standards: `id=doc.doc.doc` space-separated (documents numbered within
   * the part), `~id=…` where they were inferred rather than curated or tagged, and again as
   * `?id=…` where that inference was a guess (StandardConcepts.guessed).
   */
  concepts: string;
  /**
   * How much of each concept's own words each of those documents uses (centrality.ts), in the
   * same order: packed numbers, space-separated per entry of `concepts`.
   */
  centrality: string;
  /**
   * In the part of a user's code derived from another, its standards that copy a built-in one
   * (where it stands, in its words): `rule=doc.doc` space-separated, documents numbered
   * within the part (related-copies.ts), so that a run finds them without reading the code.
   */
  copies?: string;
  /** Its guessed standards' likeness to curated ones, by curated standard (likeness.ts). */
  likeness?: string;
}

/** A code's standards with their concepts (conceptsOfCode), by standardKeyOf. */
export type CodeConcepts = ReadonlyMap<string, StandardConcepts>;

/** Each concept's own words (name, description, terms, questions) by id, weighed by how few concepts and topics use them. */
export type ConceptWeights = ReadonlyMap<string, ReadonlyMap<string, number>>;

const weightsOf = new WeakMap<Library, ConceptWeights>();

/**
 * A library's concept weights: the build's, for the built-in concepts and topics
 * (concepts/stored-weights.ts), else worked out. `index`, an index of the same concepts and
 * topics (the built-in one), saves working out their documents again, which costs more than
 * reading its postings.
 */
export function conceptWeights(library: Library, index?: Pick<SearchIndex, "conceptPostings">): ConceptWeights {
  let weights = weightsOf.get(library);
  if (weights === undefined) {
    weights = conceptWeightsMadeAhead(library) ?? workedOutWeights(library, index);
    weightsOf.set(library, weights);
  }
  return weights;
}

/** conceptWeights worked out from the concepts' postings. */
export function workedOutWeights(library: Library, index?: Pick<SearchIndex, "conceptPostings">): ConceptWeights {
  const stems = conceptStems((index ?? conceptDocuments(library)).conceptPostings, library.concepts.length + library.topics.length);
  return new Map(library.concepts.map((concept, position) => [concept.id, stems[position]!]));
}

/** `asked`: what people type when each standard is what they need (Library.asked), indexed as a field of its own (asked.ts). */
export function buildIndexPart(code: Code, concepts: CodeConcepts = new Map(), weights: ConceptWeights = new Map(), asked?: Library["asked"]): IndexPart {
  // Flat lists and one reused map: a part is made for every code of a user's library on its
  // first search, so this runs a thousand times there.
  const byStem = new Map<string, number[]>(); // stem → document, frequency, document, frequency, …
  const vocabulary = new Set<string>();
  const frequencies = new Map<string, number>();
  const lengths: number[] = [];
  const numbers: number[][] = [];
  const titleWeight = code.sections.length > 1 ? TITLE_WEIGHT : 0;
  const sections: IndexedSection[] = [];
  const onConcept = new PartConcepts();
  const keys: string[] = [];
  let document = 0;
  let totalLength = 0;
  const addPosting = (frequency: number, stemmed: string) => {
    let list = byStem.get(stemmed);
    if (!list) byStem.set(stemmed, (list = []));
    list.push(document, frequency);
  };
  for (const section of code.sections) {
    const titleStems = new Set(contentWords(section.title).map(stem));
    for (const standard of section.standards) {
      frequencies.clear();
      let length = 0;
      const meaningful = standardContentWords(standard);
      const stems = standardContentStems(standard);
      for (let at = 0; at < meaningful.length; at++) {
        vocabulary.add(meaningful[at]!);
        const stemmed = stems[at]!;
        frequencies.set(stemmed, (frequencies.get(stemmed) ?? 0) + 1);
        length++;
      }
      if (titleWeight > 0) {
        for (const stemmed of titleStems) frequencies.set(stemmed, (frequencies.get(stemmed) ?? 0) + titleWeight);
        length += titleStems.size * titleWeight;
      }
      const key = standardKeyOf(standard);
      keys.push(key);
      const found = concepts.get(key);
      for (const id of found?.ids ?? []) {
        const share = conceptShare(weights.get(id) ?? NO_WEIGHTS, frequencies);
        if (found!.guessed) {
          onConcept.add(INFERRED_MARK, id, document, share);
          onConcept.add(GUESSED_MARK, id, document, share);
        } else onConcept.add(found!.inferred ? INFERRED_MARK : "", id, document, share);
      }
      frequencies.forEach(addPosting);
      const questions = asked?.get(key);
      if (questions !== undefined) askedFrequencies(questions).forEach(addPosting);
      lengths.push(length);
      totalLength += length;
      document++;
    }
    sections.push({ id: section.id, size: section.standards.length });
    numbers.push(section.standards.map((standard) => standard.number));
  }
  const postings: string[] = [];
  byStem.forEach((list, stemmed) => postings.push(stemmed, String(list[list.length - 2]), packPostingPairs(list)));
  const likeness = packPartLikeness(keys, concepts);
  return {
    codes: [{ id: code.id, titleStems: [...new Set(contentWords(code.title).map(stem))].join(" "), sections }],
    numbers: [numbers],
    lengths: packFixedWidth(lengths.map((length) => length * 2), LENGTH_WIDTH),
    totalLength,
    postings: postings.join(" "),
    words: [...vocabulary].join(" "),
    ...packedConcepts(onConcept.byKey),
    ...(likeness === undefined ? {} : { likeness }),
  };
}

const NO_WEIGHTS: ReadonlyMap<string, number> = new Map();

/** Before a concept's id in a part's key: inferred (`~id`), and a guess among those (`?id`). */
const INFERRED_MARK = "~";
const GUESSED_MARK = "?";
type ConceptMark = "" | typeof INFERRED_MARK | typeof GUESSED_MARK;

/**
 * A part's concepts as it lists them, "id", "~id" or "?id" → documents and shares, in the order
 * first met. Each key is made once a part, found by its id: made for every concept of every
 * standard, the keys were new strings to hash each time.
 */
class PartConcepts {
  readonly byKey = new Map<string, ConceptDocuments>();
  private readonly byMark = { "": new Map<string, ConceptDocuments>(), [INFERRED_MARK]: new Map<string, ConceptDocuments>(), [GUESSED_MARK]: new Map<string, ConceptDocuments>() };

  add(mark: ConceptMark, id: string, document: number, share: number): void {
    const marked = this.byMark[mark];
    let entry = marked.get(id);
    if (entry === undefined) {
      marked.set(id, (entry = { documents: [], shares: [] }));
      this.byKey.set(mark + id, entry);
    }
    entry.documents.push(document);
    entry.shares.push(share);
  }
}

/** A part's concepts and their centrality shares, as IndexPart packs them. */
function packedConcepts(concepts: ReadonlyMap<string, ConceptDocuments>): Pick<IndexPart, "concepts" | "centrality"> {
  return {
    concepts: [...concepts].map(([key, { documents }]) => `${key}=${documents.join(".")}`).join(" "),
    centrality: [...concepts.values()].map(({ shares }) => packNumbers(shares)).join(" "),
  };
}

/** How many characters packNumbers writes for a number (one base-45 digit each). */
function packedLength(value: number): number {
  let length = 1;
  for (let rest = Math.floor(value / 45); rest > 0; rest = Math.floor(rest / 45)) length++;
  return length;
}

/**
 * The packed postings of parts, one after the other, as packPostings would pack them all: only
 * the first gap of each part changes (it is counted from the previous part's last document),
 * so the rest of each part's string is copied as it is.
 */
function joinPostings(pieces: readonly (number | string)[], offsets: readonly number[]): string {
  let count = 0;
  const body: string[] = [];
  let previous = 0;
  for (let at = 0; at < pieces.length; at += 3) {
    const offset = offsets[pieces[at] as number]!;
    const packed = pieces[at + 2] as string;
    const reader = new NumberReader(packed);
    const documents = reader.next();
    const first = reader.next();
    const hasFrequency = first % 2 === 1;
    const frequency = hasFrequency ? reader.next() : 0;
    const skipped = packedLength(documents) + packedLength(first) + (hasFrequency ? packedLength(frequency) : 0);
    const gap = offset + Math.floor(first / 2) - previous;
    body.push(packNumbers(hasFrequency ? [gap * 2 + 1, frequency] : [gap * 2]), packed.slice(skipped));
    count += documents;
    previous = offset + (pieces[at + 1] as number);
  }
  return packNumbers([count]) + body.join("");
}

/** Parts one after the other: their postings and concepts with documents renumbered. */
interface Combined {
  /** stem → for each part that has it, in order: the part's index, its last document and its packed postings (joinPostings joins them). */
  pieces: Map<string, (number | string)[]>;
  /** "id" or "~id" (inferred) → documents and centrality shares. */
  concepts: Map<string, ConceptDocuments>;
  /** Where each part's documents start. */
  offsets: number[];
  documents: number;
  total: number;
}

/** Parts one after the other; their concepts too unless `withConcepts` is false (assembleSearchIndex joins them apart). */
function combine(parts: readonly IndexPart[], withConcepts = true): Combined {
  const pieces = new Map<string, (number | string)[]>();
  const offsets: number[] = [];
  let documents = 0;
  let total = 0;
  parts.forEach((part, index) => {
    offsets.push(documents);
    const fields = part.postings === "" ? [] : part.postings.split(" ");
    for (let at = 0; at + 2 < fields.length; at += 3) {
      const stemmed = fields[at]!;
      let list = pieces.get(stemmed);
      if (!list) pieces.set(stemmed, (list = []));
      list.push(index, Number(fields[at + 1]), fields[at + 2]!);
    }
    documents += part.lengths.length / LENGTH_WIDTH;
    total += part.totalLength;
  });
  const concepts = withConcepts ? combineConcepts(parts, offsets) : new Map<string, ConceptDocuments>();
  return { pieces, concepts, offsets, documents, total };
}

/** The parts' distinct words, in the order they first come. */
function wordsOf(parts: readonly IndexPart[]): Set<string> {
  const words = new Set<string>();
  for (const part of parts) if (part.words !== "") for (const word of part.words.split(" ")) words.add(word);
  return words;
}

/** The last document of a stem's pieces (see Combined), numbered in the parts put together. */
function lastDocument(list: readonly (number | string)[], offsets: readonly number[]): number {
  return offsets[list[list.length - 3] as number]! + (list[list.length - 2] as number);
}

/** The parts' concepts, their documents renumbered from `offsets`, in the order parts first list them. */
function combineConcepts(parts: readonly IndexPart[], offsets: readonly number[]): Map<string, ConceptDocuments> {
  const concepts = new Map<string, ConceptDocuments>();
  parts.forEach((part, index) => {
    if (part.concepts === "") return;
    const centrality = part.centrality.split(" ");
    part.concepts.split(" ").forEach((entry, at) => {
      const equals = entry.indexOf("=");
      const key = entry.slice(0, equals);
      let target = concepts.get(key);
      if (!target) concepts.set(key, (target = { documents: [], shares: [] }));
      appendDocuments(entry, equals + 1, offsets[index]!, target.documents);
      const reader = new NumberReader(centrality[at]!);
      while (!reader.done()) target.shares.push(reader.next());
    });
  });
  return concepts;
}

/** One part of several, in order: what assembling them gives, assembled once and kept. */
export function mergeParts(parts: readonly IndexPart[]): IndexPart {
  const { pieces, concepts, offsets, total } = combine(parts);
  return {
    codes: parts.flatMap((part) => part.codes),
    numbers: parts.flatMap((part) => part.numbers),
    lengths: parts.map((part) => part.lengths).join(""),
    totalLength: total,
    postings: [...pieces].map(([stemmed, list]) => `${stemmed} ${lastDocument(list, offsets)} ${joinPostings(list, offsets)}`).join(" "),
    words: [...wordsOf(parts)].join(" "),
    ...packedConcepts(concepts),
    ...mergeCopies(parts, offsets),
    ...mergeLikeness(parts, offsets),
  };
}

/**
 * Where each standard of a built-in code, or one a topic lists itself or a concept relates, is,
 * in the parts put one after the other from `offsets`: the last of equal keys wins, as in a Map.
 * (Only those: at a thousand users' codes, mapping every standard would cost every search.)
 */
export function listedDocuments(parts: readonly IndexPart[], library: Library, offsets: readonly number[]): Map<string, number> {
  const listedCodes = new Set([
    ...library.codes.filter((code) => code.origin === "builtin").map((code) => code.id),
    ...[...library.topics.flatMap((topic) => topic.standards), ...library.concepts.flatMap((concept) => concept.related ?? [])].map((key) => key.code),
  ]);
  const documentOf = new Map<string, number>();
  parts.forEach((part, index) => {
    let document = offsets[index]!;
    part.codes.forEach((code, codeAt) => {
      if (!listedCodes.has(code.id)) {
        document += code.sections.reduce((sum, section) => sum + section.size, 0);
        return;
      }
      code.sections.forEach((section, at) => {
        for (const number of part.numbers[codeAt]![at]!) documentOf.set(standardKey({ code: code.id, section: section.id, number }), document++);
      });
    });
  });
  return documentOf;
}

/**
 * The concepts and topics of an index of `parts` the list-based way: each concept's documents
 * read into lists, merged and packed. joinConcepts makes the same from the packed lists; this
 * runs for the parts it does not take (and is what its tests hold it to).
 */
export function conceptsByLists(
  parts: readonly IndexPart[],
  library: Library,
  offsets: readonly number[],
  documentOf: ReadonlyMap<string, number>,
  copies: ReadonlyMap<string, readonly number[]> = NO_COPIES,
): IndexedConcept[] {
  const curated = new Map<string, ConceptDocuments>();
  const inferred = new Map<string, ConceptDocuments>();
  const guessed = new Map<string, ConceptDocuments>();
  for (const [key, entry] of combineConcepts(parts, offsets)) {
    if (key.startsWith("~")) inferred.set(key.slice(1), entry);
    else if (key.startsWith("?")) guessed.set(key.slice(1), entry);
    else curated.set(key, entry);
  }
  return indexConcepts(library, curated, inferred, guessed, documentOf, copies);
}

/** The concepts, with what implies each where any has inferred standards (IndexedConcept.impliedBy). */
function withImplied(library: Library, concepts: IndexedConcept[]): IndexedConcept[] {
  if (!concepts.some((concept) => concept.guessed !== undefined)) return concepts;
  const implying = impliedBy(library);
  return concepts.map((concept, at) => {
    const list = implying[at] ?? [];
    if (list.length === 0) return concept;
    return { ...concept, impliedBy: list.map((each) => each.concept), impliedShares: list.map((each) => Math.round(each.share * 100)) };
  });
}

/** Words typed as themselves: never corrected as typos, never read as abbreviations (query.ts). */
function realWordsOf(options: IndexOptions, vocabulary: readonly string[], stems: readonly string[], terms: TermIndex): string {
  const misleading = misleadingWords(options.englishWords!, vocabulary, stems);
  const everyday = everydayPrefixes(options.everydayWords ?? [], termStems(terms));
  const endings = everydayEndings(options.everydayWords ?? [], vocabulary);
  return [...new Set([...misleading, ...everyday, ...endings])].sort().join(" ");
}

/** SearchIndex.askedCopies: the built-in standards' copies in users' codes, each original by its document (`documentOf`, listedDocuments). */
function packAskedCopiesOf(parts: readonly IndexPart[], library: Library, offsets: readonly number[], documentOf: ReadonlyMap<string, number>): string {
  const copies = copiesOfBuiltin(parts, library, offsets);
  return copies.size === 0 ? "" : packAskedCopies(copies, documentOf);
}

/**
 * The index of a library whose codes' parts are `parts`, in library order. Each stem's postings
 * are joined from the parts' when first read (lazy-record.ts), and the sorted words (what typos
 * are corrected against) are made when first asked for: a search reads few of either.
 */
export function assembleSearchIndex(parts: readonly IndexPart[], library: Library, options: IndexOptions = {}): SearchIndex {
  const { pieces, offsets, documents, total } = combine(parts, false);
  const keys = [...pieces.keys()].sort();
  // The asked field's postings stand apart (and its keys are no words of the codes: nothing
  // corrects a typo to one, nor reads one as a word form).
  const stems = keys.filter((key) => !isAskedKey(key));
  const postings = lazyRecord(stems, (stemmed) => pieces.has(stemmed) && !isAskedKey(stemmed), (stemmed) => joinPostings(pieces.get(stemmed)!, offsets));
  const askedPostings = packTable(keys.filter(isAskedKey).map((key) => [askedStem(key), joinPostings(pieces.get(key)!, offsets)] as const));
  const documentOf = listedDocuments(parts, library, offsets);
  const askedCopies = packAskedCopiesOf(parts, library, offsets, documentOf);
  const likeness = packIndexLikeness(parts, offsets, documentOf);
  const copies = copiesOfRelated(parts, library, offsets);
  const concepts = withImplied(library, joinConcepts(library, parts, offsets, documents, documentOf, copies) ?? conceptsByLists(parts, library, offsets, documentOf, copies));
  const builtin = options.builtin;
  let sortedWords: string[] | undefined;
  const words = (): string[] => {
    if (sortedWords !== undefined) return sortedWords;
    const vocabulary = wordsOf(parts);
    // A misspelt word is corrected to what people say as well as to what the codes say.
    if (builtin) for (const word of builtin.words.split(" ")) vocabulary.add(word);
    else {
      for (const text of [...library.concepts.flatMap((concept) => concept.terms), ...library.topics.flatMap((topic) => topic.synonyms)]) {
        for (const word of contentWords(text)) vocabulary.add(word);
      }
    }
    return (sortedWords = [...vocabulary].sort());
  };
  const fields: ConceptFields = builtin
    ? { terms: builtin.terms, conceptPostings: builtin.conceptPostings, conceptLengths: builtin.conceptLengths, conceptAverageLength: builtin.conceptAverageLength }
    : conceptFields(library);
  const realWords = options.englishWords ? realWordsOf(options, words(), stems, fields.terms) : undefined;
  let wordsText: string | undefined;
  return {
    format: SEARCH_INDEX_FORMAT,
    codes: parts.flatMap((part) => part.codes),
    lengths: parts.map((part) => part.lengths).join(""),
    averageLength: documents === 0 ? 0 : total / documents,
    postings,
    get words() {
      return (wordsText ??= words().join(" "));
    },
    // The built-in index's, read from its file only when asked for (typoWordsOnDemand).
    get realWords() {
      return realWords ?? options.realWords ?? builtin?.realWords ?? "";
    },
    stems: stems.join(" "),
    concepts,
    ...fields,
    askedPostings,
    ...(askedCopies === "" ? {} : { askedCopies }),
    ...(likeness === undefined ? {} : { likeness, likenessFrom: library.codes.filter((code) => isCurated(library, code.id)).map((code) => code.id).join(",") }),
  };
}

/**
 * A code's part with its concepts. Inference and indexing read the same words of each standard
 * (standardContentWords), once, because this module holds both: the CLI bundles each dynamic
 * import apart, with its own copy of what it imports. `index`: the built-in index, when the
 * library's concepts are the built-in ones (see conceptWeights).
 */
export function indexPartOfCode(library: Library, code: Code, index?: Pick<SearchIndex, "conceptPostings">): IndexPart {
  const part = buildIndexPart(code, conceptsOfCode(library, code), conceptWeights(library, index), code.origin === "builtin" ? library.asked : undefined);
  const copies = copiesOfCode(library, code);
  return copies === undefined ? part : { ...part, copies };
}

export function buildSearchIndex(library: Library, options: IndexOptions = {}): SearchIndex {
  return assembleSearchIndex(
    library.codes.map((code) => indexPartOfCode(library, code)),
    library,
    options,
  );
}

/** The index's stems that start with `prefix`, in order. */
export function stemsStartingWith(index: SearchIndex, prefix: string): string[] {
  return sortedStartingWith(index.stems, prefix);
}


/** Where a concept's topic stands in SearchIndex.concepts, after all the concepts. */
function topicPosition(library: Library, topicId: string): { topic?: number } {
  const at = library.topics.findIndex((topic) => topic.id === topicId);
  return at < 0 ? {} : { topic: library.concepts.length + at };
}

/** A concept's documents as the parts list them, with how centrally each is about it. */
interface ConceptDocuments {
  documents: number[];
  shares: number[];
}

/** Documents from two lists, each once, in increasing order, with the share each first came with. */
function mergeDocuments(first: ConceptDocuments | undefined, second: ConceptDocuments | undefined): ConceptDocuments {
  const a = first ?? { documents: [], shares: [] };
  const b = second ?? { documents: [], shares: [] };
  // Parts list each concept's documents in increasing order: then one pass merges them.
  if (!increasing(a.documents) || !increasing(b.documents)) return mergeUnordered([a, b]);
  // Users' codes tag no concepts: a concept on them is mostly inferred, and often only that.
  if (a.documents.length === 0 && b.shares.length === b.documents.length) return b;
  if (b.documents.length === 0 && a.shares.length === a.documents.length) return a;
  const merged: ConceptDocuments = { documents: [], shares: [] };
  let i = 0;
  let j = 0;
  while (i < a.documents.length || j < b.documents.length) {
    const fromA = j >= b.documents.length || (i < a.documents.length && a.documents[i]! <= b.documents[j]!);
    const document = fromA ? a.documents[i]! : b.documents[j]!;
    const share = fromA ? (a.shares[i] ?? 0) : (b.shares[j] ?? 0);
    if (fromA) i++;
    else j++;
    if (merged.documents[merged.documents.length - 1] === document) continue;
    merged.documents.push(document);
    merged.shares.push(share);
  }
  return merged;
}

/** mergeDocuments for lists out of order (parts made by hand): sorted first. */
function mergeUnordered(lists: readonly ConceptDocuments[]): ConceptDocuments {
  const pairs: [number, number][] = [];
  for (const list of lists) list.documents.forEach((document, at) => pairs.push([document, list.shares[at] ?? 0]));
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: ConceptDocuments = { documents: [], shares: [] };
  for (const [document, share] of pairs) {
    if (merged.documents[merged.documents.length - 1] === document) continue;
    merged.documents.push(document);
    merged.shares.push(share);
  }
  return merged;
}

/** The concepts and topics with their documents; a user's code's concepts may be inferred. */
function indexConcepts(
  library: Library,
  curated: ReadonlyMap<string, ConceptDocuments>,
  inferred: ReadonlyMap<string, ConceptDocuments>,
  guessed: ReadonlyMap<string, ConceptDocuments>,
  documentOf: ReadonlyMap<string, number>,
  copies: ReadonlyMap<string, readonly number[]>,
): IndexedConcept[] {
  const topicDocuments = (topic: Library["topics"][number]): number[] =>
    sortedUnique([
      topic.standards.map((key) => documentOf.get(standardKey(key))),
      ...library.concepts.filter((concept) => concept.topic === topic.id).flatMap((concept) => [curated.get(concept.id)?.documents, inferred.get(concept.id)?.documents]),
    ]);
  const topicsById = new Map(library.topics.map((topic) => [topic.id, topic]));
  return [
    ...library.concepts.map((concept): IndexedConcept => {
      const inferredList = inferred.get(concept.id)?.documents ?? [];
      // Parts list each concept's documents in increasing order: then the list is its own set.
      const inferredDocuments = increasing(inferredList) ? inferredList : sortedUnique([inferredList]);
      const guessedList = guessed.get(concept.id)?.documents ?? [];
      const guessedDocuments = increasing(guessedList) ? guessedList : sortedUnique([guessedList]);
      const { documents, shares } = mergeDocuments(curated.get(concept.id), inferred.get(concept.id));
      // A rule the concept's own standards hold is not also related. (Looked up in the sorted
      // documents, which run to thousands at a thousand codes, only for the few related rules.)
      const relatedList = relatedDocuments(concept, documentOf, copies);
      const related = relatedList.length === 0 ? [] : sortedUnique([relatedList]).filter((document) => !sortedIncludes(documents, document));
      return {
        id: concept.id,
        kind: "concept",
        documents: packDocuments(documents),
        ...(inferredDocuments.length > 0 ? { inferred: packDocuments(inferredDocuments) } : {}),
        ...(guessedDocuments.length > 0 ? { guessed: packDocuments(guessedDocuments) } : {}),
        ...topicPosition(library, concept.topic),
        ...workersOwnMark(topicsById.get(concept.topic)),
        ...workersConductMark(concept),
        ...(documents.length > 0 ? { centrality: packCentrality(shares) } : {}),
        ...(related.length > 0 ? { related: packDocuments(related) } : {}),
      };
    }),
    ...library.topics.map((topic): IndexedConcept => ({ id: topic.id, kind: "topic", documents: packDocuments(topicDocuments(topic)), ...workersOwnMark(topic) })),
  ];
}

/** Each concept's (and topic's) words, weighed by how few of the `count` concepts and topics use them: read from their documents' postings. */
function conceptStems(conceptPostings: PackedTable, count: number): Map<string, number>[] {
  const stems = Array.from({ length: count }, () => new Map<string, number>());
  for (const [stemmed, packed] of tableEntries(conceptPostings)) {
    const frequency = documentFrequency(packed);
    const weight = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
    forEachPosting(packed, (document) => {
      stems[document]!.set(stemmed, weight);
    });
  }
  return stems;
}

/** The concepts and topics as documents of their own words (see SearchIndex.conceptPostings). */
/** The own words (ownEntries) of the concept (or, after the concepts, topic) at `at` of the index's concepts. */
export function conceptEntries(library: Library, at: number): string[] {
  const concept = library.concepts[at];
  if (concept !== undefined) return ownEntries(concept.name, concept.description, concept.terms, concept.questions);
  const topic = library.topics[at - library.concepts.length];
  return topic === undefined ? [] : ownEntries(topic.name, topic.description, topic.synonyms);
}

/**
 * The terms (stems of the meaningful words) of each of conceptEntries(library, at): what search
 * compares a query with, worked out once by the build for the built-in concepts
 * (dist/concept-entries.txt) rather than stemmed again on every search.
 */
export function conceptEntryTerms(library: Library, at: number): string[][] {
  return conceptEntries(library, at).map(terms);
}

function conceptDocuments(library: Library): Pick<SearchIndex, "conceptPostings" | "conceptLengths" | "conceptAverageLength"> {
  const texts = Array.from({ length: library.concepts.length + library.topics.length }, (_, at) => conceptEntries(library, at).join(" "));
  const byStem = new Map<string, Posting[]>();
  const lengths: number[] = [];
  texts.forEach((text, document) => {
    const counts = new Map<string, number>();
    for (const stemmed of terms(text)) counts.set(stemmed, (counts.get(stemmed) ?? 0) + 1);
    for (const [stemmed, frequency] of counts) {
      let list = byStem.get(stemmed);
      if (!list) byStem.set(stemmed, (list = []));
      list.push({ document, frequency });
    }
    lengths.push([...counts.values()].reduce((sum, count) => sum + count, 0));
  });
  return {
    conceptPostings: packTable([...byStem].map(([stemmed, postings]) => [stemmed, packPostings(postings)] as const)),
    conceptLengths: packFixedWidth(lengths.map((length) => length * 2), LENGTH_WIDTH),
    conceptAverageLength: lengths.length === 0 ? 0 : lengths.reduce((sum, length) => sum + length, 0) / lengths.length,
  };
}
