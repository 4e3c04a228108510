// How entry terms match a text (data/concepts/README.md, "How search matches a term").
import { describe, expect, it } from "vitest";
import { compileTerm, compileTerms, matchTerm, textSequence } from "../../../src/core/concepts/terms.js";

const matches = (term: string, text: string) => matchTerm(compileTerm(term), textSequence(text)) !== null;

describe("matchTerm", () => {
  it.each([
    ["gift", "can I accept gifts", true], // word endings joined by the stemmer
    ["gift", "a gifted speaker", true],
    ["accept a gift", "accepting this small gift", true], // small words of a long term ignored, words a little apart
    ["accept a gift", "a gift I would not accept", true], // in any order
    ["accept a gift", "accept the offer of a meeting about a gift", false], // too far apart
    ["gift card", "a $50 gift card", true],
    ["under the influence", "working under the influence of alcohol", true], // small words that carry the meaning, word for word
    ["under the influence", "undue influence", false],
    ["under the influence", "the influence of my supervisor", false],
    ["sleep with", "I want to sleep with her", true],
    ["sleep with", "I can't sleep", false],
    ["self-harm", "talking about self harm", true], // hyphens split words
    ["Suboxone", "is SUBOXONE ok", true],
  ])("%j in %j: %s", (term, text, expected) => {
    expect(matches(term, text)).toBe(expected);
  });

  it("returns the positions of the term's meaningful words", () => {
    expect(matchTerm(compileTerm("accept a gift"), textSequence("can I accept a gift"))).toEqual([2, 4]);
  });
});

describe("compileTerms", () => {
  it("keeps each term once and drops terms of small words only", () => {
    expect(compileTerms(["Gifts", "gift", "the", "gift card"]).map((phrase) => phrase.words.join(" "))).toEqual(["gift", "gift card"]);
  });
});
