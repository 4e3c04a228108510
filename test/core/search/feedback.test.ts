// Pseudo-relevance feedback on a toy code: what the first answers share reorders the candidates
// after them, never the set of candidates, and the first answer only among those the query's own
// evidence ties.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { search } from "../../../src/core/search/search.js";
import type { Concept, Library } from "../../../src/model.js";
import { toyCode } from "./toy-code.js";

function toyLibrary(texts: readonly string[], tagged: number[]): Library {
  const code = toyCode(texts);
  const concept: Concept = {
    id: "gifts",
    name: "gifts",
    topic: "rules",
    description: "Rules about gifts.",
    terms: ["gift"],
    questions: ["may I accept a gift?"],
    standards: tagged.map((number) => ({ code: "toy", section: "rules", number })),
  };
  return { codes: [code], topics: [], concepts: [concept] };
}

const order = (library: Library, query: string) => search(buildSearchIndex(library), library, query).hits.map((hit) => hit.number);

describe("pseudo-relevance feedback", () => {
  const texts = [
    "Specialists refuse a gift, cash or loans from those they serve.",
    "Specialists never give a gift, cash or loans to those they serve.",
    "Specialists keep the office tidy and the kettle filled.",
    "Specialists keep cash and loans apart from the work.",
    "Specialists write reports on time.",
  ];
  it.each([
    // 3 and 4 carry the concept alike and neither uses "gift": the words the first answers share
    // (cash, loans) put 4 first; 5 is no candidate and stays out.
    { query: "gift", tagged: [1, 2, 3, 4], expected: [1, 2, 4, 3] },
    // Without a shared word among the answers, library order decides the tie as before.
    { query: "gift", tagged: [1, 3], expected: [1, 3, 2] },
  ])("$query over $tagged → $expected", ({ query, tagged, expected }) => {
    expect(order(toyLibrary(texts, tagged), query)).toEqual(expected);
  });

  it.each([
    // None uses "gift": the query's own evidence ties all three, and what the answers share
    // (cash, loans) chooses the first among them rather than library order.
    { texts: ["Specialists keep the office tidy and the kettle filled.", "Specialists keep cash and loans apart from the work.", "Specialists refuse cash or loans from those they serve."], expected: [2, 3, 1] },
    // Where the query's own evidence chose (3 uses "gift"), feedback leaves the first alone.
    { texts: ["Specialists keep the office tidy and the kettle filled.", "Specialists keep cash and loans apart from the work.", "Specialists refuse a gift, cash or loans from those they serve."], expected: [3, 2, 1] },
  ])("a tie on the query's own evidence: $expected", ({ texts: tied, expected }) => {
    expect(order(toyLibrary(tied, [1, 2, 3]), "gift")).toEqual(expected);
  });
});
