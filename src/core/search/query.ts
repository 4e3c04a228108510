// What a query asks for, in the index's terms: each meaningful word becomes a concept matched
// by its own stem, by the word forms the stemmer does not join (supervision → supervisor) or,
// for a word no standard uses, by the words it is a typo of; a query that names a topic
// (by its name or a synonym) widens to the topic's other words and favours its curated standards.
import { UsageError } from "../errors.js";
import { contentStems, lookup, stemsStartingWith, type IndexedTopic, type SearchIndex, type TopicPhrase } from "./inverted-index.js";
import { stem, STOP_WORDS, words } from "../text.js";
import { correctTypo } from "./typo.js";

/** Distinct words of a query considered: enough for any situation told in a few sentences. */
export const MAX_QUERY_TERMS = 24;
/** Words of one query sent to typo correction, each a pass over the vocabulary. */
const MAX_TYPO_WORDS = 6;

/**
 * Stems shorter than this are never related as word forms: "intim" (intimate) is a prefix of
 * "intimid" (intimidate), "care" of "career". From this length on, a stem that extends another
 * by a few letters is a form the stemmer missed: supervis (supervise, supervision) → supervisor.
 */
const FORM_MIN_LENGTH = 6;
/** Letters a stem may add to another and still be its word form. */
const FORM_EXTRA_LETTERS = 3;

export function areWordForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short !== long &&
    short.length >= FORM_MIN_LENGTH &&
    long.length - short.length <= FORM_EXTRA_LETTERS &&
    long.startsWith(short)
  );
}

/** How much a match counts compared with the query's own word. */
const WEIGHTS = {
  form: 0.8,
  typo: 0.8,
  /** A topic's other words: they say what the query means, not what it said. */
  widened: 0.4,
} as const;

/** A stem, or a phrase of stems that a standard must all use to match. */
export interface Alternative {
  stems: string[];
  weight: number;
}

/** One thing the query asks for; a standard scores for its best-matching alternative only. */
export interface Concept {
  /** The query's word, or the topic's id for a widened concept. */
  source: string;
  alternatives: Alternative[];
}

export interface TopicMatch {
  topic: IndexedTopic;
  /**
   * The query words the topic's phrases cover, one group per run of adjacent words: "friend
   * request" names the topic once, not twice.
   */
  covered: string[][];
}

export interface QueryPlan {
  concepts: Concept[];
  topics: TopicMatch[];
  /** Query words that matched nothing in the index or the topics: the ones to suggest for. */
  unknown: string[];
}

/**
 * The index's stems that are word forms of `stemmed`: the shorter ones are its own prefixes, the
 * longer ones start with it.
 */
function wordForms(index: SearchIndex, stemmed: string): string[] {
  if (stemmed.length < FORM_MIN_LENGTH) return [];
  const shorter: string[] = [];
  for (let length = Math.max(FORM_MIN_LENGTH, stemmed.length - FORM_EXTRA_LETTERS); length < stemmed.length; length++) {
    const prefix = stemmed.slice(0, length);
    if (lookup(index.postings, prefix) !== undefined) shorter.push(prefix);
  }
  return [...shorter, ...stemsStartingWith(index, stemmed).filter((longer) => areWordForms(stemmed, longer))];
}

/** Every content stem of every topic phrase; loops rather than flatMap, as it runs at every query. */
function topicVocabulary(index: SearchIndex): Set<string> {
  const stems = new Set<string>();
  for (const topic of index.topics) {
    for (const phrase of topic.phrases) {
      for (let at = 0; at < phrase.words.length; at++) if (!phrase.stop[at]) stems.add(phrase.words[at]!);
    }
  }
  return stems;
}

interface QueryText {
  /** The meaningful words, one per stem, in order, at most MAX_QUERY_TERMS. */
  distinct: string[];
  /**
   * All the words in order, stop words and repeats kept, at most MAX_PHRASE_WORDS: where phrases
   * are found.
   */
  sequence: string[];
}

/** Words of a query searched for topic phrases, stop words included: a few sentences. */
const MAX_PHRASE_WORDS = 6 * MAX_QUERY_TERMS;

function readQuery(query: string): QueryText {
  if (query.trim() === "") {
    throw new UsageError("nothing to search for", 'give a word or a situation, e.g. ethics search "accept a gift from a peer"');
  }
  const seen = new Set<string>();
  const text: QueryText = { distinct: [], sequence: [] };
  for (const word of words(query)) {
    if (text.sequence.length < MAX_PHRASE_WORDS) text.sequence.push(word);
    if (STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    if (!seen.has(stemmed) && text.distinct.length < MAX_QUERY_TERMS) {
      seen.add(stemmed);
      text.distinct.push(word);
    }
    if (text.sequence.length === MAX_PHRASE_WORDS && text.distinct.length === MAX_QUERY_TERMS) break;
  }
  if (text.distinct.length === 0) {
    const shown = query.trim().length > 60 ? `${query.trim().slice(0, 60)}…` : query.trim();
    throw new UsageError(
      `'${shown}' has no words to search for`,
      "common words (can, I, the, from, …) are left out; add what it is about, e.g. gifts, money, confidentiality",
    );
  }
  return text;
}

/** The query's meaningful words, one per stem, in order, at most MAX_QUERY_TERMS. */
export function queryWords(query: string): string[] {
  return readQuery(query).distinct;
}

function standsForStem(wanted: string, stems: ReadonlySet<string>): boolean {
  if (stems.has(wanted)) return true;
  for (const have of stems) if (areWordForms(wanted, have)) return true;
  return false;
}

/** A query word as phrases see it: a stop word as written, or every stem a content word stands for. */
type SequenceWord = { stop: string } | { stems: ReadonlySet<string> };

/**
 * Where a topic's phrase occurs in the query: its words in a row, in order, each content word
 * matched by a query word's stem, form or correction, each stop word by itself ("peer role" is
 * not in "my role to a new peer", "under the influence" not in "undue influence"). Returns the
 * positions of the content words it covers, or none.
 */
function findPhrase(phrase: TopicPhrase, sequence: readonly SequenceWord[]): number[] {
  // Plain loops: this runs for every phrase of every topic at every query, where closures and
  // spread arrays made most of a search's garbage.
  const { words: wanted, stop } = phrase;
  for (let start = 0; start + wanted.length <= sequence.length; start++) {
    let offset = 0;
    for (; offset < wanted.length; offset++) {
      const word = sequence[start + offset]!;
      const found = stop[offset]
        ? "stop" in word && word.stop === wanted[offset]
        : "stems" in word && standsForStem(wanted[offset]!, word.stems);
      if (!found) break;
    }
    if (offset === wanted.length) {
      const positions: number[] = [];
      for (let at = 0; at < wanted.length; at++) if (!stop[at]) positions.push(start + at);
      return positions;
    }
  }
  return [];
}

export function planQuery(index: SearchIndex, query: string): QueryPlan {
  const topicWords = topicVocabulary(index);
  const text = readQuery(query);
  let typoBudget = MAX_TYPO_WORDS;
  let vocabulary: { words: string[]; stems: string[] } | undefined;
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  /** Query word's stem → every stem it stands for (its own, its forms, its corrections). */
  const standsFor = new Map<string, Set<string>>();
  for (const word of text.distinct) {
    const stemmed = stem(word);
    const alternatives: Alternative[] = [];
    if (lookup(index.postings, stemmed) !== undefined) alternatives.push({ stems: [stemmed], weight: 1 });
    for (const form of wordForms(index, stemmed)) alternatives.push({ stems: [form], weight: WEIGHTS.form });
    if (alternatives.length === 0 && !topicWords.has(stemmed) && typoBudget > 0) {
      typoBudget--;
      vocabulary ??= { words: index.words.split(" "), stems: index.stems.split(" ") };
      const corrected = new Set([
        ...correctTypo(word, vocabulary.words).map(stem),
        ...correctTypo(stemmed, vocabulary.stems, word),
      ]);
      for (const correctedStem of corrected) alternatives.push({ stems: [correctedStem], weight: WEIGHTS.typo });
    }
    standsFor.set(stemmed, new Set([stemmed, ...alternatives.flatMap((alternative) => alternative.stems)]));
    if (alternatives.length > 0) concepts.push({ source: word, alternatives });
    else if (!topicWords.has(stemmed)) unknown.push(word);
  }
  const sequence = text.sequence.map((word): SequenceWord => {
    if (STOP_WORDS.has(word)) return { stop: word };
    const stemmed = stem(word);
    return { stems: standsFor.get(stemmed) ?? new Set([stemmed]) };
  });
  const queryStems = new Set(sequence.flatMap((word) => ("stems" in word ? [...word.stems] : [])));
  // Content words are adjacent when only stop words come between them: "dating in a romantic
  // relationship" names the topic once.
  const contentPosition: number[] = [];
  let content = 0;
  for (const word of sequence) contentPosition.push("stop" in word ? content : content++);
  const topics: TopicMatch[] = [];
  for (const topic of index.topics) {
    const positions = new Set(topic.phrases.flatMap((phrase) => findPhrase(phrase, sequence)));
    if (positions.size === 0) continue;
    const covered: string[][] = [];
    let previous = -2;
    for (const position of [...positions].sort((a, b) => a - b)) {
      const at = contentPosition[position]!;
      if (at !== previous + 1) covered.push([]);
      covered[covered.length - 1]!.push(distinctWordOf(text, stem(text.sequence[position]!)));
      previous = at;
    }
    topics.push({ topic, covered });
    // The topic's other names widen the query; a phrase counts only where all its words are
    // used, since a word of it alone means something else ("part" of "42 CFR part 2"). A phrase
    // whose meaning rests on its stop words is never found in a standard, which has none
    // indexed: "own recovery" would find every standard on recovery.
    const widened = topic.phrases
      .filter((phrase) => !phrase.stop.some(Boolean) || contentStems(phrase).length > 1)
      .map(contentStems)
      .filter((phrase) => !phrase.every((other) => queryStems.has(other)))
      .filter((phrase) => phrase.every((other) => lookup(index.postings, other) !== undefined))
      .map((phrase) => ({ stems: phrase, weight: WEIGHTS.widened }));
    if (widened.length > 0) concepts.push({ source: topic.id, alternatives: widened });
  }
  return { concepts, topics, unknown };
}

/**
 * The word that stands for a stem among the query's distinct words (the first with that stem);
 * the word itself past MAX_QUERY_TERMS, where it has no concept.
 */
function distinctWordOf(text: QueryText, stemmed: string): string {
  return text.distinct.find((word) => stem(word) === stemmed) ?? stemmed;
}
