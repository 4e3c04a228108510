// The inverted index search narrows candidates with: stem → the standards that use it. A plain
// JSON-safe object, so it can be built once, cached or shipped prebuilt, and loaded with
// JSON.parse. Number lists are packed into strings (packed-numbers.ts): parsing a string costs
// next to nothing, and only the postings of a query's own stems are ever decoded.
import type { Code, Library, Standard } from "../../model.js";
import { fixedWidthAt, NumberReader, packFixedWidth, packNumbers } from "./packed-numbers.js";
import { stem, STOP_WORDS, words } from "../text.js";

export const SEARCH_INDEX_FORMAT = 2;

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
 * A topic's name or synonym as a query must say it: word for word, stop words included, since
 * they carry its meaning ("under the influence" is not "undue influence", "own recovery" is not
 * "recovery").
 */
export interface TopicPhrase {
  /** Each word of the phrase: a content word's stem, or a stop word as written. */
  words: string[];
  /** Whether each word is a stop word: matched as written in the query, never in the index. */
  stop: boolean[];
}

export interface IndexedTopic {
  id: string;
  name: string;
  /** The topic's name and each synonym, each once. */
  phrases: TopicPhrase[];
  /** The curated standards, as document numbers. */
  documents: number[];
}

export interface SearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  codes: { id: string; sections: IndexedSection[] }[];
  /**
   * Twice the weighted number of terms of each document (text, items, notes, title), packed
   * LENGTH_WIDTH characters each so that a candidate's length is read without decoding the rest.
   */
  lengths: string;
  averageLength: number;
  /** stem → packed postings (see packPostings). */
  postings: Record<string, string>;
  /** Every distinct word of the texts, sorted, space-separated: what typos are corrected against. */
  words: string;
  /**
   * The keys of postings, sorted, space-separated: the stems that extend a stem follow it, so
   * word forms are found with one indexOf instead of a pass over every key.
   */
  stems: string;
  topics: IndexedTopic[];
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

/** The words a standard is found by: its text, lettered items and the source's notes. */
export function searchableText(standard: Standard): string {
  return [standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join(" ");
}

function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

function topicPhrase(text: string): TopicPhrase {
  const phrase: TopicPhrase = { words: [], stop: [] };
  for (const word of words(text)) {
    const stop = STOP_WORDS.has(word);
    phrase.words.push(stop ? word : stem(word));
    phrase.stop.push(stop);
  }
  return phrase;
}

/** The stems of a phrase's content words: what a standard must use to match it. */
const contentStemsOf = new WeakMap<TopicPhrase, string[]>();

/** The stems of a phrase's content words; asked for every phrase at every query, so kept. */
export function contentStems(phrase: TopicPhrase): string[] {
  let stems = contentStemsOf.get(phrase);
  if (stems === undefined) {
    stems = phrase.words.filter((_, at) => !phrase.stop[at]);
    contentStemsOf.set(phrase, stems);
  }
  return stems;
}

/** Phrases with a content word, each once ("Gifts" and "gifts" are one). */
function distinctPhrases(texts: readonly string[]): TopicPhrase[] {
  const seen = new Set<string>();
  return texts.map(topicPhrase).filter((phrase) => {
    const key = phrase.words.join(" ");
    if (contentStems(phrase).length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function standardKey(key: { code: string; section: string; number: number }): string {
  return `${key.code}\u0000${key.section}\u0000${key.number}`;
}

/*
 * Packed postings: the document frequency, then for each document in increasing order the gap
 * from the previous one, doubled, plus 1 when the frequency is not 1 (the common case), in which
 * case the doubled frequency follows. Frequencies are doubled because a title adds one half.
 */
export function packPostings(postings: readonly Posting[]): string {
  const numbers = [postings.length];
  let previous = 0;
  for (const { document, frequency } of postings) {
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

/** Two characters hold twice a length up to 4049 terms, far beyond any standard. */
const LENGTH_WIDTH = 2;

export function documentLength(index: SearchIndex, document: number): number {
  return fixedWidthAt(index.lengths, document, LENGTH_WIDTH) / 2;
}

export function documentCount(index: SearchIndex): number {
  return index.lengths.length / LENGTH_WIDTH;
}

/**
 * The index of one code alone, its documents numbered from 0: what a library's index is put
 * together from (assembleSearchIndex), so that a changed file re-indexes only its own code.
 */
export interface IndexPart {
  code: { id: string; sections: IndexedSection[] };
  /** Each section's standard numbers, in order: where a topic's standard is. */
  numbers: number[][];
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
  /** The part's distinct words, sorted, space-separated. */
  words: string;
}

export function buildIndexPart(code: Code): IndexPart {
  // Flat lists and one reused map: a part is made for every code of a user's library on its
  // first search, so this runs a thousand times there.
  const byStem = new Map<string, number[]>(); // stem → document, frequency, document, frequency, …
  const vocabulary = new Set<string>();
  const frequencies = new Map<string, number>();
  const lengths: number[] = [];
  const numbers: number[][] = [];
  const titleWeight = code.sections.length > 1 ? TITLE_WEIGHT : 0;
  const sections: IndexedSection[] = [];
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
      for (const word of words(searchableText(standard))) {
        if (STOP_WORDS.has(word)) continue;
        vocabulary.add(word);
        const stemmed = stem(word);
        frequencies.set(stemmed, (frequencies.get(stemmed) ?? 0) + 1);
        length++;
      }
      if (titleWeight > 0) {
        for (const stemmed of titleStems) frequencies.set(stemmed, (frequencies.get(stemmed) ?? 0) + titleWeight);
        length += titleStems.size * titleWeight;
      }
      frequencies.forEach(addPosting);
      lengths.push(length);
      totalLength += length;
      document++;
    }
    sections.push({ id: section.id, size: section.standards.length });
    numbers.push(section.standards.map((standard) => standard.number));
  }
  const postings: string[] = [];
  byStem.forEach((list, stemmed) => {
    const entries: Posting[] = [];
    for (let at = 0; at < list.length; at += 2) entries.push({ document: list[at]!, frequency: list[at + 1]! });
    postings.push(stemmed, String(list[list.length - 2]), packPostings(entries));
  });
  return {
    code: { id: code.id, sections },
    numbers,
    lengths: packFixedWidth(lengths.map((length) => length * 2), LENGTH_WIDTH),
    totalLength,
    postings: postings.join(" "),
    words: [...vocabulary].sort().join(" "),
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

/** The index of a library whose codes' parts are `parts`, in library order. */
export function assembleSearchIndex(parts: readonly IndexPart[], topics: Library["topics"]): SearchIndex {
  const pieces = new Map<string, (number | string)[]>(); // stem → part index, last document, packed, …
  const offsets: number[] = [];
  const vocabulary = new Set<string>();
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
    if (part.words !== "") for (const word of part.words.split(" ")) vocabulary.add(word);
    documents += part.lengths.length / LENGTH_WIDTH;
    total += part.totalLength;
  });
  const stems = [...pieces.keys()].sort();
  const postings: Record<string, string> = {};
  for (const stemmed of stems) {
    postings[stemmed] = joinPostings(pieces.get(stemmed)!, offsets);
  }
  // Where each standard is, for the topics: the last of equal keys wins, as in a Map.
  const topicCodes = new Set(topics.flatMap((topic) => topic.standards.map((key) => key.code)));
  const documentOf = new Map<string, number>();
  parts.forEach((part, index) => {
    if (!topicCodes.has(part.code.id)) return;
    let document = offsets[index]!;
    part.code.sections.forEach((section, at) => {
      for (const number of part.numbers[at]!) documentOf.set(standardKey({ code: part.code.id, section: section.id, number }), document++);
    });
  });
  return {
    format: SEARCH_INDEX_FORMAT,
    codes: parts.map((part) => part.code),
    lengths: parts.map((part) => part.lengths).join(""),
    averageLength: documents === 0 ? 0 : total / documents,
    postings,
    words: [...vocabulary].sort().join(" "),
    stems: stems.join(" "),
    topics: topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      phrases: distinctPhrases([topic.name, ...topic.synonyms]),
      documents: topic.standards
        .map((key) => documentOf.get(standardKey(key)))
        .filter((found): found is number => found !== undefined)
        .sort((a, b) => a - b),
    })),
  };
}

export function buildSearchIndex(library: Library): SearchIndex {
  return assembleSearchIndex(library.codes.map(buildIndexPart), library.topics);
}

/** The index's stems that start with `prefix`, in order. */
export function stemsStartingWith(index: SearchIndex, prefix: string): string[] {
  const { stems } = index;
  // Stems are sorted, so those that start with the prefix stand together after the first one.
  const start = stems.startsWith(prefix) ? 0 : stems.indexOf(` ${prefix}`) + 1;
  if (start === 0 && !stems.startsWith(prefix)) return [];
  const found: string[] = [];
  for (let at = start; at < stems.length; ) {
    let end = stems.indexOf(" ", at);
    if (end < 0) end = stems.length;
    const stemmed = stems.slice(at, end);
    if (!stemmed.startsWith(prefix)) break;
    found.push(stemmed);
    at = end + 1;
  }
  return found;
}
