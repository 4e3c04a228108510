// The entry terms of the concepts and topics, packed for a query to read only those that share a
// stem with it: thousands of terms as arrays of words took most of a search's start-up to parse;
// as strings they cost next to nothing, and a query decodes the handful it can match.
import { contentStemsOf, headMarkLength, markedWords, phraseOfMarked, type TermPhrase } from "../concepts/terms.js";
import { fixedWidthAt, packFixedWidth, packNumbers, unpackNumbers } from "./packed-numbers.js";
import { packTable, tableGet, tableHas, type PackedTable } from "./packed-table.js";

export interface TermIndex {
  /** Every term, its words joined by spaces with small words marked by a leading "~" (a compound's head by "^", or "=" where it is a hyphenated participle); terms joined by "|". */
  phrases: string;
  /** Where each term starts in `phrases`, STARTS_WIDTH characters each. */
  starts: string;
  /** The entry of SearchIndex.concepts each term names, OWNER_WIDTH characters each. */
  owners: string;
  /** Meaningful stem → the numbers of the terms that use it, packed; its keys, sorted, also serve word forms. */
  byStem: PackedTable;
}

const STARTS_WIDTH = 3;
const OWNER_WIDTH = 2;
/** Before a small word of a term as `phrases` writes it. */
export const STOP_MARK = "~";

export function buildTermIndex(owners: readonly (readonly TermPhrase[])[]): TermIndex {
  const written: string[] = [];
  const ownerOf: number[] = [];
  const byStem = new Map<string, number[]>();
  owners.forEach((phrases, owner) => {
    for (const phrase of phrases) {
      const number = written.length;
      written.push(markedWords(phrase, STOP_MARK).join(" "));
      ownerOf.push(owner);
      for (const stemmed of new Set(contentStemsOf(phrase))) byStem.set(stemmed, [...(byStem.get(stemmed) ?? []), number]);
    }
  });
  const starts: number[] = [];
  let at = 0;
  for (const text of written) {
    starts.push(at);
    at += text.length + 1;
  }
  return {
    phrases: written.join("|"),
    starts: packFixedWidth(starts, STARTS_WIDTH),
    owners: packFixedWidth(ownerOf, OWNER_WIDTH),
    byStem: packTable([...byStem].map(([stemmed, numbers]) => [stemmed, packNumbers(numbers)] as const)),
  };
}

/** The numbers of the terms that use a stem. */
export function termsUsing(index: TermIndex, stemmed: string): number[] {
  const packed = tableGet(index.byStem, stemmed);
  return packed === undefined ? [] : unpackNumbers(packed);
}

export function hasTermStem(index: TermIndex, stemmed: string): boolean {
  return tableHas(index.byStem, stemmed);
}

/** The term stems, sorted, space-separated. */
export function termStems(index: TermIndex): string {
  return index.byStem.keys;
}

/**
 * Whether `has` knows every meaningful word of term `number` (as termAt would decode it), read
 * from the packed phrase without decoding it. A term with a word the query lacks matches neither
 * close together nor apart; a query's stem is used by hundreds of terms ("gift": every term with
 * a gift in it), and decoding each into arrays was most of a search's garbage before ranking.
 */
export function termWordsIn(index: TermIndex, number: number, has: (stemmed: string) => boolean): boolean {
  const { phrases } = index;
  const start = fixedWidthAt(index.starts, number, STARTS_WIDTH);
  const end = termEnd(phrases, start);
  for (let at = start; at <= end; ) {
    const space = phrases.indexOf(" ", at);
    const wordEnd = space < 0 || space > end ? end : space;
    const from = at + headMarkLength(phrases, at);
    if (!phrases.startsWith(STOP_MARK, at) && !has(phrases.slice(from, wordEnd))) return false;
    at = wordEnd + 1;
  }
  return true;
}

/** Where the term starting at `start` of `phrases` ends: at its "|", or the end of the last. */
function termEnd(phrases: string, start: number): number {
  const bar = phrases.indexOf("|", start);
  return bar < 0 ? phrases.length : bar;
}

/** The concept entry term `number` names. */
export function termOwner(index: TermIndex, number: number): number {
  return fixedWidthAt(index.owners, number, OWNER_WIDTH);
}

/** A term by its number: its phrase and the concept entry it names. */
export function termAt(index: TermIndex, number: number): { phrase: TermPhrase; owner: number } {
  const start = fixedWidthAt(index.starts, number, STARTS_WIDTH);
  const phrase = phraseOfMarked(index.phrases.slice(start, termEnd(index.phrases, start)).split(" "), STOP_MARK);
  return { phrase, owner: termOwner(index, number) };
}
