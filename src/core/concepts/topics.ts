// The topics crosswalk on the concept index: for each theme, and for each concept under it, what
// each code says, how strongly, and where it is silent. A topic's standards are its concepts'
// (data/concepts/). A code a user added has its concepts inferred from their entry terms (and a
// topic also from its synonyms); everything said about it is marked inferred.
import { allStandards, codeSize, wholeStandard, type Code, type Concept, type Library, type Standard, type StandardKey, type Strength, type Topic } from "../../model.js";
import { lookalikeMatch, slugify, startsName } from "../codes/resolve.js";
import { EthicsError, isEthicsError, NameOffered, UsageError } from "../errors.js";
import { nearest, oneSlipApart } from "../suggest.js";
import { speltRight } from "../spelt-right.js";
import { terms, words } from "../text.js";
import { standardKeyOf } from "../codes/standard-text.js";
import type { ConceptsByPosition } from "./index-concepts.js";
import { conceptsOfCode } from "./standard-concepts.js";
import { classifyStandard, strongest, whereItSpeaksOf, type ClosestSentences, type StrengthReading } from "./strength.js";
import { compileTerms, matchTerm, ownEntries, textSequence, type TermPhrase, type TokenSequence } from "./terms.js";
import { remembered } from "../remembered.js";
import { isTaggedByItsFile, knownConceptOf } from "./known-tags.js";
import { topicListHint } from "../codes/lookalike-refusal.js";
import { hasSlip, mendedReadings, withDroppedG } from "./name-slips.js";

/**
 * One standard on a topic: the standard whole, as `show --json` gives one (text, items, notes,
 * editor's notes, citation: a reader of the JSON sees what a reader of the text does), then how
 * strongly it binds on the topic and what narrows it.
 */
export interface TopicStandard extends Omit<Standard, "concepts"> {
  strength: Strength;
  qualifiers: string[];
  /** The topic's concepts the standard is about (ids). */
  concepts: string[];
  /** Found by entry terms, not curated: only for codes a user added. */
  inferred?: true;
}

export interface TopicCode {
  code: string;
  /** The strongest obligation among the standards on the topic; null where the code is silent. */
  strength: Strength | null;
  standards: TopicStandard[];
  /** The code's concepts come from entry terms (a code a user added), so silence is a guess too. */
  inferred?: true;
}

/** One concept of the topic across the codes: a row per code. */
export interface ConceptRow {
  id: string;
  name: string;
  description: string;
  /**
   * Each code's strongest reading on the concept, its standards on it, and how each of them binds
   * there (in the order of `citations`): a standard that only allows the matter, beside one that
   * binds on it, is told apart (the row had Riverbend "prohibits" Gifts 1, which allows small gifts).
   */
  codes: { code: string; strength: Strength | null; citations: string[]; readings: StrengthReading[] }[];
  /**
   * The general rules that bear on the concept without governing it ("see also",
   * Concept.related), for each code of the report that has some, in the code's order.
   */
  related: { code: string; citations: string[] }[];
}

/** `ethics topic <topic or concept> --json` */
export interface TopicReport {
  id: string;
  name: string;
  description: string;
  /** A topic, or a single concept asked for by name. */
  kind: "topic" | "concept";
  /** The concepts under the topic (the one concept, for a concept), each across the codes. */
  concepts: ConceptRow[];
  codes: TopicCode[];
}

export interface TopicCounts {
  id: string;
  name: string;
  /** Standards per code id, for every loaded code; 0 where the code is silent. */
  counts: Record<string, number>;
}

/** `ethics topics --json` */
export interface TopicsMatrix {
  topics: TopicCounts[];
  /** Ids of the codes whose counts are inferred from entry terms. */
  inferred: string[];
}

const curatedCodes = new WeakMap<Library, Set<string>>();

/**
 * A code with no standard in the curated index (one a user added) has its concepts inferred.
 * (isCurated's test, made once a library: the matrix asks it of every code for every topic.)
 */
export function isInferred(library: Library, codeId: string): boolean {
  let curated = curatedCodes.get(library);
  if (curated === undefined) {
    curated = new Set([...library.concepts.flatMap((concept) => concept.standards), ...library.topics.flatMap((topic) => topic.standards)].map((key) => key.code));
    curatedCodes.set(library, curated);
  }
  return !curated.has(codeId);
}

const conceptsByCode = new WeakMap<Library, Map<string, Map<string, { ids: readonly string[] }>>>();
const knownConcepts = new WeakMap<Library, ReadonlyMap<string, ConceptsByPosition>>();

/**
 * The concepts of some of the library's codes, known already (from a search index,
 * index-concepts.ts): used instead of inferring them, and counted without reading the codes.
 */
export function useKnownConcepts(library: Library, known: ReadonlyMap<string, ConceptsByPosition>): void {
  knownConcepts.set(library, known);
}

/** A user's code's concepts by position, where they are known (useKnownConcepts): what positionsOnTopic reads. */
export function knownConceptsOf(library: Library, code: Code): ConceptsByPosition | undefined {
  return isInferred(library, code.id) ? knownConcepts.get(library)?.get(code.id) : undefined;
}

function conceptsOfCodeOnce(library: Library, code: Code): Map<string, { ids: readonly string[] }> {
  const known = knownConcepts.get(library)?.get(code.id);
  if (known !== undefined) {
    const standards = allStandards(code);
    if (standards.length === known.length) return new Map(standards.map((standard, at) => [standardKeyOf(standard), { ids: known[at]! }]));
  }
  return conceptsOfCode(library, code);
}

/** The concept ids of one standard (curated, or inferred for a user's code). */
export function conceptsOfStandard(library: Library, code: Code, standard: StandardKey): string[] {
  let byCode = conceptsByCode.get(library);
  if (byCode === undefined) conceptsByCode.set(library, (byCode = new Map()));
  let ofCode = byCode.get(code.id);
  if (ofCode === undefined) byCode.set(code.id, (ofCode = conceptsOfCodeOnce(library, code)));
  return [...(ofCode.get(standardKeyOf(standard))?.ids ?? [])];
}

const phrasesOf = new WeakMap<object, TermPhrase[]>();

function topicPhrases(topic: Topic): TermPhrase[] {
  let phrases = phrasesOf.get(topic);
  if (phrases === undefined) phrasesOf.set(topic, (phrases = compileTerms(topic.synonyms)));
  return phrases;
}

function conceptPhrases(concept: Concept): TermPhrase[] {
  let phrases = phrasesOf.get(concept);
  if (phrases === undefined) phrasesOf.set(concept, (phrases = compileTerms([concept.name, ...concept.terms])));
  return phrases;
}

/**
 * Texts as phrases are matched in them, by text: a sentence is read once per concept it may be
 * about, and a user's code of thousands of standards is read for dozens of concepts each.
 */
const sequences = new Map<string, TokenSequence>();
const SEQUENCES_KEPT = 16_384;

/** Whether a text uses one of the phrases. */
function uses(phrases: readonly TermPhrase[]): (text: string) => boolean {
  return (text) => {
    const sequence = remembered(sequences, SEQUENCES_KEPT, text, () => textSequence(text));
    return phrases.some((phrase) => matchTerm(phrase, sequence) !== null);
  };
}

/** Whether a text uses a concept's name or one of its entry terms: names the matter in its own words. */
export function namesConcept(text: string, concept: Concept): boolean {
  return uses(conceptPhrases(concept))(text);
}

export function conceptsOfTopic(library: Library, topic: Topic): Concept[] {
  return library.concepts.filter((concept) => concept.topic === topic.id);
}

/** The standards of one code on one topic, in the code's order. */
export function standardsOnTopic(library: Library, topic: Topic, code: Code): Standard[] {
  if (isInferred(library, code.id)) {
    const ids = new Set(conceptsOfTopic(library, topic).map((concept) => concept.id));
    // A topic with no concepts (a library of topics only) falls back to its synonyms.
    if (ids.size === 0) {
      const bySynonym = uses(topicPhrases(topic));
      return allStandards(code).filter((standard) => bySynonym([standard.text, ...standard.items.map((item) => item.text)].join(" ")));
    }
    return allStandards(code).filter((standard) => conceptsOfStandard(library, code, standard).some((id) => ids.has(id)));
  }
  const curated = new Set(topic.standards.filter((key) => key.code === code.id).map(standardKeyOf));
  return curated.size === 0 ? [] : allStandards(code).filter((standard) => curated.has(standardKeyOf(standard)));
}

/**
 * Where in the code (allStandards order) its standards on a topic are, as standardsOnTopic finds
 * them, without reading the code: for a user's code whose concepts are known already
 * (useKnownConcepts) and whose size is. Null when that is not so: then read the code. `ids`:
 * the topic's concepts', when the caller has them at hand for many codes.
 */
export function positionsOnTopic(
  library: Library,
  topic: Topic,
  code: Code,
  ids: ReadonlySet<string> = new Set(conceptsOfTopic(library, topic).map((concept) => concept.id)),
): number[] | null {
  if (!isInferred(library, code.id)) return null;
  const known = knownConcepts.get(library)?.get(code.id);
  if (known === undefined || ids.size === 0 || known.length !== codeSize(code).standards) return null;
  const positions: number[] = [];
  known.forEach((conceptIds, at) => {
    if (conceptIds.some((id) => ids.has(id))) positions.push(at);
  });
  return positions;
}

/** The standards of one code on one concept, in the code's order. */
export function standardsOnConcept(library: Library, concept: Concept, code: Code): Standard[] {
  return allStandards(code).filter((standard) => conceptsOfStandard(library, code, standard).includes(concept.id));
}

/**
 * How strongly a standard binds on some concepts: only its sentences that use their terms count
 * (Wisconsin 14 prohibits abuse but requires trauma-informed care); when none do, those closest
 * to `concept`'s own words (closestTo) where one concept is read, else all of them. Its notes
 * narrow it (classifyStandard).
 */
export function strengthOn(standard: Standard, phrases: readonly TermPhrase[], concept?: Concept): StrengthReading {
  return classifyStandard(standard, uses(phrases), concept && closestTo(concept));
}

/**
 * How strongly a standard binds on one concept: strengthOn, focused on the concept's name and
 * entry terms. A standard that speaks of the concept nowhere, while the exception to its rule
 * speaks of another matter of the same topic (`siblings`), bears on the concept through that
 * exception: North Carolina 14, "will not violate a peer's confidentiality except when required
 * by law", names no abuse, yet it is on reporting abuse as a disclosure the law requires, and
 * read as its rule it "prohibits" reporting abuse. It is read as it is on that sibling matter.
 */
export function strengthOnConcept(concept: Concept, standard: Standard, siblings: readonly Concept[] = []): StrengthReading {
  const phrases = conceptPhrases(concept);
  if (siblings.length > 0 && whereItSpeaksOf(standard, uses(phrases)) === "nowhere") {
    const through = siblings.find((sibling) => sibling.topic === concept.topic && sibling !== concept && whereItSpeaksOf(standard, uses(conceptPhrases(sibling))) === "exceptions");
    if (through !== undefined) return strengthOn(standard, conceptPhrases(through), through);
  }
  return strengthOn(standard, phrases, concept);
}

const ownWordsOf = new WeakMap<Concept, ReadonlySet<string>>();

/**
 * The sentences sharing the most meaningful words with a concept's own words (name,
 * description, entry terms, questions), for a standard none of whose sentences uses its terms:
 * Alaska Relationship with Clients 6 is about choosing treatment in "I will respect my peers'
 * individual human rights to self-determination when making their own informed decisions"
 * (requires), not in "I will not impose my personal values on peers" (prohibits), which the
 * strongest of its sentences had given. On the 97 such readings of the built-in codes, read one
 * by one (seventeenth session): 83 right, a definition brought to its rule, against 74 for the
 * strongest sentence.
 */
function closestTo(concept: Concept): ClosestSentences {
  let own = ownWordsOf.get(concept);
  if (own === undefined) ownWordsOf.set(concept, (own = new Set(terms(ownEntries(concept.name, concept.description, concept.terms, concept.questions).join(" ")))));
  const words = own;
  return (sentences) => {
    const shared = sentences.map((sentence) => new Set(terms(sentence).filter((stemmed) => words.has(stemmed))).size);
    const most = Math.max(...shared);
    if (most === 0) return undefined;
    const closest = new Set(sentences.filter((_, at) => shared[at] === most));
    return (sentence) => closest.has(sentence);
  };
}

/**
 * Whether what is said of a code's concepts is, in part, a guess: a user's code (isInferred) with
 * standards its own file leaves untagged. A user's file that tags every standard is read by its
 * tags, and where none of them is on a matter the code does not address it.
 */
export function hasInferredConcepts(library: Library, code: Code): boolean {
  const known = knownConceptOf(library);
  return isInferred(library, code.id) && allStandards(code).some((standard) => !isTaggedByItsFile(standard, known));
}

/**
 * Whether what a standard is about is the tool's guess: a standard of a user's code (isInferred)
 * that its file leaves untagged, its concepts inferred from its wording. What `topic` marks
 * "inferred", and the handout too.
 */
export function isGuessedStandard(library: Library, code: Code, standard: Standard): boolean {
  return isInferred(library, code.id) && !isTaggedByItsFile(standard, knownConceptOf(library));
}

function codeById(library: Library, codeId: string): Code {
  const code = library.codes.find((candidate) => candidate.id === codeId);
  if (!code) throw new EthicsError(`no code '${codeId}' is loaded`, `loaded: ${library.codes.map((c) => c.id).join(", ")}`);
  return code;
}

function topicCode(library: Library, topic: Topic, concepts: readonly Concept[], code: Code, standards: readonly Standard[]): TopicCode {
  const inferred = isInferred(library, code.id);
  const ids = new Set(concepts.map((concept) => concept.id));
  const phrases = [...topicPhrases(topic), ...concepts.flatMap(conceptPhrases)];
  const entries: TopicStandard[] = standards.map((standard) => ({
    ...wholeStandard(standard),
    // A concept's report reads each standard on that one concept, as its row does.
    ...(concepts.length === 1 && topic.synonyms.length === 0 ? strengthOnConcept(concepts[0]!, standard, library.concepts) : strengthOn(standard, phrases)),
    concepts: conceptsOfStandard(library, code, standard).filter((id) => ids.has(id)),
    // A user's file that tags a standard with concepts has read it; the rest is inferred.
    ...(isGuessedStandard(library, code, standard) ? { inferred: true as const } : {}),
  }));
  const entry: TopicCode = { code: code.id, strength: strongest(entries.map((standard) => standard.strength)), standards: entries };
  return inferred && hasInferredConcepts(library, code) ? { ...entry, inferred: true } : entry;
}

function conceptRow(library: Library, concept: Concept, codes: readonly Code[]): ConceptRow {
  return {
    id: concept.id,
    name: concept.name,
    description: concept.description,
    codes: codes.map((code) => {
      const standards = standardsOnConcept(library, concept, code);
      const readings = standards.map((standard) => strengthOnConcept(concept, standard, library.concepts));
      return { code: code.id, strength: strongest(readings.map((reading) => reading.strength)), citations: standards.map((standard) => standard.citation), readings };
    }),
    related: relatedRows(concept, codes),
  };
}

/**
 * A concept's related general rules ("see also", Concept.related) among the standards of `codes`:
 * code by code in `codes`' order, each code's in its own order. Only built-in codes have any.
 */
export function relatedStandards(concept: Concept, codes: readonly Code[]): Standard[] {
  const keys = new Set((concept.related ?? []).map(standardKeyOf));
  if (keys.size === 0) return [];
  const relatedCodes = new Set(concept.related!.map((key) => key.code));
  return codes.filter((code) => relatedCodes.has(code.id)).flatMap((code) => allStandards(code).filter((standard) => keys.has(standardKeyOf(standard))));
}

/**
 * The general rules of `code` that bear on the report's concepts without governing them ("see
 * also", Concept.related), each once, in the code's order: where the code has no standard on
 * the theme, they are what it says on it, and "not addressed" led readers to call it silent.
 */
export function relatedRulesOf(report: TopicReport, code: Code): Standard[] {
  const cited = new Set(report.concepts.flatMap((concept) => concept.related.filter((row) => row.code === code.id).flatMap((row) => row.citations)));
  if (cited.size === 0) return [];
  return allStandards(code).filter((standard) => cited.has(standard.citation));
}

/** A concept's related rules in `codes`, grouped by code. */
function relatedRows(concept: Concept, codes: readonly Code[]): ConceptRow["related"] {
  const related = relatedStandards(concept, codes);
  return codes.flatMap((code) => {
    const citations = related.filter((standard) => standard.code === code.id).map((standard) => standard.citation);
    return citations.length > 0 ? [{ code: code.id, citations }] : [];
  });
}

/** What each code says on one topic; `codeIds` (already resolved) narrows and orders the codes. */
export function topicReport(library: Library, topic: Topic, codeIds?: readonly string[]): TopicReport {
  const codes = codeIds ? [...new Set(codeIds)].map((id) => codeById(library, id)) : library.codes;
  const concepts = conceptsOfTopic(library, topic);
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    kind: "topic",
    concepts: concepts.map((concept) => conceptRow(library, concept, codes)),
    codes: codes.map((code) => topicCode(library, topic, concepts, code, standardsOnTopic(library, topic, code))),
  };
}

/** What each code says on one concept, laid out as a topic of one concept. */
export function conceptReport(library: Library, concept: Concept, codeIds?: readonly string[]): TopicReport {
  const codes = codeIds ? [...new Set(codeIds)].map((id) => codeById(library, id)) : library.codes;
  const topic = library.topics.find((candidate) => candidate.id === concept.topic)!;
  return {
    id: concept.id,
    name: concept.name,
    description: concept.description,
    kind: "concept",
    concepts: [conceptRow(library, concept, codes)],
    codes: codes.map((code) => topicCode(library, { ...topic, synonyms: [] }, [concept], code, standardsOnConcept(library, concept, code))),
  };
}

/** How many standards of a code are on a topic: from the code's known concepts where it has them, without reading it. */
function countOnTopic(library: Library, topic: Topic, conceptIds: ReadonlySet<string>, code: Code): number {
  return (positionsOnTopic(library, topic, code, conceptIds) ?? standardsOnTopic(library, topic, code)).length;
}

/** Topics × codes: how many standards each code has on each topic. */
export function topicsMatrix(library: Library): TopicsMatrix {
  return {
    topics: library.topics.map((topic) => {
      const conceptIds = new Set(conceptsOfTopic(library, topic).map((concept) => concept.id));
      return {
        id: topic.id,
        name: topic.name,
        counts: Object.fromEntries(library.codes.map((code) => [code.id, countOnTopic(library, topic, conceptIds, code)])),
      };
    }),
    inferred: library.codes.filter((code) => hasInferredConcepts(library, code)).map((code) => code.id),
  };
}

/** The topics one code addresses, in topic order (diff's coverage). */
export function topicsAddressedBy(library: Library, codeId: string): Topic[] {
  const code = codeById(library, codeId);
  return library.topics.filter((topic) => standardsOnTopic(library, topic, code).length > 0);
}

const topicsByStandard = new WeakMap<Library, Map<string, Map<string, Topic[]>>>();

/**
 * The topics one standard is on, in topic order. Worked out for the whole code at the first of
 * its standards asked about (each topic's standards once): asked standard by standard, as the
 * study cards do, each topic's filter over the code would run once per standard.
 */
export function topicsOfStandard(library: Library, key: StandardKey): Topic[] {
  let byCode = topicsByStandard.get(library);
  if (!byCode) topicsByStandard.set(library, (byCode = new Map()));
  let ofCode = byCode.get(key.code);
  if (!ofCode) {
    const code = codeById(library, key.code);
    const found = new Map<string, Topic[]>(allStandards(code).map((standard) => [standardKeyOf(standard), []]));
    for (const topic of library.topics) {
      for (const standard of standardsOnTopic(library, topic, code)) {
        // Each topic once, though a source may repeat a number (a duplicated item).
        const topics = found.get(standardKeyOf(standard));
        if (topics && topics[topics.length - 1] !== topic) topics.push(topic);
      }
    }
    byCode.set(key.code, (ofCode = found));
  }
  return [...(ofCode.get(standardKeyOf(key)) ?? [])];
}


// ── lenient lookup: id, name, synonym or unique prefix, any case, singular or plural ──

/** Stems of the meaningful words: "Gifts", "gift" and "gifts" share one key. */
function stemKey(text: string): string {
  return terms(text).join(" ");
}

function ambiguous(input: string, names: readonly string[], what: string): EthicsError {
  return new EthicsError(`'${input}' could be several ${what.replace(/\w+/g, (noun) => (noun === "or" ? noun : `${noun}s`))}: ${names.join(", ")}`, "type more of the name");
}

/** A topic, or a concept (by its id or name), as `ethics topic` takes it. */
export type TopicOrConcept = { kind: "topic"; topic: Topic } | { kind: "concept"; concept: Concept };

/**
 * Whether `input` is the whole of a name of what resolveTopicOrConcept found: its id or name, a
 * topic's synonym or a concept's entry term, in any form of its words; not merely the start of
 * one, which resolveTopicOrConcept takes too ("client" of "client records and contact details").
 */
export function namesWhole(found: TopicOrConcept, input: string): boolean {
  const wanted = slugify(input);
  const key = stemKey(input);
  return namesOf(found).some((name) => slugify(name) === wanted || (key !== "" && stemKey(name) === key));
}

/** The names of what was found: its id and name, a topic's synonyms or a concept's entry terms. */
function namesOf(found: TopicOrConcept): string[] {
  return found.kind === "topic" ? [found.topic.id, found.topic.name, ...found.topic.synonyms] : [found.concept.id, found.concept.name, ...found.concept.terms];
}

/** A word's slug and stem key, from which a run of words' are made (lengthsNamingTopicWhole). */
export interface WordKeys {
  slug: string;
  stems: string;
}

export const wordKeys = (word: string): WordKeys => ({ slug: slugify(word), stems: stemKey(word) });

/** The slugs and stem keys of a list of topics' names, whole, and each start of them at a word's end. */
interface TopicNameKeys {
  slugs: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  slugStarts: ReadonlySet<string>;
  stemStarts: ReadonlySet<string>;
}

const topicNameKeys = new WeakMap<readonly Topic[], TopicNameKeys>();

function topicNameKeysOf(topics: readonly Topic[]): TopicNameKeys {
  let keys = topicNameKeys.get(topics);
  if (keys === undefined) {
    const names = topics.flatMap((topic) => [topic.id, topic.name, ...topic.synonyms]);
    const starts = (key: string, by: string) => key.split(by).map((_, at, parts) => parts.slice(0, at + 1).join(by));
    const slugs = names.map(slugify);
    const stems = names.map(stemKey);
    keys = { slugs: new Set(slugs), stems: new Set(stems), slugStarts: new Set(slugs.flatMap((slug) => starts(slug, "-"))), stemStarts: new Set(stems.flatMap((key) => starts(key, " "))) };
    topicNameKeys.set(topics, keys);
  }
  return keys;
}

/**
 * The lengths of the runs from `words`' first (each word's keys made once: wordKeys) that may be
 * the whole of one of `topics`' names as topicNamesWhole reads one; none where no run is. What
 * slugify and stemKey make of words apart at spaces is what they make of each word, joined; so
 * many arguments, each tried as where a theme begins, are read in one step a word, not each run
 * looked up as a theme typed alone is (~1.4 ms: its slips read, near names sought), and a run
 * stops at the first word that no name goes on with.
 */
export function lengthsNamingTopicWhole(topics: readonly Topic[], words: readonly WordKeys[]): number[] {
  const names = topicNameKeysOf(topics);
  const lengths: number[] = [];
  let slug = "";
  let stems = "";
  for (const [at, word] of words.entries()) {
    if (word.slug !== "") slug = slug === "" ? word.slug : `${slug}-${word.slug}`;
    if (word.stems !== "") stems = stems === "" ? word.stems : `${stems} ${word.stems}`;
    if (names.slugs.has(slug) || (stems !== "" && names.stems.has(stems))) lengths.push(at + 1);
    const goesOn = slug === "" || names.slugStarts.has(slug) || stems === "" || names.stemStarts.has(stems);
    if (!goesOn) break;
  }
  return lengths;
}

/** namesWhole, of a topic (the options that take a topic only). */
export function topicNamesWhole(topic: Topic, input: string): boolean {
  return namesWhole({ kind: "topic", topic }, input);
}

/**
 * The concepts one of whose entry terms `input` is: word for word, or in other forms of its words
 * where the term has no small word ("hugs" is physical contact's "hug"; "made" is not "made me").
 */
function conceptsWithTerm(concepts: readonly Concept[], input: string): Concept[] {
  const wanted = slugify(input);
  const key = stemKey(input);
  if (wanted === "") return [];
  // A term is the input only where it starts as the input does: its slug with the slug's first
  // letter, its stems with the key's (stemming keeps a word's first letters). Most of some
  // 10,000 terms are passed over on their first letter, not slugged and stemmed each time.
  const firsts = new Set([wanted[0], key[0]]);
  // A term of small words alone ("I'll be there") has no stems, and is found word for word: it
  // was found by none, and offered as the term near what was typed, which again was not found,
  // until the stack ran out ("internal error").
  const isTerm = (term: string) => {
    const first = firstLetter(term);
    if (first !== undefined && !firsts.has(first)) return false;
    return slugify(term) === wanted || (key !== "" && stemKey(term) === key && words(term).length === terms(term).length);
  };
  return concepts.filter((concept) => concept.terms.some(isTerm));
}

/**
 * The letter (or digit) a term's slug and words start with, lower case, where the text before it
 * is ASCII: undefined where it is not, and which letter slugging makes of it is not told here.
 */
function firstLetter(term: string): string | undefined {
  for (let at = 0; at < term.length; at++) {
    const code = term.charCodeAt(at);
    if (code > 0x7f) return undefined;
    // "&" is slugged as "and".
    if (code === 0x26) return "a";
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return term[at];
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  }
  return undefined;
}

/** The id of what resolveTopicOrConcept found. */
const idOf = (found: TopicOrConcept): string => (found.kind === "topic" ? found.topic.id : found.concept.id);

/** Whether `input` is a name of what was found as written, not another form of it or its start. */
function namesAsTyped(found: TopicOrConcept, input: string): boolean {
  const wanted = slugify(input);
  return namesOf(found).some((name) => slugify(name) === wanted);
}

/** What was found, or undefined where nothing or several things are. */
function quietly(find: () => TopicOrConcept | undefined): TopicOrConcept | undefined {
  try {
    return find();
  } catch (error) {
    if (error instanceof EthicsError) return undefined;
    throw error;
  }
}

/**
 * `conceptsForHint`, where only a topic is taken (--topic, `ethics concepts`): the concept index,
 * read only when nothing matched, so that a concept's name or entry term ("hug") suggests the
 * topic it is filed under rather than a name a few letters away ("drugs").
 */
export function resolveTopicOrConcept(library: Library, input: string, conceptsForHint?: () => readonly Concept[]): TopicOrConcept {
  const wanted = slugify(input);
  const what = library.concepts.length > 0 ? "topic or concept" : "topic";
  const hint = topicListHint(library.concepts.length > 0);
  // An empty name is a usage error, as an empty code or section name is (resolve.ts); so is one
  // of punctuation alone, which names nothing.
  if (input.trim() === "") throw new UsageError("no topic given", hint);
  if (wanted === "") throw new UsageError(`no ${what} '${input}': a name has letters or digits`, hint);
  if (words(input).length === 0) throw new EthicsError(`no ${what} '${input}'`, hint);
  // "datin" with its g is dating, where it names something so; as typed, it starts "Dating a
  // family member of someone you support" too ("hirin" names that one thing only so).
  const withG = withDroppedG(library, input);
  const foundWithG = withG === input ? undefined : quietly(() => foundAsTyped(library, withG, input));
  const read = foundWithG === undefined ? input : withG;
  const found = foundWithG ?? foundAsTyped(library, input);
  if (found !== undefined) {
    // Read as another form of a name's words, a slip may name another matter than the one its
    // mended words name whole: "lones" (loans), by its stem, was "lonely". A word the names use,
    // or English, is no slip here; nor is the start of a name's word, which is typed in part.
    if (!namesAsTyped(found, read) && namesWhole(found, read) && hasSlip(library, read)) {
      const mended = slipMended(library, read, false);
      if (mended !== undefined && idOf(mended.found) !== idOf(found)) throw new NameOffered(`no ${what} '${input}' — did you mean ${mended.name}?`, hint);
    }
    return found;
  }
  const key = stemKey(input);
  const matchesName = (name: string) => slugify(name) === wanted || (key !== "" && stemKey(name) === key);
  if (conceptsForHint) {
    const concepts = conceptsForHint();
    const named = concepts.filter((each) => matchesName(each.id) || matchesName(each.name));
    const byTerm = named.length > 0 ? named : conceptsWithTerm(concepts, input);
    // "huging": a concept's entry term with a slip ("hugging") is filed where the term's concept is.
    const mended = byTerm.length > 0 ? undefined : slipMended({ codes: [], topics: [], concepts: [...concepts] }, input, true)?.found;
    const filed = mended?.kind === "concept" ? [mended.concept] : byTerm;
    const topicIds = [...new Set(filed.map((each) => each.topic))];
    if (topicIds.length > 0) {
      const where = filed.length === 1 ? `where the concept ${filed[0]!.id} is filed` : `where the concepts ${filed.map((each) => each.id).join(", ")} are filed`;
      throw new NameOffered(`no ${what} '${input}' — did you mean ${topicIds.join(" or ")} (${where})?`, hint);
    }
  }
  const names = [
    ...library.topics.flatMap((each) => [each.id, slugify(each.name), ...each.synonyms.map(slugify)].map((name) => ({ name, id: each.id }))),
    ...library.concepts.map((each) => ({ name: each.id, id: each.id })),
  ];
  // Lookalike letters ("ѕupervision"), read as Latin, may give a name exactly: what that name
  // answers to, and what tells the letters apart, as a code's name gets.
  const lookedLike = lookalikeMatch(input, (asName) => (names.some((entry) => entry.name === asName) ? lookedUp(library, asName) : undefined));
  // Words with slips that, mended, name a matter whole ("duel relationships", "gift crads"):
  // offered as mended, before a name merely near the words whole.
  const mended = lookedLike === undefined ? slipMended(library, read, true)?.name : undefined;
  // A word spelt right ("love", "phone") was meant as typed: a name a few letters from it ("loan",
  // "home") is another matter, not a slip, as search suggests nothing for such a word either.
  const spelt = speltRight(input);
  const closest = spelt || mended !== undefined ? undefined : nearest(wanted, names.map((entry) => entry.name));
  // Near no name, a slip may be near an entry term ("hugg" for hug), which names its concept
  // as the name does: offered as typed right, where it names one thing. One slip only: among
  // thousands of terms, two letters off is another word as often as a slip ("payed", "prayer").
  // Each term's slug, and the term as written: offered as written ("I'm into him", not "i m into him").
  const entryTerms = spelt || mended !== undefined || closest !== undefined ? new Map<string, string>() : termsBySlug(library);
  // A word of three letters or fewer is one slip from too many others ("x", "dx").
  const nearTerm = wanted.length < 4 ? undefined : [...entryTerms.keys()].find((term) => Math.abs(term.length - wanted.length) <= 1 && oneSlipApart(term, wanted));
  const termSuggestion = nearTerm !== undefined && lookedUp(library, nearTerm) !== undefined ? entryTerms.get(nearTerm) : undefined;
  const suggestion = lookedLike?.match ?? mended ?? names.find((entry) => entry.name === closest)?.id ?? termSuggestion;
  const apart = lookedLike?.apart ?? "";
  const message = `no ${what} '${input}'`;
  throw suggestion === undefined ? new EthicsError(message, hint) : new NameOffered(`${message} — did you mean ${suggestion}?${apart}`, hint);
}

/**
 * The topic or concept `input` names as resolveTopicOrConcept reads it, or undefined where it
 * names none: for the callers that only ask, and say nothing of its refusal.
 */
export function topicOrConceptNamed(library: Library, input: string): TopicOrConcept | undefined {
  try {
    return resolveTopicOrConcept(library, input);
  } catch (error) {
    if (isEthicsError(error)) return undefined;
    throw error;
  }
}

/** The concepts' entry terms by slug, each as first written. */
function termsBySlug(library: Library): Map<string, string> {
  const bySlug = new Map<string, string>();
  for (const concept of library.concepts) {
    for (const term of concept.terms) {
      const slug = slugify(term);
      if (!bySlug.has(slug)) bySlug.set(slug, term);
    }
  }
  return bySlug;
}

/**
 * What `input` names as typed: by id, name, a topic's synonym, a start of a name or a concept's
 * entry term, each in any form of its words; undefined where nothing. Several things named at
 * one step are an error naming them, and what was typed (`shown`).
 */
function foundAsTyped(library: Library, input: string, shown = input): TopicOrConcept | undefined {
  const wanted = slugify(input);
  const what = library.concepts.length > 0 ? "topic or concept" : "topic";
  const key = stemKey(input);
  const matchesName = (name: string) => slugify(name) === wanted || (key !== "" && stemKey(name) === key);
  const topic = (found: Topic): TopicOrConcept => ({ kind: "topic", topic: found });
  const concept = (found: Concept): TopicOrConcept => ({ kind: "concept", concept: found });
  const choose = (found: TopicOrConcept[]): TopicOrConcept | undefined => {
    if (found.length === 1) return found[0];
    if (found.length > 1) throw ambiguous(shown, found.map(idOf), what);
    return undefined;
  };

  // An id names one thing; a name may be another's id (a topic named "Accepting gifts" beside
  // the concept accepting-gifts): the id wins, as a code's id wins over another code's short name.
  const byId = choose([...library.topics.filter((each) => each.id === wanted).map(topic), ...library.concepts.filter((each) => each.id === wanted).map(concept)]);
  if (byId) return byId;
  const exact = choose([
    ...library.topics.filter((each) => matchesName(each.id) || matchesName(each.name)).map(topic),
    ...library.concepts.filter((each) => matchesName(each.id) || matchesName(each.name)).map(concept),
  ]);
  if (exact) return exact;
  // "Gifts (gifts)", "Accepting gifts (accepting-gifts)": a heading of `ethics concepts` or
  // `ethics topic` pasted back, its name and then its id, as `show` takes printed citations back.
  const printed = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(input.trim());
  if (printed) {
    const [, name, id] = printed as unknown as [string, string, string];
    const named = (each: Topic | Concept) => each.id === slugify(id) && slugify(each.name) === slugify(name);
    const heading = choose([...library.topics.filter(named).map(topic), ...library.concepts.filter(named).map(concept)]);
    if (heading) return heading;
  }
  const bySynonym = choose(library.topics.filter((each) => each.synonyms.some(matchesName)).map(topic));
  if (bySynonym) return bySynonym;
  // "limits", "sexual", "social-media": the start of the id or name, or of one of their later words
  const startsWith = (name: string) => startsName(slugify(name), wanted);
  const byPrefix = choose(library.topics.filter((each) => startsWith(each.id) || startsWith(each.name)).map(topic));
  if (byPrefix) return byPrefix;
  const conceptByPrefix = choose(library.concepts.filter((each) => startsWith(each.id) || startsWith(each.name)).map(concept));
  if (conceptByPrefix) return conceptByPrefix;
  // An entry term is a concept's other name, as an index's "see" reference is.
  return choose(conceptsWithTerm(library.concepts, input).map(concept));
}

/**
 * The first of `input`'s mended readings (name-slips.ts) that names one matter whole, as typed
 * to `ethics topic` it would: the reading, offered as the user's words mended, and what it
 * names. `englishToo`: an English word may be a homophone's slip ("duel"), where the words as
 * typed named nothing.
 */
export function slipMended(library: Library, input: string, englishToo: boolean): { name: string; found: TopicOrConcept } | undefined {
  for (const name of mendedReadings(library, input, englishToo)) {
    const found = quietly(() => foundAsTyped(library, name));
    if (found !== undefined && namesWhole(found, name)) return { name, found };
  }
  return undefined;
}

/** The id a name (one of the names listed) answers to; none where it is several things' name. */
function lookedUp(library: Library, name: string): string | undefined {
  try {
    const found = resolveTopicOrConcept(library, name);
    return found.kind === "topic" ? found.topic.id : found.concept.id;
  } catch (error) {
    if (error instanceof EthicsError) return undefined;
    throw error;
  }
}

/**
 * The library of topics alone that resolveTopic reads in, one per list of topics: what a library's
 * names are mended by (name-slips.ts) is made once a library, and a library made at each call
 * made it again (~7 ms) for every run of words tried as a theme (`random` and 1,000 words: 24 s).
 */
const topicsAlone = new WeakMap<readonly Topic[], Library>();

/** A topic only (for options such as --topic that take a theme). */
export function resolveTopic(topics: readonly Topic[], input: string, concepts?: () => readonly Concept[]): Topic {
  let library = topicsAlone.get(topics);
  if (library === undefined) topicsAlone.set(topics, (library = { codes: [], topics: [...topics], concepts: [] }));
  const found = resolveTopicOrConcept(library, input, concepts);
  return (found as { kind: "topic"; topic: Topic }).topic;
}
