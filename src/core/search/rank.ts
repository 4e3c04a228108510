// Ranking: a standard about what the query names (tagged with a concept whose terms it uses)
// ranks first, by how much of the query those concepts cover; BM25 over the standards' words is
// the second signal, for words no concept covers and to order the standards of one concept.
// Work follows the postings of the query's own stems and the documents of its concepts.
import { documentCount, documentFrequency, documentLength, forEachPosting, lookup, type SearchIndex } from "./inverted-index.js";
import { fixedWidthAt } from "./packed-numbers.js";
import { tableGet } from "./packed-table.js";
import { centralityAt } from "./centrality.js";
import { documentsOf, impliedDocuments, relatedOf } from "./concept-documents.js";
import { APART_FACTOR, coveredWeight, type QueryPlan } from "./query.js";
import { inverseFrequency } from "./idf.js";
import { firstInOrder } from "./sorted.js";
import { scoreAsked } from "./asked.js";

const NO_IMPLIED: ReadonlyMap<number, number> = new Map();

/** BM25's usual constants: how fast repeats stop counting, how much length dilutes a match. */
const K1 = 1.2;
const B = 0.5;
/**
 * A concept's coverage counts this many times the weight of the words it covers: enough that a
 * standard about the matter outranks one that only uses the query's words, as an index outranks
 * a concordance.
 */
const CONCEPT_WEIGHT = 2;
/** A topic names a broad theme: its standards count half as much as a concept's. */
const TOPIC_FACTOR = 0.5;
/**
 * A general rule related to a concept the query names (Concept.related: "see also", a rule that
 * bears on the matter without naming it) counts this share of what the concept's own standards
 * do: below those that govern the matter (which also earn centrality), so that it fills the first
 * ten rather than leads them, but above a standard that only uses the query's words, and above
 * one only filed under the matter's theme (TOPIC_FACTOR): a practitioner cites "resist influences
 * that interfere" for a gift before a rule on another gift matter. Halfway between the two. On
 * the tuning half, 0.5, 0.6 and 0.75 gave recall@10 0.8724, 0.8734 and 0.8749 (0.8686 without
 * related rules), the first hit unchanged; at full weight, as tags, such rules crowded the
 * specific ones out.
 */
export const RELATED_FACTOR = 0.75;
/**
 * Among the standards of a concept the query names, one whose own words say the matter is more
 * about it than one filed under it among several others: each matched concept adds this share
 * of the weight of the words it covers, times how centrally the standard is about it
 * (centrality.ts).
 */
const CENTRALITY_WEIGHT = 0.5;
/**
 * A standard that no concept or topic the query names is about must answer at least this share
 * of the query's weight by its own words: one incidental word must not carry it ("meeting" of
 * "same AA meeting as my client" in "meet their needs").
 */
export const COVERAGE_FLOOR = 0.5;
/**
 * And any answer scores at least this share of the best answer's score: the rest are loosely
 * related, shown apart, never passed off as answers.
 */
export const RELATIVE_FLOOR = 0.35;
/**
 * A concept whose own words (name, description, terms, questions) answer the query about as well
 * as the best one's — within this share — lends its standards SOFT_WEIGHT times that score: as
 * much as the standards' own words count, since the concept's words say what they are about.
 * On the tuning half grown to 468 queries (thirteenth session), 0.7, 0.75, 0.8, 0.85 and 0.9 gave
 * recall@10 0.8594, 0.8589, 0.8609, 0.8625 and 0.8637, the first hit 0.9145 but at 0.9 (0.9103):
 * concepts that answer the query much worse than the best one lent more noise than answers.
 */
const SOFT_RELATIVE = 0.85;
/**
 * Below SOFT_RELATIVE a concept's lending fades, to nothing at this share, rather than stopping:
 * at a cliff, one side word that another concept's words use ("honestly" of "my client keeps
 * hitting on me and honestly I kinda like him") took all of the named matter's lending away,
 * and its rules fell out of the first ten. Twenty-seventh session, tuning halves (from a cliff
 * → fading from 0.7): tuning 0.8657 / 0.9167 → 0.8662 / 0.9167, fresh 0.8734 / 0.8876 → 0.8793
 * / 0.8989, the seven halves' mean 0.8756 / 0.9379 → 0.8785 / 0.9395, codes written apart
 * (inferred) 0.8800 / 0.7910 → 0.8822 / 0.7927; fading from 0.8, 0.75, 0.65, 0.6 and 0.5 gave
 * the seven a mean recall of 0.8750, 0.8759, 0.8782, 0.8782 and 0.8791 and a first hit of at most
 * 0.9395 (0.9319 at 0.5).
 */
const SOFT_FADES_FROM = 0.7;

/** The share of its score a concept lends whose own words answer the query `ratio` times as well as the best one's. */
export function softShare(ratio: number): number {
  if (ratio >= SOFT_RELATIVE) return 1;
  if (ratio <= SOFT_FADES_FROM) return 0;
  return (ratio - SOFT_FADES_FROM) / (SOFT_RELATIVE - SOFT_FADES_FROM);
}
const SOFT_WEIGHT = 1;
const SOFT_K1 = 1.2;
const SOFT_B = 0.75;
/**
 * Loosely related hits shown after the answers, at most: marked loose, they give a reader whose
 * matter the concept index misses a few standards to check, and never push out an answer.
 */
export const MAX_LOOSE = 5;

/**
 * An answer from a code the question names goes before the other codes' answers when it scores
 * at least this share of the named codes' best answer: half, as a rule that says the matter
 * does and a passing mention does not.
 */
const NAMED_FLOOR = 0.5;

export interface Scores {
  values: Float64Array;
  /** The documents with a score, so that work follows the candidates. */
  documents: number[];
  /** Per document, the query words its own words use (a bit mask over plan.words). */
  textMask: Int32Array;
  /** Per document, the query words covered by concepts it is tagged with. */
  conceptMask: Int32Array;
  /** Per document, the query words covered by topics it is filed under. */
  topicMask: Int32Array;
  /** Per document, the query words covered by concepts it is related to (RELATED_FACTOR). */
  relatedMask: Int32Array;
  /** As conceptMask, topicMask and relatedMask, for terms matched apart only. */
  conceptApartMask: Int32Array;
  topicApartMask: Int32Array;
  relatedApartMask: Int32Array;
  /**
   * Per document, the query words that one entry (a term, a question) of the concept answering
   * the query best uses, when the document is tagged with it: the concept says what the standard
   * is about, so those words count as answered ("client wants to pay me for extra help" and a
   * payment rule that never says "pay"), though they lend no concept evidence. Only the best
   * concept's: the others within SOFT_RELATIVE lend score, not an answer. And only two words or
   * more (or the whole query): one word of a concept's many ("today" of "Psychology Today
   * profile") is no sign that the query is about it (entryAnswered).
   */
  softMask: Int32Array;
  /**
   * Per concept (and topic) of the index, the query words its own words (name, description,
   * terms, questions) use: what the matter's askers say around its terms (claimsAnswers).
   */
  ownWords: Int32Array;
  /**
   * The scores by the query's own evidence, when feedback (feedback.ts) has added to `values`:
   * whether a hit answers is judged on these, so feedback reorders answers but never makes one.
   */
  own?: Float64Array;
  /**
   * Whether a document the score bounds left unscored answers COVERAGE_FLOOR of the query by
   * its own words: such a document cannot enter the first `keep`, but it still says the query
   * has answers (claimsAnswers), as it does when nothing is left out. Worked out on demand.
   */
  coversUnscored?: () => boolean;
}

export function bm25(index: SearchIndex, weight: number, document: number, frequency: number): number {
  const norm = 1 - B + (B * documentLength(index, document)) / index.averageLength;
  return (weight * frequency * (K1 + 1)) / (frequency + K1 * norm);
}

/**
 * A stem of a query word with that alternative's weight times what the stem tells: its inverse
 * document frequency, capped by the word's own weight.
 */
interface WeighedStem {
  packed: string;
  weight: number;
}

/**
 * Per document, the occurrences of a query word's stems and their sum weighted by each stem's
 * weight: one term whose frequency is that of all its stems together, weighing their
 * frequency-weighted mean (as a search engine treats synonyms).
 */
class Pool {
  readonly frequencies: Float64Array;
  readonly weighted: Float64Array;
  readonly documents: number[] = [];

  constructor(count: number) {
    this.frequencies = new Float64Array(count);
    this.weighted = new Float64Array(count);
  }

  add(document: number, frequency: number, weight: number): void {
    if (this.frequencies[document] === 0) this.documents.push(document);
    this.frequencies[document]! += frequency;
    this.weighted[document]! += frequency * weight;
  }

  /** Scores each document the pool holds, then empties it for the next word. */
  drain(index: SearchIndex, visit: (document: number, value: number) => void): void {
    for (const document of this.documents) {
      const frequency = this.frequencies[document]!;
      visit(document, bm25(index, this.weighted[document]! / frequency, document, frequency));
      this.frequencies[document] = 0;
      this.weighted[document] = 0;
    }
    this.documents.length = 0;
  }
}

/**
 * Concept evidence first, then BM25 word by word, heaviest first. Once a standard that has no
 * score yet could no longer become one of the first `keep` answers — the score still to come
 * could not lift it there, or the words still to come could not make it answer
 * COVERAGE_FLOOR of the query — the remaining (common) words only add to the standards already
 * found (MaxScore): "peers" in "accept gifts from peers" does not make every standard a candidate.
 * `keep` may instead be a score to `reach` (an answer's floor, when answers are counted): a
 * standard is then left out once the score still to come could not lift it that high.
 */
export function score(index: SearchIndex, plan: QueryPlan, keep: number | { reach: number }, inScope: (document: number) => boolean, entriesOf: (concept: number) => readonly (readonly string[])[]): Scores {
  const count = documentCount(index);
  const scores: Scores = {
    values: new Float64Array(count),
    documents: [],
    textMask: new Int32Array(count),
    conceptMask: new Int32Array(count),
    topicMask: new Int32Array(count),
    relatedMask: new Int32Array(count),
    conceptApartMask: new Int32Array(count),
    topicApartMask: new Int32Array(count),
    relatedApartMask: new Int32Array(count),
    softMask: new Int32Array(count),
    ownWords: new Int32Array(index.concepts.length),
  };
  const touch = (document: number) => {
    if (scores.values[document] === 0 && scores.textMask[document] === 0 && !isFiled(scores, document)) {
      scores.documents.push(document);
    }
  };
  // An inferred standard on a matter the curators often file with a concept the query names
  // bears on that concept too (implied-concepts.ts): inference misses what a reader infers.
  // Curated standards are never implied.
  const implied = plan.matches.map(({ concept }) => (concept.kind === "concept" ? impliedDocuments(concept, index.concepts) : NO_IMPLIED));
  plan.matches.forEach(({ concept, covers, apart }, match) => {
    const masks = concept.kind === "topic" ? scores.topicMask : scores.conceptMask;
    const apartMasks = concept.kind === "topic" ? scores.topicApartMask : scores.conceptApartMask;
    for (const document of documentsOf(concept)) {
      if (!inScope(document)) continue;
      touch(document);
      masks[document]! |= covers;
      apartMasks[document]! |= apart;
    }
    if (concept.kind !== "concept") return;
    for (const document of relatedOf(concept)) {
      if (document >= count || !inScope(document)) continue;
      touch(document);
      scores.relatedMask[document]! |= covers;
      scores.relatedApartMask[document]! |= apart;
    }
    // A likely reading, not a curator's: it counts as a theme does (TOPIC_FACTOR), below a
    // related rule, so that a standard whose own words answer the query stays above it (as
    // related rules: 0.8813 / 0.7752 on codes written apart, and "token value gifts" put a
    // rule on lending money above the one on token gifts; as a theme: 0.8770 / 0.7766).
    for (const document of implied[match]!.keys()) {
      if (document >= count || !inScope(document)) continue;
      touch(document);
      scores.topicMask[document]! |= covers;
      scores.topicApartMask[document]! |= apart;
    }
  });
  for (const document of scores.documents) scores.values[document] = conceptEvidence(plan, scores, document);
  plan.matches.forEach(({ concept, covers, apart }, match) => {
    if (concept.kind !== "concept") return;
    const weight = CENTRALITY_WEIGHT * (coveredWeight(plan, covers) + APART_FACTOR * coveredWeight(plan, apart));
    documentsOf(concept).forEach((document, at) => {
      if (inScope(document)) scores.values[document]! += weight * centralityAt(concept, at);
    });
    // How likely an implied standard is about the matter stands where a tagged one's centrality
    // does: one implied by a concept always filed with it ranks above one seldom so.
    for (const [document, share] of implied[match]!) {
      if (document < count && inScope(document)) scores.values[document]! += weight * share;
    }
  });
  const similarity = conceptSimilarity(index, plan, scores.ownWords);
  const top = Math.max(0, ...similarity);
  if (top > 0) {
    const lent = new Float64Array(count);
    index.concepts.forEach((concept, at) => {
      const share = softShare(similarity[at]! / top);
      if (share === 0) return;
      const answered = similarity[at] === top ? entryAnswered(plan, entriesOf(at)) : 0;
      for (const document of documentsOf(concept)) {
        if (!inScope(document)) continue;
        lent[document] = Math.max(lent[document]!, share * similarity[at]!);
        scores.softMask[document]! |= answered;
      }
    });
    for (let document = 0; document < count; document++) {
      if (lent[document] === 0) continue;
      touch(document);
      scores.values[document]! += SOFT_WEIGHT * lent[document]!;
    }
  }

  const total = count;
  const words = plan.words
    .map((word, at) => {
      const stems: WeighedStem[] = [];
      for (const { stem, weight } of word.alternatives) {
        const packed = lookup(index.postings, stem);
        // A stem tells no more than the query word it stands for (QueryWord.weight: rare in the
        // codes AND in what people ask about): "client" is rare in the texts but asked about
        // with every matter, so its matches must not outweigh those of the words that say which.
        if (packed !== undefined) stems.push({ packed, weight: weight * Math.min(word.weight, inverseFrequency(total, documentFrequency(packed))) });
      }
      const heaviest = Math.max(0, ...stems.map((part) => part.weight));
      return { bit: 1 << at, weight: word.weight, stems, upperBound: heaviest * (K1 + 1) };
    })
    .sort((a, b) => b.upperBound - a.upperBound);

  const pool = new Pool(count);
  const forbidsDeedsToAsker = conductRules(index, plan);
  let toCome = words.reduce((sum, word) => sum + word.upperBound, 0);
  let weightToCome = plan.totalWeight;
  const mayAnswer = mayAnswerOf(plan, scores);
  // Once a word is read only for the documents already scored, so are the rest: open falls
  // with the weight and the bound to come and never rises again.
  const pruned: typeof words = [];
  for (const word of words) {
    const bar = typeof keep === "number" ? lowestOfBest(scores, keep, mayAnswer) : keep.reach;
    const open = weightToCome >= COVERAGE_FLOOR * plan.totalWeight && toCome >= bar;
    if (!open) pruned.push(word);
    toCome -= word.upperBound;
    weightToCome -= word.weight;
    // A stem counts once per document, however many alternatives have it.
    const seen = new Set<string>();
    for (const { packed, weight } of word.stems) {
      if (seen.has(packed)) continue;
      seen.add(packed);
      const toAsker = (plan.deedsToAsker & word.bit) !== 0;
      forEachPosting(packed, (document, frequency) => {
        if (toAsker && forbidsDeedsToAsker.has(document)) return;
        if ((open || scores.values[document] !== 0 || isFiled(scores, document)) && inScope(document)) {
          pool.add(document, frequency, weight);
        }
      });
    }
    pool.drain(index, (document, value) => {
      touch(document);
      scores.textMask[document]! |= word.bit;
      scores.values[document]! += value;
    });
  }
  // What people type when a standard is what they need ranks it; it does not make it an answer
  // (textMask): everyday words ("online", "meeting", "home") would answer questions no code
  // answers ("how do I renew my drivers license online").
  scoreAsked(index, plan, total, (document, value) => {
    if (!inScope(document)) return;
    touch(document);
    scores.values[document]! += value;
  });
  if (pruned.length > 0) {
    scores.coversUnscored = () => {
      // A document never scored uses none of the words read for every document: only the
      // pruned words make up its share, each once however many of its stems it has.
      const covered = new Float64Array(count);
      const floor = COVERAGE_FLOOR * plan.totalWeight;
      for (const word of pruned) {
        const having = new Set<number>();
        for (const { packed } of word.stems) {
          forEachPosting(packed, (document) => {
            if (scores.values[document] === 0 && !isFiled(scores, document) && inScope(document)) having.add(document);
          });
        }
        for (const document of having) if ((covered[document]! += word.weight) >= floor) return true;
      }
      return false;
    };
  }
  return scores;
}

/**
 * The rules on the worker's conduct toward someone (the standards of the concepts marked
 * Concept.actor "worker"), when the query says such a deed done to the asker ("a client
 * threatened me", QueryPlan.deedsToAsker): their own word for it ("I will not threaten")
 * forbids the worker's, and does not answer what to do when someone else does it, as their
 * concepts' terms do not (query.ts). A rule that a matter the query names (unmarked) also
 * governs keeps its words: "my coworker keeps insulting me" asks about derogatory language.
 */
function conductRules(index: SearchIndex, plan: QueryPlan): ReadonlySet<number> {
  if (plan.deedsToAsker === 0) return NO_DOCUMENTS;
  const rules = new Set<number>();
  for (const concept of index.concepts) if (concept.workersConduct === true) for (const document of documentsOf(concept)) rules.add(document);
  for (const { concept } of plan.matches) if (concept.kind === "concept" && concept.workersConduct !== true) for (const document of documentsOf(concept)) rules.delete(document);
  return rules;
}
const NO_DOCUMENTS: ReadonlySet<number> = new Set();

/**
 * The query words one entry of a concept's own words (a term, a question) uses, the entry that
 * answers most of the query's weight: two words or more, or the whole query, else none. One
 * entry, because a concept's words are many: "best", "movies" and "year" are all among those of
 * friendship with the people served ("best friend", "go to the movies"), and "best movies this
 * year" is not about it. `entries` are the entries' terms (conceptEntryTerms).
 */
function entryAnswered(plan: QueryPlan, entries: readonly (readonly string[])[]): number {
  let best = 0;
  for (const entry of entries) {
    const stems = new Set(entry);
    let mask = 0;
    plan.words.forEach((word, at) => {
      for (const stemmed of word.standsFor) if (stems.has(stemmed)) mask |= 1 << at;
    });
    if (coveredWeight(plan, mask) > coveredWeight(plan, best)) best = mask;
  }
  return bitCount(best) >= Math.min(2, plan.words.length) ? best : 0;
}

/**
 * BM25 of the query's words over each concept's own words (SearchIndex.conceptPostings); and,
 * into `ownWords`, which query words each concept's own words use.
 */
function conceptSimilarity(index: SearchIndex, plan: QueryPlan, ownWords: Int32Array): Float64Array {
  const count = index.concepts.length;
  const similarity = new Float64Array(count);
  plan.words.forEach((word, at) => {
    const seen = new Set<string>();
    const frequencies = new Float64Array(count);
    let packedOfAny: string | undefined;
    for (const stemmed of word.standsFor) {
      const packed = tableGet(index.conceptPostings, stemmed);
      if (packed === undefined || seen.has(packed)) continue;
      seen.add(packed);
      packedOfAny ??= packed;
      forEachPosting(packed, (document, frequency) => {
        frequencies[document]! += frequency;
      });
    }
    if (packedOfAny === undefined) return;
    const frequency = frequencies.reduce((sum, value) => sum + (value > 0 ? 1 : 0), 0);
    // As in the texts, a word tells no more than the query word's weight (a word naming the
    // collection, "ethical", is rare among the concepts' own words too: collection-words.ts).
    const idf = Math.min(word.weight, inverseFrequency(count, frequency));
    const ofOthers = (plan.saidOfOthers & (1 << at)) !== 0;
    const toAsker = (plan.saidToAsker & (1 << at)) !== 0;
    for (let document = 0; document < count; document++) {
      const tf = frequencies[document]!;
      if (tf === 0 || (ofOthers && index.concepts[document]!.workersOwn === true) || (toAsker && index.concepts[document]!.workersConduct === true)) continue;
      ownWords[document]! |= 1 << at;
      const norm = 1 - SOFT_B + (SOFT_B * fixedWidthAt(index.conceptLengths, document, 2)) / 2 / index.conceptAverageLength;
      similarity[document]! += (idf * tf * (SOFT_K1 + 1)) / (tf + SOFT_K1 * norm);
    }
  });
  return similarity;
}

/**
 * The kinds of evidence a document may be filed under, strongest first: each query word counts
 * once, by the strongest that covers it.
 */
const EVIDENCE: readonly { mask: (scores: Scores) => Int32Array; factor: number }[] = [
  { mask: (scores: Scores) => scores.conceptMask, factor: 1 },
  { mask: (scores: Scores) => scores.conceptApartMask, factor: APART_FACTOR },
  { mask: (scores: Scores) => scores.topicMask, factor: TOPIC_FACTOR },
  { mask: (scores: Scores) => scores.topicApartMask, factor: TOPIC_FACTOR * APART_FACTOR },
  { mask: (scores: Scores) => scores.relatedMask, factor: RELATED_FACTOR },
  { mask: (scores: Scores) => scores.relatedApartMask, factor: RELATED_FACTOR * APART_FACTOR },
].sort((a, b) => b.factor - a.factor);

/** What the concepts and topics a document is filed under (or related to) say for it. */
function conceptEvidence(plan: QueryPlan, scores: Scores, document: number): number {
  let counted = 0;
  let sum = 0;
  for (const { mask, factor } of EVIDENCE) {
    const words = mask(scores)[document]! & ~counted;
    if (words === 0) continue;
    sum += factor * coveredWeight(plan, words);
    counted |= words;
  }
  return CONCEPT_WEIGHT * sum;
}

/** The share of the query's weight a document answers, by its concepts, topics or own words. */
export function coverage(plan: QueryPlan, scores: Scores, document: number): number {
  if (plan.totalWeight === 0) return 0;
  return coveredWeight(plan, answeredMask(scores, document)) / plan.totalWeight;
}

/** The query words a document answers, by its concepts, topics or own words. */
function answeredMask(scores: Scores, document: number): number {
  return (
    scores.textMask[document]! |
    scores.conceptMask[document]! |
    scores.topicMask[document]! |
    scores.relatedMask[document]! |
    scores.conceptApartMask[document]! |
    scores.topicApartMask[document]! |
    scores.relatedApartMask[document]! |
    scores.softMask[document]!
  );
}

/** Whether a document is about what the query names, or answers enough of it by its own words. */
function mayAnswerOf(plan: QueryPlan, scores: Scores): (document: number) => boolean {
  return (document) => isFiled(scores, document) || coverage(plan, scores, document) >= COVERAGE_FLOOR;
}

/**
 * Whether the query's evidence gives its hits any claim to answer it. A standard filed under a
 * matter the query names answers it, however little of the query its words say, since the index
 * says what the standard is about. But an everyday question may share a word with one matter's
 * terms ("whats the guest wifi password": records' "password"; "timesheet due date when theres a
 * holiday on monday": romance's "date") or a theme's ("gift wrap ideas for the office party"),
 * and then that word is all its hits rest on. So the query has answers only when:
 * - some standard answers COVERAGE_FLOOR of it (by its words, its concepts or its topics);
 * - or two or more of its words name matters (concepts, not themes): one may be incidental, two
 *   that both do are not;
 * - or it names a matter or a theme and is about someone besides the asker (someone.ts: "my
 *   client is undocumented and scared ICE will find out" is a situation between people);
 * - or a standard filed under a concept it names answers COVERAGE_FLOOR of it once the words of
 *   its matters' own entries (names, descriptions, terms, questions) count as answered: "what
 *   continuing ed do I need to keep up with" is asked in the words those entries use; "guest"
 *   and "wifi" are no words of records'.
 * Otherwise its hits are loosely related, all of them, and the reader is told no code answers.
 * On the off-topic tuning questions, 15 → 28 of 40 given no answer; no tuning file moved.
 */
function claimsAnswers(plan: QueryPlan, scores: Scores): boolean {
  let named = 0;
  let matched = 0;
  for (const { concept, covers, apart } of plan.matches) {
    if (concept.kind === "concept") named |= covers | apart;
    matched |= covers | apart;
  }
  if (bitCount(named) >= 2 || (matched !== 0 && plan.namesSomeone)) return true;
  const ownWords = new Map<number, number>();
  if (named !== 0) {
    for (const { concept, at } of plan.matches) {
      const words = scores.ownWords[at]!;
      for (const document of documentsOf(concept)) ownWords.set(document, (ownWords.get(document) ?? 0) | words);
    }
  }
  const scored = scores.documents.some((document) => {
    if (coverage(plan, scores, document) >= COVERAGE_FLOOR) return true;
    if (!isAboutConcept(scores, document)) return false;
    return coveredWeight(plan, answeredMask(scores, document) | (ownWords.get(document) ?? 0)) / plan.totalWeight >= COVERAGE_FLOOR;
  });
  return scored || (scores.coversUnscored?.() ?? false);
}

/** Whether a document is filed under (or related to) a concept, not only a topic, the query names. */
function isAboutConcept(scores: Scores, document: number): boolean {
  return (scores.conceptMask[document]! | scores.conceptApartMask[document]! | scores.relatedMask[document]! | scores.relatedApartMask[document]!) !== 0;
}

/** Whether a document is filed under (or related to) a concept or topic the query names. */
function isFiled(scores: Scores, document: number): boolean {
  return (
    scores.conceptMask[document] !== 0 ||
    scores.topicMask[document] !== 0 ||
    scores.relatedMask[document] !== 0 ||
    scores.conceptApartMask[document] !== 0 ||
    scores.topicApartMask[document] !== 0 ||
    scores.relatedApartMask[document] !== 0
  );
}

/**
 * The first `limit` answers, best first, and after them up to MAX_LOOSE loosely related
 * documents (while the limit allows): those that may not answer, or score far below the best.
 */
export function rankAnswers(
  plan: QueryPlan,
  scores: Scores,
  limit: number,
  asked: (document: number) => boolean = () => false,
): { answers: number[]; loose: number[] } {
  const { mayAnswer, threshold } = answerBar(plan, scores);
  const own = scores.own ?? scores.values;
  // The floor is applied before the limit: a document below it that outscores an answer (by
  // feedback, which `own` leaves out) must not take that answer's place among the first `limit`.
  const answers = answersFirst(scores, limit, (document) => mayAnswer(document) && own[document]! >= threshold, asked);
  const isAnswer = new Set(answers);
  const room = Math.min(MAX_LOOSE, limit - answers.length);
  const loose = room <= 0 ? [] : best(scores, room, (document) => !isAnswer.has(document) && (!mayAnswer(document) || own[document]! < threshold));
  return { answers, loose };
}

/**
 * The own score an answer must reach (RELATIVE_FLOOR of the first answer's), as rankAnswers
 * sets it on `answered`, the search as ranked: Infinity where nothing may answer.
 */
export function answerFloor(plan: QueryPlan, answered: Scores): number {
  return answerBar(plan, answered).threshold;
}

/**
 * How many standards answer, as rankAnswers with no limit would list them, in `all`: the scores
 * of every standard that may reach `floor` (score() with `{ reach: floor }`), feedback and
 * likeness not lent. The floor is the search's as ranked (answerFloor): its first answer is that
 * of the scores in full, and an answer's own score is what feedback and likeness leave as it
 * was. Counted, not ranked: ranking every answer again, with feedback over every standard, cost
 * a cold run at 100 codes ~10 ms.
 */
export function countAnswers(plan: QueryPlan, floor: number, all: Scores): number {
  const { mayAnswer } = answerBar(plan, all);
  let count = 0;
  for (const document of all.documents) if (mayAnswer(document) && all.values[document]! >= floor) count++;
  return count;
}

/**
 * Which documents may answer (an answer's claim, mayAnswerOf), and the own score an answer
 * reaches: RELATIVE_FLOOR of the best that may (by its score after feedback); Infinity where none may.
 */
function answerBar(plan: QueryPlan, scores: Scores): { mayAnswer: (document: number) => boolean; threshold: number } {
  const mayAnswer = claimsAnswers(plan, scores) ? mayAnswerOf(plan, scores) : () => false;
  const [first] = best(scores, 1, mayAnswer);
  return { mayAnswer, threshold: first === undefined ? Infinity : RELATIVE_FLOOR * (scores.own ?? scores.values)[first]! };
}

/**
 * The `limit` best answers, those of the codes a question names (`asked`: "does wisconsin
 * allow …") before the rest: the named codes' best answer, and their others that score at least
 * NAMED_FLOOR of it, so that a named code's rule on the matter goes first and its passing
 * mentions stay where they rank. Only answers move: a named code's loosely related standard
 * never goes before another code's answer.
 */
function answersFirst(scores: Scores, limit: number, isAnswer: (document: number) => boolean, asked: (document: number) => boolean): number[] {
  const [top] = best(scores, 1, (document) => asked(document) && isAnswer(document));
  if (top === undefined) return best(scores, limit, isAnswer);
  const bar = NAMED_FLOOR * scores.values[top]!;
  const named = best(scores, limit, (document) => asked(document) && isAnswer(document) && scores.values[document]! >= bar);
  const first = new Set(named);
  return [...named, ...best(scores, limit - named.length, (document) => !first.has(document) && isAnswer(document))];
}

/**
 * The `limit` best documents that pass `wanted`, best first; equal scores in library order, so
 * results never depend on map order.
 */
export function best(scores: Scores, limit: number, wanted: (document: number) => boolean = () => true): number[] {
  const { values } = scores;
  const outranks = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && a < b);
  return firstInOrder(scores.documents, limit, outranks, wanted);
}

/** The score a standard must beat to enter the first `limit` of those `wanted`: 0 until there are that many. */
function lowestOfBest(scores: Scores, limit: number, wanted: (document: number) => boolean): number {
  const ranked = best(scores, limit, wanted);
  return ranked.length < limit ? 0 : scores.values[ranked[limit - 1]!]!;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
