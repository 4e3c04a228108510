// Which standard of another code says the same as a standard: the quiz's "which code says
// this?" leaves such codes out of its wrong choices. Two standards say the same when their TF-IDF
// vectors (compare/similarity.ts: the same stems, weights and arithmetic, so the same scores to
// the last bit) are alike, or when nearly all the meaningful words of one are in the other. The
// library's vectors are laid out in flat arrays, a standard's distinct stems in the order they
// first appear: a Map per standard and a Set per comparison made a thousand codes' vectors
// hundreds of megabytes and each question a hundred thousand allocations.
import { allStandards, type Code } from "../../model.js";
import { terms } from "../text.js";

export interface Wording {
  /** Each code's first standard's place among all the library's standards (allStandards order, code by code), and its number of standards. */
  places: ReadonlyMap<string, { first: number; count: number }>;
  /** The citation of each standard, by its place. */
  citations: readonly string[];
  /** Where each standard's stems start in `stems` and `weights`; one more entry than standards. */
  starts: Int32Array;
  /** Each standard's distinct stems (as ids), in the order they first appear in its text. */
  stems: Int32Array;
  /** The stem's weight in the standard's unit TF-IDF vector, beside each stem. */
  weights: Float64Array;
  /** Inverse document frequency of each stem id. */
  idf: Float64Array;
}

/** Two standards say the same when their words are this alike (TF-IDF cosine)… */
const SAME_WORDING = 0.5;
/** …or nearly all the meaningful words of one are in the other (one folded into a longer one). */
const FOLDED_IN = 0.8;

class Growing<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    public array: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = this.make(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
  done(): T {
    return this.array.subarray(0, this.length) as T;
  }
}

/** Takes codes one at a time (in library order: the document frequencies are the whole library's), then makes the wording. */
export class WordingBuilder {
  private readonly stemIds = new Map<string, number>();
  private readonly frequency: number[] = [];
  private readonly places = new Map<string, { first: number; count: number }>();
  private readonly citations: string[] = [];
  private readonly starts = new Growing(new Int32Array(1024), (size) => new Int32Array(size));
  private readonly stems = new Growing(new Int32Array(4096), (size) => new Int32Array(size));
  private readonly counts = new Growing(new Float64Array(4096), (size) => new Float64Array(size));

  add(code: Code): void {
    const { stemIds, frequency, citations, starts, stems, counts } = this;
    const standards = allStandards(code);
    this.places.set(code.id, { first: citations.length, count: standards.length });
    for (const standard of standards) {
      citations.push(standard.citation);
      starts.push(stems.length);
      const start = stems.length;
      for (const term of terms(standard.text)) {
        let id = stemIds.get(term);
        if (id === undefined) {
          stemIds.set(term, (id = frequency.length));
          frequency.push(0);
        }
        // a standard has a few stems: a scan of its own beats a map
        let at = start;
        while (at < stems.length && stems.array[at] !== id) at++;
        if (at < stems.length) counts.array[at]!++;
        else {
          stems.push(id);
          counts.push(1);
          frequency[id]!++;
        }
      }
    }
  }

  done(): Wording {
    const { frequency, citations, places } = this;
    this.starts.push(this.stems.length);
    const documents = citations.length;
    // the smoothed IDF of buildTermModel: ln((1 + N) / (1 + df)) + 1
    const idf = Float64Array.from(frequency, (count) => Math.log((1 + documents) / (1 + count)) + 1);
    const weights = this.counts.done();
    const starts = this.starts.done();
    const stems = this.stems.done();
    for (let standard = 0; standard < documents; standard++) {
      const [from, to] = [starts[standard]!, starts[standard + 1]!];
      let squared = 0;
      for (let at = from; at < to; at++) {
        const weight = (1 + Math.log(weights[at]!)) * idf[stems[at]!]!;
        weights[at] = weight;
        squared += weight * weight;
      }
      const length = Math.sqrt(squared);
      if (length > 0) for (let at = from; at < to; at++) weights[at] = weights[at]! / length;
    }
    return { places, citations, starts, stems, weights, idf };
  }
}

/** The wording of every standard of `codes` (a whole library: the document frequencies are its). */
export function libraryWording(codes: readonly Code[]): Wording {
  const builder = new WordingBuilder();
  for (const code of codes) builder.add(code);
  return builder.done();
}

/** A standard's place in the wording: its code's first place plus its place in the code (allStandards order). */
export function placeOf(wording: Wording, code: Code, place: number): number {
  return wording.places.get(code.id)!.first + place;
}

/**
 * For each of `others`, the place of its standard most alike the one at `place`, if one says the
 * same (cosine ≥ 0.5, or ≥ 80% of the standard's IDF-weighted stems in it), else -1. The first
 * of equals wins, as a walk through the code in order finds it.
 */
export function sameSayings(wording: Wording, place: number, others: readonly Code[]): number[] {
  const { starts, stems, weights, idf } = wording;
  const [from, to] = [starts[place]!, starts[place + 1]!];
  const size = to - from;
  // the standard's vector by stem, and its distinct stems' IDF total (weighTerms, in order)
  const mine = new Map<number, number>();
  let total = 0;
  for (let at = from; at < to; at++) {
    mine.set(stems[at]!, weights[at]!);
    total += idf[stems[at]!]!;
  }
  const theirs = new Map<number, number>();
  return others.map((code) => {
    const { first, count } = wording.places.get(code.id)!;
    let best = -1;
    let bestScore = 0;
    for (let candidate = first; candidate < first + count; candidate++) {
      const [start, end] = [starts[candidate]!, starts[candidate + 1]!];
      theirs.clear();
      for (let at = start; at < end; at++) theirs.set(stems[at]!, weights[at]!);
      // containment: the IDF-weighted share of this standard's stems the other has
      let found = 0;
      for (let at = from; at < to; at++) if (theirs.has(stems[at]!)) found += idf[stems[at]!]!;
      const folded = (total === 0 ? 0 : found / total) >= FOLDED_IN;
      let score = 1;
      if (!folded) {
        // cosine as similarity.ts sums it: over the smaller vector, in its order (the first when equal)
        let dot = 0;
        if (size <= end - start) {
          for (let at = from; at < to; at++) {
            const other = theirs.get(stems[at]!);
            if (other !== undefined) dot += weights[at]! * other;
          }
        } else {
          for (let at = start; at < end; at++) {
            const other = mine.get(stems[at]!);
            if (other !== undefined) dot += weights[at]! * other;
          }
        }
        score = Math.min(1, dot);
      }
      if (score >= SAME_WORDING && (best < 0 || score > bestScore)) [best, bestScore] = [candidate, score];
    }
    return best;
  });
}
