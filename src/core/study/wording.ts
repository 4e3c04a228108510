// Which standard of another code says the same as a standard: the quiz's "which code says
// this?" leaves such codes out of its wrong choices. Two standards say the same when their TF-IDF
// vectors (compare/similarity.ts: the same stems, weights and arithmetic, so the same scores to
// the last bit) are alike, or when nearly all the meaningful words of one, which has a few, are
// in the other. The library's vectors are laid out in flat arrays, a standard's distinct stems in
// the order they first appear: a Map per standard and a Set per comparison made a thousand codes'
// vectors hundreds of megabytes and each question a hundred thousand allocations.
import { allStandards, type Code } from "../../model.js";
import { terms } from "../text.js";

export interface Wording {
  /** Each code's first standard's place among all the library's standards (allStandards order, code by code), and its number of standards. */
  places: ReadonlyMap<string, { first: number; count: number }>;
  /** The citation of each standard, by its place. */
  citations: readonly string[];
  /**
   * Each standard's wording class, by its place: standards with the same stems, counted the
   * same, in the same order have the same vector, so it is held (and compared) once. Users'
   * codes made from one source repeat most of its standards word for word.
   */
  classOf: Int32Array;
  /** Where each class's stems start in `stems`, `counts` and `weights`; one more entry than classes. */
  starts: Int32Array;
  /** Each class's distinct stems (as ids), in the order they first appear in its text. */
  stems: Int32Array;
  /** How often each stem occurs in the text. */
  counts: Int32Array;
  /** The stem's weight in the class's unit TF-IDF vector, beside each stem. */
  weights: Float64Array;
  /** How many standards use each stem id: the document frequencies. */
  frequency: Int32Array;
  /** Inverse document frequency of each stem id. */
  idf: Float64Array;
}

/** Two standards say the same when their words are this alike (TF-IDF cosine)… */
const SAME_WORDING = 0.5;
/** …or nearly all the meaningful words of one are in the other (one folded into a longer one)… */
const FOLDED_IN = 0.8;
/**
 * …and it has at least this many distinct meaningful words: "Be honest." has one, in every
 * standard on honesty, which say much more ("Practice honest and direct communication…"); so
 * has "Learn from each other." (Medi-Cal), in "learn from mistakes" (Working Well Together).
 * As many as diff asks of a standard folded into another (compare/wording.ts).
 */
const FOLDED_IN_LEAST_STEMS = 3;

class Growing<T extends Int32Array> {
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
  private readonly classOf = new Growing(new Int32Array(1024), (size) => new Int32Array(size));
  private readonly classes = new Map<string, number>();
  private readonly starts = new Growing(new Int32Array(1024), (size) => new Int32Array(size));
  private readonly stems = new Growing(new Int32Array(4096), (size) => new Int32Array(size));
  private readonly counts = new Growing(new Int32Array(4096), (size) => new Int32Array(size));
  /** One standard's stems and counts, before they are known to be a new class. */
  private readonly own: number[] = [];

  add(code: Code): void {
    const { stemIds, frequency, citations, own } = this;
    const standards = allStandards(code);
    this.places.set(code.id, { first: citations.length, count: standards.length });
    for (const standard of standards) {
      citations.push(standard.citation);
      own.length = 0;
      for (const term of terms(standard.text)) {
        let id = stemIds.get(term);
        if (id === undefined) {
          stemIds.set(term, (id = frequency.length));
          frequency.push(0);
        }
        // a standard has a few stems: a scan of its own beats a map
        let at = 0;
        while (at < own.length && own[at] !== id) at += 2;
        if (at < own.length) own[at + 1]!++;
        else {
          own.push(id, 1);
          frequency[id]!++;
        }
      }
      const key = own.join(" ");
      let found = this.classes.get(key);
      if (found === undefined) {
        this.classes.set(key, (found = this.classes.size));
        this.starts.push(this.stems.length);
        for (let at = 0; at < own.length; at += 2) {
          this.stems.push(own[at]!);
          this.counts.push(own[at + 1]!);
        }
      }
      this.classOf.push(found);
    }
  }

  done(): Wording {
    this.starts.push(this.stems.length);
    return wordingOf({
      places: this.places,
      citations: this.citations,
      classOf: this.classOf.done(),
      starts: this.starts.done(),
      stems: this.stems.done(),
      counts: this.counts.done(),
      frequency: Int32Array.from(this.frequency),
    });
  }
}

/** A wording from what it is made of: the IDF and each class's unit TF-IDF vector worked out. */
export function wordingOf(parts: Omit<Wording, "weights" | "idf">): Wording {
  const { citations, starts, stems, counts, frequency } = parts;
  const documents = citations.length;
  // the smoothed IDF of buildTermModel: ln((1 + N) / (1 + df)) + 1
  const idf = Float64Array.from(frequency, (count) => Math.log((1 + documents) / (1 + count)) + 1);
  const weights = Float64Array.from(counts);
  for (let group = 0; group + 1 < starts.length; group++) {
    const [from, to] = [starts[group]!, starts[group + 1]!];
    let squared = 0;
    for (let at = from; at < to; at++) {
      const weight = (1 + Math.log(weights[at]!)) * idf[stems[at]!]!;
      weights[at] = weight;
      squared += weight * weight;
    }
    const length = Math.sqrt(squared);
    if (length > 0) for (let at = from; at < to; at++) weights[at] = weights[at]! / length;
  }
  return { ...parts, weights, idf };
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
 * same (cosine ≥ 0.5, or ≥ 80% of the standard's IDF-weighted stems in it, of three stems or
 * more), else -1. The first of equals wins, as a walk through the code in order finds it.
 * `sameMatter`, where given, must also accept the other standard (its code and its place in the
 * code): words alike are not yet a rule alike (same-matter.ts).
 */
export function sameSayings(wording: Wording, place: number, others: readonly Code[], sameMatter?: (code: Code, placeInCode: number) => boolean): number[] {
  const { classOf, starts, stems, weights, idf } = wording;
  const own = classOf[place]!;
  const [from, to] = [starts[own]!, starts[own + 1]!];
  const size = to - from;
  // the standard's vector by stem, and its distinct stems' IDF total (weighTerms, in order)
  const mine = new Map<number, number>();
  let total = 0;
  for (let at = from; at < to; at++) {
    mine.set(stems[at]!, weights[at]!);
    total += idf[stems[at]!]!;
  }
  const theirs = new Map<number, number>();
  // a class's score, worked out once: a thousand copies of a code are one class a standard
  const scores = new Map<number, number>();
  const scoreOf = (group: number): number => {
    const [start, end] = [starts[group]!, starts[group + 1]!];
    theirs.clear();
    for (let at = start; at < end; at++) theirs.set(stems[at]!, weights[at]!);
    // containment: the IDF-weighted share of this standard's stems the other has
    let found = 0;
    for (let at = from; at < to; at++) if (theirs.has(stems[at]!)) found += idf[stems[at]!]!;
    if (size >= FOLDED_IN_LEAST_STEMS && found / total >= FOLDED_IN) return 1;
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
    return Math.min(1, dot);
  };
  return others.map((code) => {
    const { first, count } = wording.places.get(code.id)!;
    let best = -1;
    let bestScore = 0;
    for (let candidate = first; candidate < first + count; candidate++) {
      const group = classOf[candidate]!;
      let score = scores.get(group);
      if (score === undefined) scores.set(group, (score = scoreOf(group)));
      if (score >= SAME_WORDING && (best < 0 || score > bestScore) && (!sameMatter || sameMatter(code, candidate - first))) [best, bestScore] = [candidate, score];
    }
    return best;
  });
}

/**
 * Whether the standards at places `a` and `b` say the same, read either way: the same wording
 * class, or one's score against the other (as sameSayings scores it) at least SAME_WORDING.
 */
export function sayTheSame(wording: Wording, a: number, b: number): boolean {
  const { classOf } = wording;
  if (classOf[a] === classOf[b]) return true;
  return likeness(wording, classOf[a]!, classOf[b]!) >= SAME_WORDING || likeness(wording, classOf[b]!, classOf[a]!) >= SAME_WORDING;
}

/** sameSayings's score of wording class `own` against class `other`: containment of three stems or more, else cosine. */
function likeness(wording: Wording, own: number, other: number): number {
  const { starts, stems, weights, idf } = wording;
  const theirs = new Map<number, number>();
  for (let at = starts[other]!; at < starts[other + 1]!; at++) theirs.set(stems[at]!, weights[at]!);
  const [from, to] = [starts[own]!, starts[own + 1]!];
  let [total, found, dot] = [0, 0, 0];
  for (let at = from; at < to; at++) {
    total += idf[stems[at]!]!;
    const weight = theirs.get(stems[at]!);
    if (weight === undefined) continue;
    found += idf[stems[at]!]!;
    dot += weights[at]! * weight;
  }
  if (to - from >= FOLDED_IN_LEAST_STEMS && found / total >= FOLDED_IN) return 1;
  return Math.min(1, dot);
}
