// The Anki export of a whole library on the export threads (export-parallel.ts): what a thread
// needs to write a code's cards without the library (its topics, the search index), sent to
// each worker once. It is taken only where every standard's topics are stored (a library view,
// study-export.ts); otherwise they come from the search index, and the export stays on the main
// thread.
import { cardsWithTopics, conceptOrderOfIds } from "../core/study/cards.js";
import type { ClozeVocabulary } from "../core/study/cloze.js";
import { unpackTopicLists } from "../core/study/material-pack.js";
import { allStandards, type Code } from "../model.js";
import { renderAnkiRows, type AnkiNoteType } from "../render/anki.js";
import { hasPlainText } from "../render/plain-text.js";

export interface AnkiJob {
  format: "anki";
  noteType: AnkiNoteType;
  /** The library's topics' ids, by their place in library.topics. */
  topicIds: string[];
  /** Each code's standards' topics, by the code's place in the export, packed as the library view keeps them (packTopicLists). */
  topicLists: string[];
  /** The library's word counts, for the word a cloze card hides; null for Basic cards. */
  vocabulary: ClozeVocabulary | null;
  /** Concept tags by standard key (cards.ts conceptTagsOf), of the codes a worker may be given. */
  concepts: [string, string[]][];
  /** The index's concept ids, in its order: what a user's code's own tags are read by (cards.ts). */
  conceptIds: string[];
}

/**
 * The rows of the `at`-th code's cards, as study-export.ts writes them on one thread ("" for a
 * code of no standards); null where its stored topics do not fit the code. Each code's topic
 * lists are unpacked from the job as it is rendered (the main thread checked them all before the
 * first byte was written), unless `here` has them unpacked; `here`, on the main thread: the
 * concept tags of every code, where a worker has those of the job.
 */
export function ankiRenderer(job: AnkiJob, here?: { placesAt?: (at: number) => number[][]; concepts: ReadonlyMap<string, string[]> }): (code: Code, at: number) => string | null {
  const placesAt = here?.placesAt;
  const concepts = here?.concepts ?? new Map(job.concepts);
  const topics = job.topicIds.map((id) => ({ id }));
  const order = conceptOrderOfIds(job.conceptIds);
  return (code, at) => {
    const standards = allStandards(code);
    let places: number[][];
    try {
      places = placesAt?.(at) ?? unpackTopicLists([job.topicLists[at]], [standards.length], topics.length)[0]!;
    } catch {
      return null;
    }
    if (places.length !== standards.length) return null;
    const cards = cardsWithTopics(
      code,
      standards,
      job.vocabulary,
      concepts,
      places.map((list) => list.map((place) => topics[place]!)),
      order,
    );
    return cards.length > 0 ? renderAnkiRows(cards, job.noteType, hasPlainText(code)) : "";
  };
}
