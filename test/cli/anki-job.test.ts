// The Anki export on the export threads (src/cli/anki-job.ts): a worker has no library, only the
// job (the topics' ids, each code's stored topic lists, the word counts, concept tags), and must
// write each code's rows as the main thread writes them from the library, byte for byte.
import { describe, expect, it } from "vitest";
import { ankiRenderer, type AnkiJob } from "../../src/cli/anki-job.js";
import { cardsOfCode, cardsWithTopics, conceptOrderOfIds, conceptTagsOf, topicsOfStandards } from "../../src/core/study/cards.js";
import { clozeVocabulary } from "../../src/core/study/cloze.js";
import { packTopicLists } from "../../src/core/study/material-pack.js";
import { allStandards, type Library } from "../../src/model.js";
import { renderAnkiRows, type AnkiNoteType } from "../../src/render/anki.js";
import { conceptLibrary, plainLibrary, withKnownCopy } from "../core/study/library.js";

const { library: withCopy } = withKnownCopy();

function jobOf(library: Library, noteType: AnkiNoteType): { job: AnkiJob; lists: number[][][] } {
  const lists = library.codes.map((code) => topicsOfStandards(library, code, allStandards(code)).map((topics) => topics.map((topic) => library.topics.indexOf(topic))));
  const vocabulary = noteType === "Cloze" ? clozeVocabulary(library.codes.flatMap(allStandards), { phrases: false }) : null;
  const job: AnkiJob = { format: "anki", noteType, topicIds: library.topics.map((topic) => topic.id), topicLists: packTopicLists(lists), vocabulary, concepts: [...conceptTagsOf(library)], conceptIds: library.concepts.map((concept) => concept.id) };
  return { job, lists };
}

const CASES: [string, Library, AnkiNoteType][] = [
  ["the built-in codes, Basic", plainLibrary, "Basic"],
  ["the built-in codes with concepts, Cloze", conceptLibrary, "Cloze"],
  ["a user's code whose concepts are known, Basic", withCopy, "Basic"],
  ["a user's code whose concepts are known, Cloze", withCopy, "Cloze"],
];

describe("the Anki export by job", () => {
  it.each(CASES)("%s: a worker's rows and the main thread's are the library's", (_what, library, noteType) => {
    const { job, lists } = jobOf(library, noteType);
    const concepts = conceptTagsOf(library);
    const inWorker = ankiRenderer(job);
    const onMain = ankiRenderer(job, { placesAt: (at) => lists[at]!, concepts });
    library.codes.forEach((code, at) => {
      const expected = renderAnkiRows(cardsOfCode(library, code, allStandards(code), job.vocabulary, concepts), noteType);
      expect(inWorker(code, at)).toBe(expected);
      expect(onMain(code, at)).toBe(expected);
    });
  });

  it.each([
    ["topic lists of another code (fewer standards)", 1],
    ["a list past the last code", 99],
  ])("%s: null, left to the main thread", (_what, shift) => {
    const { job } = jobOf(plainLibrary, "Basic");
    const alaska = plainLibrary.codes.findIndex((code) => code.id === "alaska");
    const other = plainLibrary.codes.findIndex((code) => code.id !== "alaska" && allStandards(code).length !== allStandards(plainLibrary.codes[alaska]!).length);
    const render = ankiRenderer({ ...job, topicLists: shift === 1 ? job.topicLists.map((_, at) => job.topicLists[at === alaska ? other : at]!) : [] });
    expect(render(plainLibrary.codes[alaska]!, alaska)).toBeNull();
  });
});

describe("cardsWithTopics", () => {
  it.each(CASES)("%s: cardsOfCode's cards, given the same topics as ids only", (_what, library, noteType) => {
    const { job } = jobOf(library, noteType);
    const concepts = conceptTagsOf(library);
    for (const code of library.codes) {
      const standards = allStandards(code);
      const topics = topicsOfStandards(library, code, standards);
      expect(cardsWithTopics(code, standards, job.vocabulary, concepts, topics.map((list) => list.map((topic) => ({ id: topic.id }))), conceptOrderOfIds(job.conceptIds))).toEqual(
        cardsOfCode(library, code, standards, job.vocabulary, concepts, topics),
      );
    }
  });
});
