// A user's code written apart from the curated ones has its concepts guessed (infer.ts), and a
// guess finds about half the matters a reader would tag. But its rules still resemble the curated
// rules on the same matters, a few meaningful words in common: "shall not enter into romantic or
// sexual involvement with any program participant" was guessed to be about no matter of dating,
// yet shares words with the curated rules on romance with the people served, which "can I date
// someone I support" finds. So a guessed standard lends itself some of the
// rank the curated standards it resembles earn for a query: the curated codes are searched apart
// (as they would be alone, feedback included), and each guessed standard gains the best of its
// likeness to their first answers, weighed by their score. It ranks and finds (loosely related),
// never answers: what a hit answers of the query is still judged on the query's own evidence.
//
// Measured on the built-in codes, each written apart with its lineage left out and its concepts
// guessed (npm run eval, codes written apart): the tuning file, mean of the five codes, 0.8963 /
// 0.7941 → 0.9179 / 0.7992 (pooled over its 1,408 searches 0.8814 / 0.7791 → 0.9021 / 0.7841);
// the held-out file, once after choosing, pooled over 751, 0.8282 / 0.7004 → 0.8559 / 0.6977.
// Tried: lending only to what the query already found (0.8840 pooled, prototyped), and adding
// only guesses lent 0.2 or more, or half the most lent (0.8905, 0.9014). Curated codes, and
// users' copies of them, search as before: only guesses have a likeness.
//
// In a part, the likeness is kept by curated standard: `code/section/number=doc:pct.doc:pct`,
// space-separated (documents numbered within the part, the cosine in hundredths; ids are slugs,
// so no "/", "=", " " or ":" is in one). In an index, a record by the curated standard's
// document, of `doc:pct.doc:pct`; and beside it the curated codes' ids (SearchIndex.likenessFrom),
// which the search reads rather than the library's concept index it otherwise need not parse.
import { standardKeyOf } from "../codes/standard-text.js";
import type { CodeConcepts, IndexPart, SearchIndex } from "./inverted-index.js";

/** The curated codes' first answers whose likeness is lent. */
export const REFERENCE_ANSWERS = 10;
/**
 * What a guess gains, as a share of the best score of the search: its likeness (a cosine) to a
 * curated answer, times that answer's share of the curated codes' best score. Measured as above,
 * weights of 0.15, 0.2, 0.25 and 0.35 alike within 0.001 of recall; 1 cost first hits.
 */
export const LIKENESS_WEIGHT = 0.2;

/** Documents and cosines (hundredths) alternating: what a list of pairs is read into. */
type Pairs = number[];

/** A part's likeness (IndexPart.likeness) from its standards' concepts, `keys` the standards in document order; undefined where no guess has any. */
export function packPartLikeness(keys: readonly string[], concepts: CodeConcepts): string | undefined {
  const byRule = new Map<string, Pairs>();
  keys.forEach((key, document) => {
    for (const [rule, hundredths] of concepts.get(key)?.likeness ?? []) {
      const pairs = byRule.get(rule);
      if (pairs === undefined) byRule.set(rule, [document, hundredths]);
      else pairs.push(document, hundredths);
    }
  });
  return byRule.size === 0 ? undefined : packed(byRule);
}

/** Pairs as text: `doc:pct.doc:pct`. */
function pairsText(pairs: Pairs): string {
  let text = "";
  for (let at = 0; at < pairs.length; at += 2) text += `${at === 0 ? "" : "."}${pairs[at]}:${pairs[at + 1]}`;
  return text;
}

/** Lists of pairs by name as text: `name=doc:pct.doc:pct`, space-separated. */
function packed(lists: ReadonlyMap<string, Pairs>): string {
  const entries: string[] = [];
  for (const [name, pairs] of lists) entries.push(`${name}=${pairsText(pairs)}`);
  return entries.join(" ");
}

/**
 * The pairs of `entry` from `start` (`doc:pct.doc:pct`), each document plus `offset`, added to
 * `target`, read a digit at a time (a hundred codes written apart list a few hundred thousand);
 * false where it is malformed (a cosine outside 1–100 too).
 */
function readPairs(entry: string, start: number, offset: number, target: Pairs): boolean {
  let value = -1;
  let document = -1;
  for (let at = start; at <= entry.length; at++) {
    const code = at < entry.length ? entry.charCodeAt(at) : DOT;
    if (code >= ZERO && code <= ZERO + 9) value = (value < 0 ? 0 : value * 10) + code - ZERO;
    else if (code === COLON && document < 0 && value >= 0) (document = value), (value = -1);
    else if (code === DOT && document >= 0 && value >= 1 && value <= 100) {
      target.push(document + offset, value);
      document = value = -1;
    } else return false;
  }
  return true;
}

const DOT = 0x2e;
const COLON = 0x3a;
const ZERO = 0x30;

/** The parts' likeness lists joined, by rule name, documents numbered in the parts put together from `offsets`; a malformed list throws (a damaged part is made again). */
function joinedLikeness(parts: readonly IndexPart[], offsets: readonly number[]): Map<string, Pairs> {
  const joined = new Map<string, Pairs>();
  parts.forEach((part, at) => {
    if (typeof part.likeness !== "string" || part.likeness === "") return;
    for (const entry of part.likeness.split(" ")) {
      const equals = entry.indexOf("=");
      const name = entry.slice(0, equals);
      let pairs = joined.get(name);
      if (pairs === undefined) joined.set(name, (pairs = []));
      if (equals <= 0 || !readPairs(entry, equals + 1, offsets[at]!, pairs)) throw new RangeError(`a part's likeness is malformed: ${entry.slice(0, 40)}`);
    }
  });
  return joined;
}

/** The likeness of parts merged into one (mergeParts). */
export function mergeLikeness(parts: readonly IndexPart[], offsets: readonly number[]): Pick<IndexPart, "likeness"> {
  const joined = joinedLikeness(parts, offsets);
  return joined.size === 0 ? {} : { likeness: packed(joined) };
}

/**
 * SearchIndex.likeness: each curated standard's alike documents (`doc:pct.doc:pct`), keyed by its
 * document (`documentOf`, listedDocuments), so that a search reads only its answers' lists;
 * undefined where none.
 */
export function packIndexLikeness(parts: readonly IndexPart[], offsets: readonly number[], documentOf: ReadonlyMap<string, number>): Record<string, string> | undefined {
  const joined = joinedLikeness(parts, offsets);
  const byOriginal: Record<string, string> = {};
  let any = false;
  for (const [name, pairs] of joined) {
    const [code, section, number] = name.split("/");
    const original = documentOf.get(standardKeyOf({ code: code!, section: section!, number: Number(number) }));
    if (original === undefined) continue;
    byOriginal[original] = pairsText(pairs);
    any = true;
  }
  return any ? byOriginal : undefined;
}

/** Whether an index has any likeness to lend: a library with a guessed standard. */
export function hasLikeness(index: SearchIndex): boolean {
  return index.likeness !== undefined && typeof index.likenessFrom === "string";
}

/** The codes whose rules guesses are alike to (SearchIndex.likenessFrom): the curated ones, searched apart to lend. */
export function curatedOf(index: SearchIndex): string[] {
  return typeof index.likenessFrom === "string" ? index.likenessFrom.split(",").filter((id) => id !== "") : [];
}

/**
 * What each document in scope is lent (before LIKENESS_WEIGHT and the search's scale): the best,
 * over the curated codes' first answers (`answers`, best first, with their scores), of its
 * likeness to one times that one's share of the best. A malformed list lends nothing, and a
 * document past the index (`count`) is lent nothing: a stored index is only shape-checked.
 */
export function lentByLikeness(index: SearchIndex, count: number, answers: readonly number[], values: Float64Array, inScope: (document: number) => boolean): Map<number, number> {
  const lent = new Map<number, number>();
  const top = answers.length === 0 ? 0 : values[answers[0]!]!;
  if (top <= 0 || index.likeness === undefined) return lent;
  const pairs: Pairs = [];
  for (const original of answers) {
    const list = Object.hasOwn(index.likeness, original) ? index.likeness[original] : undefined;
    pairs.length = 0;
    if (typeof list !== "string" || !readPairs(list, 0, 0, pairs)) continue;
    const share = values[original]! / top;
    for (let at = 0; at < pairs.length; at += 2) {
      const document = pairs[at]!;
      if (document >= count || !inScope(document)) continue;
      const value = (share * pairs[at + 1]!) / 100;
      if (value > (lent.get(document) ?? 0)) lent.set(document, value);
    }
  }
  return lent;
}
