// Flash cards: one per standard, tagged with what it is filed under (its code and section, and
// the concepts and topics of the index), for spaced-repetition apps such as Anki.
import { allStandards, codeSize, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { codeOfKey, standardKeyOf } from "../codes/standard-text.js";
import { curatedTags } from "../concepts/curated-tags.js";
import { ownConceptTags } from "../concepts/read-tags.js";
import { remembered } from "../remembered.js";
import { clozeVocabulary, keyWord, type ClozeVocabulary } from "./cloze.js";
import { conceptsOfTopic, knownConceptsOf, positionsOnTopic, standardsOnTopic, topicsOfStandard } from "../concepts/topics.js";
import { codeOf, type StudyScope } from "./scope.js";

export interface Card {
  standard: Standard;
  /** The code's full title, for the back of the card. */
  codeTitle: string;
  /** The word a cloze card hides, as offsets into the text; null where the text has no telling word (or none was looked for). */
  blank: { start: number; end: number } | null;
  /** Where the standard is filed: code, code::section, concept::<id>, topic::<id>. */
  tags: string[];
}

/** A tag as Anki takes it: no spaces (a space separates tags). */
export function tag(text: string): string {
  return text.trim().replace(/\s+/g, "_");
}

/** The curated concepts of each standard (by its key), in the index's order: a card's concept tags. */
export function conceptTagsOf(library: Library): Map<string, string[]> {
  return curatedTags(library.concepts, (concept) => concept.id);
}

/** Each concept's place in the index, by its id: what a user's tags are known and ordered by. */
export type ConceptOrder = ReadonlyMap<string, number>;

const conceptOrders = new WeakMap<Library, ConceptOrder>();

export function conceptOrderOf(library: Library): ConceptOrder {
  let order = conceptOrders.get(library);
  if (!order) conceptOrders.set(library, (order = conceptOrderOfIds(library.concepts.map((concept) => concept.id))));
  return order;
}

export function conceptOrderOfIds(ids: readonly string[]): ConceptOrder {
  return new Map(ids.map((id, at) => [id, at]));
}

/** Each topic's concepts, for positionsOnTopic: worked out once a library, not once a code. */
const topicConcepts = new WeakMap<Library, Map<Topic, ReadonlySet<string>>>();

function conceptsOfTopics(library: Library): Map<Topic, ReadonlySet<string>> {
  let concepts = topicConcepts.get(library);
  if (!concepts) {
    concepts = new Map(library.topics.map((topic) => [topic, new Set(conceptsOfTopic(library, topic).map((concept) => concept.id))]));
    topicConcepts.set(library, concepts);
  }
  return concepts;
}

/** For each library, the topics of a list of concept ids (joined by spaces), as topicsByKnownConcepts finds them. */
const topicsOfConceptIds = new WeakMap<Library, Map<string, Topic[]>>();

/**
 * The topics of each standard of a user's code whose concepts are known, by position: what
 * positionsOnTopic gives a topic at a time, worked out once a list of concept ids (a code's
 * standards have a few dozen lists, and copies of a source the same ones) instead of once a
 * topic and standard. Null where positionsOnTopic would not answer for every topic (concepts
 * not known, or a topic of no concepts).
 */
function topicsByKnownConcepts(library: Library, code: Code): readonly Topic[][] | null {
  const known = knownConceptsOf(library, code);
  if (known === undefined || known.length !== codeSize(code).standards) return null;
  const topics = conceptsOfTopics(library);
  for (const ids of topics.values()) if (ids.size === 0) return null;
  let memo = topicsOfConceptIds.get(library);
  if (!memo) topicsOfConceptIds.set(library, (memo = new Map()));
  return known.map((conceptIds) => {
    const key = conceptIds.join(" ");
    let found = memo.get(key);
    if (!found) {
      found = [];
      for (const [topic, ids] of topics) if (conceptIds.some((id) => ids.has(id))) found.push(topic);
      memo.set(key, found);
    }
    return found;
  });
}

/**
 * The topics of each of `standards` (of `code`), as topicsOfStandard gives them: for a user's
 * code whose concepts are known (useKnownConcepts), from their positions (positionsOnTopic),
 * which read each standard's concepts once rather than once a topic. Where two standards of the
 * code share a number (a source's duplicate), topicsOfStandard's own way.
 */
export function topicsOfStandards(library: Library, code: Code, standards: readonly Standard[]): Topic[][] {
  const all = allStandards(code);
  if (new Set(all.map(standardKeyOf)).size !== all.length) return standards.map((standard) => topicsOfStandard(library, standard));
  const positionOf = new Map(all.map((standard, at) => [standard, at]));
  const byConcepts = topicsByKnownConcepts(library, code);
  if (byConcepts) return standards.map((standard) => [...byConcepts[positionOf.get(standard)!]!]);
  const found = all.map((): Topic[] => []);
  for (const [topic, ids] of conceptsOfTopics(library)) {
    const positions = positionsOnTopic(library, topic, code, ids) ?? standardsOnTopic(library, topic, code).map((standard) => positionOf.get(standard)!);
    for (const at of positions) found[at]!.push(topic);
  }
  return standards.map((standard) => found[positionOf.get(standard)!]!);
}

/**
 * The cards of some standards of one code. `vocabulary` (the whole library's, for key words):
 * null where no card hides a word (Anki's Basic note type), and then `blank` is null. `topics`:
 * topicsOfStandards of the standards, where they are known already.
 */
export function cardsOfCode(
  library: Library,
  code: Code,
  standards: readonly Standard[],
  vocabulary: ClozeVocabulary | null,
  concepts: ReadonlyMap<string, string[]>,
  topics: readonly (readonly Topic[])[] = topicsOfStandards(library, code, standards),
): Card[] {
  return cardsWithTopics(code, standards, vocabulary, concepts, topics, conceptOrderOf(library));
}

/**
 * cardsOfCode with each standard's topics given (only their ids are read): what a thread that
 * has no library (an export worker) makes of a code.
 */
export function cardsWithTopics(
  code: Code,
  standards: readonly Standard[],
  vocabulary: ClozeVocabulary | null,
  concepts: ReadonlyMap<string, string[]>,
  topics: readonly (readonly Pick<Topic, "id">[])[],
  /** The index's concepts (conceptOrderOf), which a user's code's own tags are read by. */
  order: ConceptOrder,
): Card[] {
  const codeTag = tag(code.id);
  // a code's standards share a few sections, and a library's cards a few dozen topics
  const sectionTags = new Map<string, string>();
  // Most codes have no curated concepts: then no standard's key is made to look them up.
  const curated = codesWithConcepts(concepts);
  const own = code.origin === "user";
  return standards.map((standard, at) => {
    let sectionTag = sectionTags.get(standard.section);
    if (sectionTag === undefined) sectionTags.set(standard.section, (sectionTag = tag(`${code.id}::${standard.section}`)));
    const tags = [codeTag, sectionTag];
    // A user's tagged standard is filed as its file says; one untagged, whose concepts are a guess, under none.
    if (own && standard.concepts !== undefined) for (const id of ownConceptTags(standard, order)) tags.push(keptTag("concept::", id));
    else if (curated.has(standard.code)) for (const id of concepts.get(standardKeyOf(standard)) ?? []) tags.push(keptTag("concept::", id));
    for (const topic of topics[at]!) tags.push(keptTag("topic::", topic.id));
    return { standard, codeTitle: code.title, blank: vocabulary ? keyWord(standard, vocabulary) : null, tags };
  });
}

/** The ids of the codes whose standards have concept tags (keys of conceptTagsOf), by the map. */
const codesWithConceptsOf = new WeakMap<ReadonlyMap<string, string[]>, ReadonlySet<string>>();

export function codesWithConcepts(concepts: ReadonlyMap<string, string[]>): ReadonlySet<string> {
  let ids = codesWithConceptsOf.get(concepts);
  if (!ids) {
    ids = new Set([...concepts.keys()].map(codeOfKey));
    codesWithConceptsOf.set(concepts, ids);
  }
  return ids;
}

/** Concept and topic tags by the id they tag: a library's cards share a few hundred (the ids are the same strings card after card). */
const keptTags = { "concept::": new Map<string, string>(), "topic::": new Map<string, string>() };
const TAGS_KEPT = 65_536;

function keptTag(kind: "concept::" | "topic::", id: string): string {
  return remembered(keptTags[kind], TAGS_KEPT, id, () => tag(kind + id));
}

export function cardsOf(library: Library, scope: StudyScope): Card[] {
  const vocabulary = clozeVocabulary(library.codes.flatMap(allStandards), { phrases: false });
  const concepts = conceptTagsOf(library);
  return scope.standards.flatMap((standard) => cardsOfCode(library, codeOf(library, standard), [standard], vocabulary, concepts));
}
