// A word read in the sense of a term of small words around it ("end it all", "hitting on me")
// counts twice its weight, up to the rarest word's; the same word elsewhere keeps its own weight.
import { describe, expect, it } from "vitest";
import { planQuery } from "../../../src/core/search/query.js";
import { documentCount } from "../../../src/core/search/inverted-index.js";
import { inverseFrequency } from "../../../src/core/search/idf.js";
import { search } from "../../../src/core/search/search.js";
import { conceptsOfStandard } from "../../../src/core/concepts/topics.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const rarest = Math.min(inverseFrequency(documentCount(index), 0), inverseFrequency(index.concepts.length, 1));
const weightOf = (query: string, word: string) => planQuery(index, query).words.find((planned) => planned.word === word)!.weight;

describe("a word read in a phrase's sense", () => {
  it.each([
    ["she said she wants to end it all", "end"],
    ["got a DM at 2am saying she wants to end it all", "end"],
    ["my client keeps hitting on me", "hitting"],
  ])("%j: %s weighs as the rarest word (twice its own weight is more)", (query, word) => {
    expect(weightOf(query, word)).toBeCloseTo(rarest, 10);
  });

  it("a word that tells little by itself still tells little: twice the weight of peer, no more", () => {
    const query = "why a peer specialist can't give medication advice";
    expect(planQuery(index, query).matches.length).toBeGreaterThan(0);
    expect(weightOf(query, "peer")).toBeLessThan(1);
  });

  it.each([
    // The word outside the phrase: its own weight, below the rarest.
    ["when should services end", "end"],
    ["a client hit me during group", "hit"],
    // The phrase's words too far apart to be the phrase.
    ["the end of the group was hard for it and for all of us", "end"],
  ])("%j: %s keeps its own weight", (query, word) => {
    expect(weightOf(query, word)).toBeLessThan(rarest - 1);
  });

  it("a story's other word no longer carries the answers: sleeping with someone is about sex, not another resource", () => {
    const concepts = search(index, library, "sleeping with another peer specialist at my agency", { limit: 10 }).hits.map((hit) => {
      const code = library.codes.find((candidate) => candidate.id === hit.code)!;
      const standard = code.sections.find((section) => section.id === hit.section)!.standards.find((candidate) => candidate.number === hit.number)!;
      return conceptsOfStandard(library, code, standard);
    });
    // Before, "another" (additional resources) and "peer specialist" led, and none of the ten was on sex.
    expect(concepts.filter((ids) => ids.includes("romance-or-sex-with-people-served")).length).toBeGreaterThanOrEqual(6);
  });
});
