// What people type when a standard is what they need to read (data/questions/: eight lines for
// each built-in standard, written by readers of the codes alone) is a second field of the index,
// beside the standard's own words: a question in everyday words ("can I take $20 for gas") finds
// the rule whose words are formal ("gifts of monetary value") through the questions it answers,
// as a search engine reads the queries a page is found by. In an index part its postings stand
// among the others under marked keys, so that parts join and caches store them alike; the index
// holds them in a table of their own (SearchIndex.askedPostings), three strings that cost a run
// nothing to parse, where 1,700 more keys in its postings cost every search 1.5 ms.
// A second field, not more text: the standard's own words keep their BM25 weights and lengths.
// It ranks, and answers nothing by itself (rank.ts). Forty-second session, on the tuning pool
// (1,469 questions), recall@10 / first hit: 0.8048 / 0.8979 without it; 0.8061 / 0.9081 with it
// (0.8056 / 0.9088 before the words naming the collection were left out of it); as an answer too
// (its words counted as the standard's own), 0.8062 / 0.9101, but 6 and 4 more of the 40
// questions no code answers were answered. ASKED_WEIGHT 0.25, 0.75, 1 and 1.5 (as an
// answer): 0.8060 / 0.9108, 0.8050 / 0.9135, 0.8024 / 0.9163, 0.8020 / 0.9054; merging the
// questions of standards with the same words (Working Well Together's and Medi-Cal's): at most
// 0.8053 / 0.9129.
import { documentCount, forEachPosting, type SearchIndex } from "./inverted-index.js";
import { tableGet } from "./packed-table.js";
import { inverseFrequency } from "./idf.js";
import { collectionStems } from "./collection-words.js";
import type { QueryPlan } from "./query.js";
import { stem, STOP_WORDS, words } from "../text.js";

/** Before a stem, marks its postings in the asked field: no stem of a text starts so. */
const ASKED_MARK = "+";

/** A question word found in the asked field counts this share of what BM25 gives it in a standard's own words. */
const ASKED_WEIGHT = 0.5;
/** BM25's saturation, as for the texts; no length normalization: every standard has about as many questions. */
const K1 = 1.2;

export function isAskedKey(key: string): boolean {
  return key.startsWith(ASKED_MARK);
}

/** The stem an asked key marks. */
export function askedStem(key: string): string {
  return key.slice(ASKED_MARK.length);
}

/** How often each meaningful word's stem occurs in a standard's questions, under its marked key. */
export function askedFrequencies(questions: readonly string[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const question of questions) {
    for (const word of words(question)) {
      if (STOP_WORDS.has(word)) continue;
      const key = ASKED_MARK + stem(word);
      frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
    }
  }
  return frequencies;
}

/** SearchIndex.askedCopies of the copies of built-in standards (by standardKeyOf), each original by its document. */
export function packAskedCopies(copies: ReadonlyMap<string, readonly number[]>, documentOf: ReadonlyMap<string, number>): string {
  const entries: string[] = [];
  for (const [key, documents] of copies) {
    const original = documentOf.get(key);
    if (original !== undefined && documents.length > 0) entries.push(`${original}=${documents.join(".")}`);
  }
  return entries.join(" ");
}

const unpackedCopies = new WeakMap<SearchIndex, ReadonlyMap<number, readonly number[]>>();

/** The copies of each built-in standard, by its document (an index without any: none; an entry naming no document of the index: left out). */
function copiesIn(index: SearchIndex): ReadonlyMap<number, readonly number[]> {
  let copies = unpackedCopies.get(index);
  if (copies === undefined) {
    const found = new Map<number, number[]>();
    const count = documentCount(index);
    const isDocument = (document: number) => Number.isInteger(document) && document >= 0 && document < count;
    for (const entry of typeof index.askedCopies === "string" && index.askedCopies !== "" ? index.askedCopies.split(" ") : []) {
      const equals = entry.indexOf("=");
      const original = Number(entry.slice(0, equals));
      const documents = entry.slice(equals + 1).split(".").map(Number);
      if (equals > 0 && isDocument(original) && documents.every(isDocument)) found.set(original, documents);
    }
    unpackedCopies.set(index, (copies = found));
  }
  return copies;
}

/**
 * For each query word found in the asked field, each document having it and what it adds there:
 * BM25 over the field, its idf capped by the word's weight as in the texts; a user's copy of a
 * built-in standard (where it stands, in its words, in a code derived from its code) as much as
 * the original.
 */
export function scoreAsked(index: SearchIndex, plan: QueryPlan, total: number, add: (document: number, value: number) => void): void {
  const collection = collectionStems(index);
  const copies = copiesIn(index);
  for (const word of plan.words) {
    // The words naming the collection ("peer specialist", "ethical") are in questions of every
    // matter: they tell no standard from another ("dating a client as a peer specialist" asks
    // what "dating a client" asks).
    if (collection.has(word.stem)) continue;
    const frequencies = new Map<number, number>();
    for (const stemmed of word.standsFor) {
      const packed = tableGet(index.askedPostings, stemmed);
      if (packed === undefined) continue;
      forEachPosting(packed, (document, frequency) => {
        frequencies.set(document, (frequencies.get(document) ?? 0) + frequency);
      });
    }
    if (frequencies.size === 0) continue;
    const idf = Math.min(word.weight, inverseFrequency(total, frequencies.size));
    for (const [document, frequency] of frequencies) {
      const value = (ASKED_WEIGHT * idf * frequency * (K1 + 1)) / (frequency + K1);
      add(document, value);
      for (const copy of copies.get(document) ?? []) add(copy, value);
    }
  }
}
