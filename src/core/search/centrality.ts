// How centrally a standard is about each concept it is filed under: a standard tagged with a
// matter among several others ("maintain appropriate boundaries": friendship, texting, home
// visits, …) is less about any one of them than a standard whose own words say that matter
// ("provide service only within the hours and locations the agency authorizes"). Worked out when
// the index is built, from the words of the concept (name, description, entry terms, questions)
// that the standard's own words use, each weighed by how few concepts use it.
import { fixedWidthAt, packFixedWidth } from "./packed-numbers.js";
import type { IndexedConcept } from "./inverted-index.js";

/** Centrality is stored in one character, as a share of the concept's most central standard. */
const STEPS = 89;

/**
 * How much of each concept's own words a standard uses: the sum of the weights of the
 * concept's words that are among `stems` (the standard's, with its section title's), in
 * millionths, a whole number that index parts pack as they pack postings. Made with each
 * code's part, so that putting a thousand codes' parts together walks none of their words.
 */
export function conceptShare(weights: ReadonlyMap<string, number>, stems: ReadonlyMap<string, unknown>): number {
  let sum = 0;
  for (const stemmed of stems.keys()) sum += weights.get(stemmed) ?? 0;
  return Math.round(sum * 1e6);
}

/** A concept's centrality, packed: each of its documents' share as a fraction of the largest. */
export function packCentrality(shares: ArrayLike<number>): string {
  let most = 0;
  for (let at = 0; at < shares.length; at++) if (shares[at]! > most) most = shares[at]!;
  const steps = new Array<number>(shares.length);
  for (let at = 0; at < shares.length; at++) steps[at] = most > 0 ? Math.round((STEPS * shares[at]!) / most) : 0;
  return packFixedWidth(steps, 1);
}

/** How central the concept's `index`-th document is to it, from 0 to 1 (0 when not worked out). */
export function centralityAt(concept: IndexedConcept, index: number): number {
  return concept.centrality === undefined ? 0 : fixedWidthAt(concept.centrality, index, 1) / STEPS;
}
