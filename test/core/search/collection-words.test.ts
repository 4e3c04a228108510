// The words that name the collection (most codes' titles share them) say who asks and what every
// code is, not what a question is about: they weigh as the commonest of them, unless a concept
// the query names uses them.
import { describe, expect, it } from "vitest";
import { collectionStems } from "../../../src/core/search/collection-words.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const codesTitled = (...titles: string[]) => ({ codes: titles.map((titleStems, at) => ({ id: `c${at}`, titleStems, sections: [] })) });

describe("collectionStems", () => {
  it.each([
    ["the five built-in codes", index, ["code", "ethic", "peer", "specialist", "support"]],
    ["three codes, two sharing a word", codesTitled("code ethic", "code conduct", "rule coach"), ["code"]],
    ["two codes: a word must be in both", codesTitled("code ethic", "code conduct"), ["code"]],
    ["one code: its title is the collection", codesTitled("toy code"), ["code", "toy"]],
    ["no title words", codesTitled("", ""), []],
  ])("%s", (_, codes, expected) => {
    expect([...collectionStems(codes)].sort()).toEqual(expected);
  });
});

describe("a query's words that name the collection", () => {
  const weightOf = (query: string, word: string) => planQuery(index, query).words.find((planned) => planned.word === word)!.weight;

  it.each([
    ["is it ok for a peer specialist to date a client", "specialist"],
    ["is it ethical to accept a gift", "ethical"],
    ["what does my code say about texting", "code"],
  ])("%j: %s weighs as the commonest of them (peer)", (query, word) => {
    expect(weightOf(query, word)).toBeCloseTo(weightOf(query.includes("peer") ? query : `${query} peer`, "peer"), 10);
  });

  it("keeps its weight where a concept the query names uses it: a different peer specialist is changing worker", () => {
    const plan = planQuery(index, "client wants a different peer specialist");
    expect(plan.matches.map((match) => match.concept.id)).toContain("changing-peer-specialist");
    // Rare in the standards' texts, it tells: many times what "peer" does.
    expect(weightOf("client wants a different peer specialist", "specialist")).toBeGreaterThan(5 * weightOf("client wants a different peer specialist", "peer"));
  });

  it.each([
    ["dating a client as a peer specialist", "dating a client"],
    ["is it ethical: dating a client", "dating a client"],
  ])("%j finds first what %j finds first (or one it scores within a hundredth of that)", (framed, bare) => {
    const first = search(index, library, framed, { limit: 10 }).hits[0]!.citation;
    const hits = search(index, library, bare, { limit: 10 }).hits;
    // The words naming the collection weigh a quarter of a word: they may settle a near tie.
    const best = hits.filter((hit) => hit.score >= 0.99 * hits[0]!.score).map((hit) => hit.citation);
    expect(best.length).toBeLessThanOrEqual(3);
    expect(best).toContain(first);
  });
});
