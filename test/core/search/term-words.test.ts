// termWordsIn reads a packed term's meaningful words without decoding it, so that a query skips
// the terms it cannot match (query.ts, matchConcepts): its answer must be the one the decoded
// phrase gives, for every term and whatever words the query has.
import { describe, expect, it } from "vitest";
import { compileTerms, contentStemsOf } from "../../../src/core/concepts/terms.js";
import { buildTermIndex, termAt, termWordsIn, type TermIndex } from "../../../src/core/search/term-index.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const decoded = (index: TermIndex, number: number, has: (stemmed: string) => boolean) => contentStemsOf(termAt(index, number).phrase).every(has);
const termCount = (index: TermIndex) => index.phrases.split("|").length;

describe("termWordsIn", () => {
  const index = buildTermIndex([
    [
      { words: ["gift"], stop: [false] },
      { words: ["accept", "gift"], stop: [false, false] },
      { words: ["under", "the", "influenc"], stop: [true, true, false] },
      { words: ["sleep", "with"], stop: [false, true] },
    ],
    [
      { words: ["money", "lend", "to", "peer"], stop: [false, false, true, false] },
      { words: ["a"], stop: [true] },
    ],
  ]);
  const known = [[], ["gift"], ["accept"], ["accept", "gift"], ["influenc"], ["the", "influenc"], ["sleep"], ["money", "lend"], ["money", "lend", "peer"], ["to"], ["a"]];

  it.each(known.map((words) => [words.join(" ") || "(none)", new Set(words)] as const))("answers as the decoded term does, knowing %s", (_name, words) => {
    const has = (stemmed: string) => words.has(stemmed);
    for (let number = 0; number < termCount(index); number++) expect(termWordsIn(index, number, has), `term ${number}`).toBe(decoded(index, number, has));
  });

  it("asks only about meaningful words, never about a small word", () => {
    const asked: string[] = [];
    termWordsIn(index, 1, (stemmed) => (asked.push(stemmed), true));
    termWordsIn(index, 4, (stemmed) => (asked.push(stemmed), true));
    expect(asked).toEqual(["accept", "gift", "money", "lend", "peer"]);
  });
});

describe("termWordsIn on the built-in concepts' terms", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));

  it("answers as every decoded term does, for words of many terms", () => {
    const terms = index.terms;
    const count = termCount(terms);
    // Each term's own words, and its words with one missing, asked of it and of a few others.
    for (let number = 0; number < count; number++) {
      const own = new Set(contentStemsOf(termAt(terms, number).phrase));
      const lacking = new Set([...own].slice(1));
      for (const words of [own, lacking]) {
        const has = (stemmed: string) => words.has(stemmed);
        for (let other = number % 3; other < count; other += 701) expect(termWordsIn(terms, other, has)).toBe(decoded(terms, other, has));
        expect(termWordsIn(terms, number, has)).toBe(decoded(terms, number, has));
      }
    }
  });
});

describe("termAt", () => {
  it("reads back every built-in term as compiled: its words, small words and compounds", () => {
    const library = readBuiltinLibrary(new URL("../../..", import.meta.url).pathname);
    const compiled = [...library.concepts.map((concept) => compileTerms([concept.name, ...concept.terms])), ...library.topics.map((topic) => compileTerms([topic.name, ...topic.synonyms]))];
    const index = buildTermIndex(compiled);
    const flat = compiled.flat();
    expect(flat.some((phrase) => phrase.compound !== undefined)).toBe(true);
    flat.forEach((phrase, number) => expect(termAt(index, number).phrase).toEqual(phrase));
  });
});
