// `ethics concepts`: the concept index as a reader browses it — by topic, each concept with the
// codes that govern it — and as --json gives it whole.
import { allStandards, type Concept, type Library, type Topic } from "../../model.js";
import { conceptsOfStandard, relatedStandards } from "./topics.js";
import { isTaggedByItsFile, knownConceptOf } from "./known-tags.js";

// For the CLI, which loads this module lazily with its own copy of topics.ts: the concepts of
// users' codes, known from the search index, must be given to this copy.
export { isInferred, useKnownConcepts } from "./topics.js";

export interface ConceptEntry extends Omit<Concept, "standards" | "related"> {
  /** Citations of the standards on it, code by code, in library order. */
  standards: { code: string; section: string; number: number; citation: string; inferred?: true }[];
  /** General rules that bear on it without governing it ("see also", Concept.related), in library order. */
  related: { code: string; section: string; number: number; citation: string }[];
}

export interface ConceptListing {
  topics: { id: string; name: string; concepts: ConceptEntry[] }[];
}

/** Some standards as the listing's text names them: how many, and their codes, each once, in order. */
export interface StandardsSummary {
  count: number;
  codes: string[];
  /** Those of `codes` whose standards are here by a guess from their wording (a user's code, untagged): the text marks them, as --json marks each standard. */
  guessed: string[];
}

/**
 * The listing as its text shows it. A thousand users' codes put hundreds of thousands of
 * standards under the concepts (the whole listing as JSON is ~90 MB): the text, and the value
 * cached for it, hold only their counts and codes.
 */
export interface ConceptSummaryListing {
  topics: { id: string; name: string; concepts: { id: string; name: string; standards: StandardsSummary; related: StandardsSummary }[] }[];
}

const summaryOf = (standards: readonly { code: string; inferred?: true }[]): StandardsSummary => ({
  count: standards.length,
  codes: [...new Set(standards.map((standard) => standard.code))],
  guessed: [...new Set(standards.flatMap((standard) => (standard.inferred ? [standard.code] : [])))],
});

export function summarizeListing(listing: ConceptListing): ConceptSummaryListing {
  return {
    topics: listing.topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      concepts: topic.concepts.map((concept) => ({ id: concept.id, name: concept.name, standards: summaryOf(concept.standards), related: summaryOf(concept.related) })),
    })),
  };
}

/** Every concept, or a topic's, with the standards of every loaded code on it. */
export function listConcepts(library: Library, topic?: Topic): ConceptListing {
  const onConcept = new Map<string, ConceptEntry["standards"]>();
  for (const code of library.codes) {
    const inferred = !library.concepts.some((concept) => concept.standards.some((key) => key.code === code.id));
    for (const standard of allStandards(code)) {
      for (const id of conceptsOfStandard(library, code, standard)) {
        // A user's file that tags a standard with concepts has read it (as topics.ts marks it).
        const guessed = inferred && !isTaggedByItsFile(standard, knownConceptOf(library));
        const entry = { code: code.id, section: standard.section, number: standard.number, citation: standard.citation, ...(guessed ? { inferred: true as const } : {}) };
        let list = onConcept.get(id);
        if (!list) onConcept.set(id, (list = []));
        list.push(entry);
      }
    }
  }
  const relatedOf = (concept: Concept): ConceptEntry["related"] =>
    relatedStandards(concept, library.codes).map(({ code, section, number, citation }) => ({ code, section, number, citation }));
  const entry = (concept: Concept): ConceptEntry => ({
    id: concept.id,
    name: concept.name,
    topic: concept.topic,
    description: concept.description,
    terms: concept.terms,
    questions: concept.questions,
    standards: onConcept.get(concept.id) ?? [],
    related: relatedOf(concept),
  });
  const topics = topic ? [topic] : library.topics;
  return {
    topics: topics.map((each) => ({ id: each.id, name: each.name, concepts: library.concepts.filter((concept) => concept.topic === each.id).map(entry) })),
  };
}

/**
 * A listing's citations, each once, column by column: the n-th is of the code
 * `codes[code[n]]`, section `sections[section[n]]`, and has `inferred: true` where
 * `inferred[n]` is 1. Read back (JSON.parse), columns of numbers and strings make no array or
 * object per citation.
 */
export interface CitationColumns {
  codes: string[];
  sections: string[];
  code: number[];
  section: number[];
  number: number[];
  citation: string[];
  inferred: (0 | 1)[];
}

export type CompactConcept = Omit<ConceptEntry, "standards" | "related"> & { standards: number[]; related: number[] };

/**
 * The listing with each citation it holds written once, its concepts naming them by their
 * place in `cited`. A thousand users' codes put ~390,000 citations of ~108,000 standards under
 * the concepts (a standard is often on several): this is what is cached and printed from.
 */
export interface CompactListing {
  cited: CitationColumns;
  topics: { id: string; name: string; concepts: CompactConcept[] }[];
}

type CitedEntry = ConceptEntry["standards"][number];

export function compactListing(listing: ConceptListing): CompactListing {
  const cited: CitationColumns = { codes: [], sections: [], code: [], section: [], number: [], citation: [], inferred: [] };
  const placeIn = (list: string[], places: Map<string, number>, value: string): number => {
    let at = places.get(value);
    if (at === undefined) places.set(value, (at = list.push(value) - 1));
    return at;
  };
  const codePlaces = new Map<string, number>();
  const sectionPlaces = new Map<string, number>();
  const citationPlaces = new Map<string, number>();
  const place = (entry: CitedEntry): number => {
    const inferred = entry.inferred === true ? 1 : 0;
    const key = `${entry.code}\0${entry.section}\0${entry.number}\0${entry.citation}\0${inferred}`;
    let at = citationPlaces.get(key);
    if (at === undefined) {
      citationPlaces.set(key, (at = cited.citation.length));
      cited.code.push(placeIn(cited.codes, codePlaces, entry.code));
      cited.section.push(placeIn(cited.sections, sectionPlaces, entry.section));
      cited.number.push(entry.number);
      cited.citation.push(entry.citation);
      cited.inferred.push(inferred);
    }
    return at;
  };
  return {
    cited,
    topics: listing.topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      concepts: topic.concepts.map(({ standards, related, ...concept }) => ({ ...concept, standards: standards.map(place), related: related.map(place) })),
    })),
  };
}
