// The study commands' whole-library material (a cloze's vocabulary, the wording "which code says
// this?" compares) as a JSON-safe value, for the cache's library views: a warm run over a
// thousand users' codes reads one entry instead of reading and tokenizing every code (seconds).
// Number lists are packed (search/packed-numbers.ts). What is packed is what the material is
// made of, never a float: the IDF and the weights are worked out again on unpacking by the same
// code (wording.ts wordingOf), so a quiz from packed material is the quiz from made material.
// Unpacking checks every count and id against the library it is for, and throws on a mismatch:
// the caller makes the material again.
import { NumberReader, packNumbers } from "../search/packed-numbers.js";
import type { ClozeVocabulary } from "./cloze.js";
import { distinctRuns, runsApart } from "./distinct-runs.js";
import { wordingOf, type Wording } from "./wording.js";

export interface PackedVocabulary {
  /** The words in the order they first appear, space-separated. */
  words: string;
  /** How many standards use each word, packed. */
  counts: string;
  standards: number;
  /** Each distinct run of three words (word ids) of the phrase index, packed; null where there is none. */
  phrases: string | null;
}

export interface PackedWording {
  /** The codes, in library order, and their numbers of standards (packed). */
  codes: string[];
  sizes: string;
  citations: string[];
  /** Packed: each standard's class, each class's number of stems, the classes' stems and counts one after another, each stem's document frequency. */
  classOf: string;
  classSizes: string;
  stems: string;
  counts: string;
  frequency: string;
}

/**
 * What every packed number is: a count or an id, never negative, and no larger than an
 * Int32Array holds as written (a larger one would come back negative, and a negative count sends
 * a reader back: a loop for ever).
 */
export function isCountOrId(value: number): boolean {
  return value >= 0 && value <= 2 ** 31 - 1;
}

/** `value`, a packed number, if it is a count or an id; else it throws. */
function countOrIdOf(value: number): number {
  if (!isCountOrId(value)) throw new RangeError(`${value} is no count or id`);
  return value;
}

function unpacked(packed: string, expected?: number): Int32Array {
  const values: number[] = [];
  const reader = new NumberReader(packed);
  while (!reader.done()) values.push(countOrIdOf(reader.next()));
  if (expected !== undefined && values.length !== expected) throw new RangeError(`${values.length} numbers where ${expected} were expected`);
  return Int32Array.from(values);
}

function checkBelow(values: Int32Array, limit: number, what: string): void {
  for (const value of values) if (value >= limit) throw new RangeError(`${what} ${value} beyond ${limit}`);
}

export function packVocabulary(vocabulary: ClozeVocabulary): PackedVocabulary {
  const words: string[] = [];
  const counts: number[] = [];
  for (const [word, info] of vocabulary.words) {
    words.push(word);
    counts.push(info.standards);
  }
  return {
    words: words.join(" "),
    counts: packNumbers(counts),
    standards: vocabulary.standards,
    phrases: vocabulary.phrases ? packNumbers(distinctRuns(vocabulary.phrases)) : null,
  };
}

/** The vocabulary of a packed one (with its phrases where they were packed); throws on a mismatch. */
export function unpackVocabulary(packed: PackedVocabulary, standards: number): ClozeVocabulary {
  if (packed.standards !== standards) throw new RangeError(`a vocabulary of ${packed.standards} standards for ${standards}`);
  const list = packed.words === "" ? [] : packed.words.split(" ");
  const counts = unpacked(packed.counts, list.length);
  const words: ClozeVocabulary["words"] = new Map();
  list.forEach((word, id) => words.set(word, { id, standards: counts[id]!, lastStandard: 0 }));
  if (words.size !== list.length) throw new RangeError("a word twice in a vocabulary");
  let phrases: ClozeVocabulary["phrases"] = null;
  if (packed.phrases !== null) {
    const runs = unpacked(packed.phrases);
    if (runs.length % 3 !== 0) throw new RangeError("phrases not in runs of three");
    checkBelow(runs, list.length, "word id");
    phrases = runsApart(runs);
  }
  return { words, phrases, standards, kinds: new Map() };
}

export function packWording(wording: Wording): PackedWording {
  const { classOf, starts, stems, counts, frequency } = wording;
  return {
    codes: [...wording.places.keys()],
    sizes: packNumbers([...wording.places.values()].map((place) => place.count)),
    citations: [...wording.citations],
    classOf: packNumbers(classOf),
    classSizes: packNumbers(Array.from({ length: starts.length - 1 }, (_, group) => starts[group + 1]! - starts[group]!)),
    stems: packNumbers(stems),
    counts: packNumbers(counts),
    frequency: packNumbers(frequency),
  };
}

/** The wording of a packed one, for a library of these codes (ids, in order, with their numbers of standards); throws on a mismatch. */
export function unpackWording(packed: PackedWording, codes: readonly { id: string; standards: number }[]): Wording {
  const sizes = unpacked(packed.sizes, codes.length);
  const places = new Map<string, { first: number; count: number }>();
  let first = 0;
  codes.forEach((code, at) => {
    if (packed.codes[at] !== code.id || sizes[at] !== code.standards) throw new RangeError(`the wording of another library (${packed.codes[at]} for ${code.id})`);
    places.set(code.id, { first, count: code.standards });
    first += code.standards;
  });
  if (packed.codes.length !== codes.length || packed.citations.length !== first) throw new RangeError("the wording of another library");
  if (!packed.citations.every((citation) => typeof citation === "string")) throw new RangeError("a citation that is not a text");
  const classSizes = unpacked(packed.classSizes);
  const classOf = unpacked(packed.classOf, first);
  checkBelow(classOf, classSizes.length, "class");
  const starts = new Int32Array(classSizes.length + 1);
  classSizes.forEach((size, group) => (starts[group + 1] = starts[group]! + size));
  const stems = unpacked(packed.stems, starts[classSizes.length]);
  const counts = unpacked(packed.counts, stems.length);
  const frequency = unpacked(packed.frequency);
  checkBelow(stems, frequency.length, "stem id");
  if (counts.some((count) => count < 1)) throw new RangeError("a stem counted 0 times");
  return wordingOf({ places, citations: packed.citations, classOf, starts, stems, counts, frequency });
}

/** What the quiz draws on from the whole library, packed: its vocabulary (with phrases) and its wording. */
export interface PackedQuizMaterial {
  vocabulary: PackedVocabulary;
  wording: PackedWording;
}

export function packQuizMaterial(material: { vocabulary: ClozeVocabulary; wording: Wording }): PackedQuizMaterial {
  return { vocabulary: packVocabulary(material.vocabulary), wording: packWording(material.wording) };
}

/** The material of a packed one, for a library of these codes; throws where it is not one (of another shape, or for another library). */
export function unpackQuizMaterial(packed: unknown, codes: readonly { id: string; standards: number }[]): { vocabulary: ClozeVocabulary; wording: Wording } {
  if (!isRecord(packed) || !isPackedVocabulary(packed.vocabulary) || !isPackedWording(packed.wording)) throw new TypeError("not packed quiz material");
  const standards = codes.reduce((sum, code) => sum + code.standards, 0);
  return { vocabulary: unpackVocabulary(packed.vocabulary, standards), wording: unpackWording(packed.wording, codes) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isPackedVocabulary(value: unknown): value is PackedVocabulary {
  return (
    isRecord(value) &&
    typeof value.words === "string" &&
    typeof value.counts === "string" &&
    Number.isSafeInteger(value.standards) &&
    (value.phrases === null || typeof value.phrases === "string")
  );
}

function isPackedWording(value: unknown): value is PackedWording {
  return (
    isRecord(value) &&
    Array.isArray(value.codes) &&
    Array.isArray(value.citations) &&
    ["sizes", "classOf", "classSizes", "stems", "counts", "frequency"].every((field) => typeof value[field] === "string")
  );
}

/**
 * The places of a scope's standards in each of its codes (ScopeMember.places: a topic's), one
 * packed list a code: the scope of a quiz on a topic over a thousand users' codes, where finding
 * them reads every code.
 */
export function packPlaces(places: readonly (readonly number[])[]): string[] {
  return places.map((list) => packNumbers(list));
}

/** The places of packPlaces, for codes of these numbers of standards; throws where they cannot be theirs. */
export function unpackPlaces(packed: unknown, sizes: readonly number[]): number[][] {
  if (!Array.isArray(packed) || packed.length !== sizes.length || !packed.every((list) => typeof list === "string")) throw new TypeError("not packed places");
  return (packed as string[]).map((list, at) => {
    const places = Array.from(unpacked(list));
    places.forEach((place, index) => {
      if (place >= sizes[at]! || (index > 0 && place <= places[index - 1]!)) throw new RangeError(`place ${place} out of order or beyond ${sizes[at]}`);
    });
    return places;
  });
}

/**
 * The topics of each standard of each code (as places in the library's topics), one packed list
 * a code: each standard's number of topics, then the topics. A flash card's topic tags, over a
 * thousand users' codes, without the search index their concepts come from.
 */
export function packTopicLists(lists: readonly (readonly (readonly number[])[])[]): string[] {
  return lists.map((code) => packNumbers(code.flatMap((topics) => [topics.length, ...topics])));
}

/** The lists of packTopicLists, for codes of these numbers of standards and a library of `topics` topics; throws where they cannot be theirs. */
export function unpackTopicLists(packed: unknown, sizes: readonly number[], topics: number): number[][][] {
  if (!Array.isArray(packed) || packed.length !== sizes.length || !packed.every((list) => typeof list === "string")) throw new TypeError("not packed topic lists");
  return (packed as string[]).map((list, at) => {
    // Read straight from the packed text, in plain loops: a list of the numbers, then a view of
    // it and Array.from for each standard, were most of the unpacking, which the Anki export
    // does for every code (~90 ms of CPU at 1,000 codes, ~20-25 now).
    const reader = new NumberReader(list);
    const standards: number[][] = [];
    while (!reader.done()) {
      const count = countOrIdOf(reader.next());
      const ofStandard: number[] = [];
      for (let left = count; left > 0; left--) {
        if (reader.done()) throw new RangeError("a topic list cut off");
        const topic = countOrIdOf(reader.next());
        if (topic >= topics) throw new RangeError(`a topic beyond the ${topics} topics`);
        ofStandard.push(topic);
      }
      standards.push(ofStandard);
    }
    if (standards.length !== sizes[at]) throw new RangeError(`${standards.length} standards' topics for ${sizes[at]} standards`);
    return standards;
  });
}
