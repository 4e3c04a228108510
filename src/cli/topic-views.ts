// `topics`, `topic` and `concepts` over users' codes: the matrix, each report and each listing
// are made from the whole library, so they are cached by its content (cache/library-views.ts);
// when one must be made, the users' codes' concepts come from the search index (itself cached)
// rather than being inferred again. Without users' codes or a cache, each is made as it is.
import { STRENGTH_ORDER, type Topic } from "../model.js";
import type { CompactListing, ConceptSummaryListing } from "../core/concepts/listing.js";
import type { TopicReport, TopicsMatrix } from "../core/concepts/topics.js";
import { isNumber, isRecord, isString, listOf, objectOf } from "./cache/shapes.js";
import type { LoadedLibrary } from "./library.js";

type Topics = typeof import("../core/concepts/topics.js");

const isStrength = (value: unknown) => STRENGTH_ORDER.includes(value as never);
const isNullableStrength = (value: unknown) => value === null || isStrength(value);
const isStrings = listOf(isString);

const isMatrixShape = objectOf({
  topics: listOf(objectOf({ id: isString, name: isString, counts: (value) => isRecord(value) && Object.values(value).every(isNumber) })),
  inferred: isStrings,
});
const isTopicsMatrix = (value: unknown): value is TopicsMatrix => isMatrixShape(value);

const isItems = listOf(objectOf({ label: isString, text: isString }));
const isTopicStandard = objectOf(
  {
    code: isString,
    section: isString,
    sectionTitle: isString,
    number: isNumber,
    text: isString,
    items: isItems,
    notes: isStrings,
    editorial: isStrings,
    citation: isString,
    strength: isStrength,
    qualifiers: isStrings,
    concepts: isStrings,
  },
  { inferred: (value) => value === true },
);
const isReportShape = objectOf({
  id: isString,
  name: isString,
  description: isString,
  kind: (value) => value === "topic" || value === "concept",
  concepts: listOf(
    objectOf({
      id: isString,
      name: isString,
      description: isString,
      codes: listOf(objectOf({ code: isString, strength: isNullableStrength, citations: isStrings })),
      related: listOf(objectOf({ code: isString, citations: isStrings })),
    }),
  ),
  codes: listOf(objectOf({ code: isString, strength: isNullableStrength, standards: listOf(isTopicStandard) }, { inferred: (value) => value === true })),
});

const isPlaces = listOf(Number.isSafeInteger as (value: unknown) => boolean);
/** A topic's report: each standard it names is whole in it (text, items, notes), so that rendering reads no code. */
const isTopicReport = (value: unknown): value is TopicReport => isReportShape(value);

const isCompactShape = objectOf({
  cited: objectOf({ codes: isStrings, sections: isStrings, code: isPlaces, section: isPlaces, number: listOf(isNumber), citation: isStrings, inferred: listOf((value) => value === 0 || value === 1) }),
  topics: listOf(
    objectOf({
      id: isString,
      name: isString,
      concepts: listOf(objectOf({ id: isString, name: isString, topic: isString, description: isString, terms: isStrings, questions: isStrings, standards: isPlaces, related: isPlaces })),
    }),
  ),
});
/** A compact listing whose columns are as long as each other, and whose places are all in them. */
export function isCompactListing(value: unknown): value is CompactListing {
  if (!isCompactShape(value)) return false;
  const { cited, topics } = value as CompactListing;
  const count = cited.citation.length;
  if (![cited.code, cited.section, cited.number, cited.inferred].every((column) => column.length === count)) return false;
  const within = (length: number) => (at: number) => at >= 0 && at < length;
  const isCitation = within(count);
  return (
    cited.code.every(within(cited.codes.length)) &&
    cited.section.every(within(cited.sections.length)) &&
    topics.every((topic) => topic.concepts.every((concept) => concept.standards.every(isCitation) && concept.related.every(isCitation)))
  );
}

const isStandardsSummary = objectOf({ count: isNumber, codes: isStrings, guessed: isStrings });
const isSummaryShape = objectOf({
  topics: listOf(objectOf({ id: isString, name: isString, concepts: listOf(objectOf({ id: isString, name: isString, standards: isStandardsSummary, related: isStandardsSummary })) })),
});
const isConceptSummary = (value: unknown): value is ConceptSummaryListing => isSummaryShape(value);

/**
 * The users' codes' concepts, as the search index holds them, for the core to use instead of
 * inferring them. `topics` is the copy of core/concepts/topics.ts that will read them: each
 * lazily loaded bundle holds its own (study/scope.ts re-exports its copy's functions).
 */
export async function useIndexConcepts(loaded: LoadedLibrary, topics: Pick<Topics, "isInferred" | "useKnownConcepts">): Promise<void> {
  const { library } = loaded;
  const inferred = new Set(library.codes.filter((code) => topics.isInferred(library, code.id)).map((code) => code.id));
  if (inferred.size === 0) return;
  const { conceptsFromIndex } = await import("../core/concepts/index-concepts.js");
  topics.useKnownConcepts(library, conceptsFromIndex(await loaded.searchIndex(), inferred));
}

/**
 * The library view under `key`: `make`'s value, stored where there is a cache. Made with the
 * users' codes' concepts from the search index, given to `topics` (the bundle's copy that
 * `make` reads them through; see useIndexConcepts).
 */
async function indexedView<T>(loaded: LoadedLibrary, key: string, isValue: (value: unknown) => value is T, topics: Pick<Topics, "isInferred" | "useKnownConcepts">, make: () => T): Promise<T> {
  if (!loaded.views) return make();
  return loaded.views.remember(key, isValue, async () => {
    await useIndexConcepts(loaded, topics);
    return make();
  });
}

export async function topicsMatrixOf(loaded: LoadedLibrary): Promise<TopicsMatrix> {
  const topics = await import("../core/concepts/topics.js");
  return indexedView(loaded, "topics", isTopicsMatrix, topics, () => topics.topicsMatrix(loaded.library));
}

/** The report on a topic or concept (by id, as resolveTopicOrConcept found it), for `codeIds` or every code. */
export async function topicViewOf(loaded: LoadedLibrary, kind: "topic" | "concept", id: string, codeIds: readonly string[] | undefined): Promise<TopicReport> {
  const topics = await import("../core/concepts/topics.js");
  const { library } = loaded;
  const make = (): TopicReport =>
    kind === "topic"
      ? topics.topicReport(library, library.topics.find((topic) => topic.id === id)!, codeIds)
      : topics.conceptReport(library, library.concepts.find((concept) => concept.id === id)!, codeIds);
  return indexedView(loaded, JSON.stringify(["topic", kind, id, codeIds ?? null]), isTopicReport, topics, make);
}

/**
 * The concept index with every code's standards on each concept (`ethics concepts --json`), for
 * one topic or all. At a thousand users' codes it is ~90 MB of JSON, ~390,000 citations: it is
 * made, cached and given out compact, each standard cited once (core/concepts/listing.ts).
 */
export async function conceptListingOf(loaded: LoadedLibrary, topic: Topic | undefined): Promise<CompactListing> {
  const listing = await import("../core/concepts/listing.js");
  const make = () => listing.compactListing(listing.listConcepts(loaded.library, topic));
  return indexedView(loaded, JSON.stringify(["concept-listing", topic?.id ?? null]), isCompactListing, listing, make);
}

/** What `ethics concepts` shows of the listing: each concept's counts and codes. */
export async function conceptSummaryOf(loaded: LoadedLibrary, topic: Topic | undefined): Promise<ConceptSummaryListing> {
  const listing = await import("../core/concepts/listing.js");
  const make = () => listing.summarizeListing(listing.listConcepts(loaded.library, topic));
  return indexedView(loaded, JSON.stringify(["concept-summary", topic?.id ?? null]), isConceptSummary, listing, make);
}
