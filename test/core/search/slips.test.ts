// A slip that lands on another word's stem ("huging" is stemmed as huge), and the real words that
// must never be taken for one: the vocabulary's, spoken English's and their regular inflections.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { inflectionsOf, withInflections } from "../../../src/core/search/inflections.js";
import { planQuery, stemRewrites } from "../../../src/core/search/query.js";
import type { Library } from "../../../src/model.js";
import { toyCode } from "./toy-code.js";

describe("regular inflections", () => {
  it.each([
    ["dose", ["doses", "dosed", "dosing"]],
    ["hug", ["hugs", "hugged", "hugging"]],
    ["stop", ["stops", "stopped", "stopping"]],
    ["visit", ["visits", "visited", "visiting"]], // two syllables: left single
    ["state", ["states", "stated", "stating"]],
    ["try", ["tries", "tried", "trying"]],
    ["play", ["plays", "played", "playing"]],
    ["tie", ["ties", "tied", "tying"]],
    ["agree", ["agrees", "agreed", "agreeing"]],
    ["fix", ["fixes", "fixed", "fixing"]],
    ["reach", ["reaches", "reached", "reaching"]],
    ["huge", ["huges", "huged", "huging"]],
  ])("inflectionsOf(%s) = %j", (word, forms) => {
    expect(inflectionsOf(word)).toEqual(forms);
  });

  it.each([
    [["dose", "doses"], "dosing", true], // dose inflects: all its forms are words
    [["state", "stated"], "states", true],
    [["huge", "hug", "hugs"], "huging", false], // huge does not inflect; hug doubles its g
    [["huge"], "huges", false],
    [["dose"], "dosing", false], // nothing shows that dose inflects
  ])("withInflections(%j) has %s: %s", (english, word, expected) => {
    expect(withInflections(english).has(word)).toBe(expected);
  });
});

describe("a stem the stemmer rewrote", () => {
  it.each([
    ["huging", "huge", true], // an e added
    ["hoping", "hope", true],
    ["carring", "car", true], // a doubled letter undone
    ["getting", "get", true],
    ["happy", "happi", true], // a y turned
    ["gifts", "gift", false], // the stem typed in full
    ["calling", "call", false],
    ["peer", "peer", false],
  ])("stemRewrites(%s, %s) = %s", (word, stemmed, expected) => {
    expect(stemRewrites(word, stemmed)).toBe(expected);
  });
});

describe("a slip onto another word's stem", () => {
  const library: Library = {
    codes: [toyCode(["Ask before hugging anyone you support.", "Do not make huge promises.", "Never give advice on the dose of a medicine.", "Avoid losing track of records."])],
    topics: [],
    concepts: [],
  };
  const standsFor = (index: ReturnType<typeof buildSearchIndex>, query: string) => [...planQuery(index, query).words[0]!.standsFor].sort();

  it("is corrected to a word of another stem when English does not spell it", () => {
    const index = buildSearchIndex(library, { englishWords: ["huge", "hugs", "hugging"] });
    expect(standsFor(index, "huging")).toEqual(["hug", "huge"]);
  });

  it.each([
    // spoken English spells it, or an inflection of its word
    [["huging"], "huging", ["huge"]],
    [["dose", "doses"], "dosing", ["dose"]],
    // nor is a word of the codes corrected, though it is near another
    [[], "hugging", ["hug"]],
  ])("is left alone when a real word (English %j): %s stands for %j", (english, query, expected) => {
    expect(standsFor(buildSearchIndex(library, { englishWords: english }), query)).toEqual(expected);
  });

  it("takes a word English lacks whose inflections it has for no slip only through them", () => {
    expect(standsFor(buildSearchIndex(library, { englishWords: [] }), "dosing")).toEqual(["dose", "lose"]);
  });
});
