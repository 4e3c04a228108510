// How entry terms match a text (data/concepts/README.md, "How search matches a term").
import { describe, expect, it } from "vitest";
import { compileTerm, compileTerms, markedWords, matchTerm, matchTermApart, phraseOfMarked, textSequence } from "../../../src/core/concepts/terms.js";

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
    ["back him up", "should I back her up in the meeting", true], // he, she, they: one person, whoever it is
    ["have his back", "I want to have their back", true],
    ["back him up", "back me up", false], // the speaker is not another person
    ["back him up", "back up the files", false],
    ["self-harm", "talking about self harm", true], // hyphens split words
    ["Suboxone", "is SUBOXONE ok", true],
    // A compound's words side by side the other way round are another compound.
    ["home group", "we go to the same home group", true],
    ["home group", "my client wants out of the group home", false],
    ["home group", "a home for the group", true], // apart, either way
    ["decision making", "she wants me to make decisions for her", true], // a verb in -ing and its object: no compound
    ["gift card", "a card and a gift", true],
    ["gift card", "a card gift", false],
    ["lend money", "no money lending to clients", true], // a noun in -ing the other way round: the same thing
    ["give gifts", "gift giving at the holidays", true],
    ["same home group as a client", "my client wants out of the group home", false], // a compound inside a longer term
    ["same home group as a client", "a client in my home group", true],
    // After a possessive, "own" only stresses whose it is, unless the term says it.
    ["my overdose", "can I tell clients about my own overdose", true],
    ["my overdose", "tell them about my overdose", true],
    ["tell them I was hospitalized", "tell them I was hospitalized", true],
    ["her rights", "she knows her own rights", true],
    ["my own clients", "seeing my own clients on the side", true],
    ["my own clients", "seeing my clients", false], // the term's "own" is meant: private practice
    ["my overdose", "my friend's own overdose", false], // no possessive before it: "friend" is a meaningful word
    ["my overdose", "own my overdose", true],
    // A hyphenated compound's participle is matched only by a participle or an -ing form.
    ["family-driven", "services driven by the family", true],
    ["family-driven", "a family driven plan", true],
    ["court-ordered", "can I order records from the court", false], // the verb: another deed
    ["court-ordered", "treatment the court ordered", true],
    ["court ordered", "can I order records from the court", true], // no hyphen: any form
    ["strengths-focused", "focusing on strengths", true],
  ])("%j in %j: %s", (term, text, expected) => {
    expect(matches(term, text)).toBe(expected);
  });

  it("returns the positions of the term's meaningful words", () => {
    expect(matchTerm(compileTerm("accept a gift"), textSequence("can I accept a gift"))).toEqual([2, 4]);
  });
});

describe("matchTermApart", () => {
  const apart = (term: string, text: string) => matchTermApart(compileTerm(term), textSequence(text));
  it.each([
    ["old dates on notes", "my notes are late and my boss says put the old dates on them", true], // words in different clauses
    ["accept a gift", "accept the offer of a meeting about a gift", true],
    ["old dates on notes", "put the old dates on them", false], // every meaningful word must be there
    ["under the influence", "the influence of my supervisor, under pressure", false], // small words carry it: never apart
    ["gift", "a gift", false], // one word is a word, not a term of several
    ["home group", "the group home staff say my home is not safe", true],
    ["home group", "the group home staff", false], // a compound the other way round, side by side
    ["trauma-informed", "the trauma is what informs the plan", false],
    ["trauma-informed", "informed by her trauma, the plan", true],
  ])("%j in %j: %s", (term, text, expected) => {
    expect(apart(term, text) !== null).toBe(expected);
  });

  it("returns the positions of the term's meaningful words", () => {
    expect(apart("accept a gift", "accept the offer of a meeting about a gift")).toEqual([0, 8]);
  });
});

describe("compileTerms", () => {
  it("keeps each term once and drops terms of small words only", () => {
    expect(compileTerms(["Gifts", "gift", "the", "gift card"]).map((phrase) => phrase.words.join(" "))).toEqual(["gift", "gift card"]);
  });

  it.each([
    [["landlord calling", "landlord called"]],
    [["landlord called", "landlord calling"]],
  ])("of a compound and the same words with an -ing (%j), keeps the one that matches either way", (texts) => {
    const kept = compileTerms(texts);
    expect(kept).toHaveLength(1);
    expect(matchTerm(kept[0]!, textSequence("she called landlord services"))).not.toBeNull();
    expect(matchTerm(kept[0]!, textSequence("the landlord called"))).not.toBeNull();
  });
});

describe("markedWords and phraseOfMarked", () => {
  it.each([["family-driven plan"], ["same home group as a client"], ["under the influence"], ["gift"]])("%j is read back as written", (term) => {
    const phrase = compileTerm(term);
    expect(phraseOfMarked(markedWords(phrase, "~"), "~")).toEqual(phrase);
  });

  it("marks a hyphenated participle apart from a compound's head", () => {
    expect(markedWords(compileTerm("family-driven"), "~")).toEqual(["famili", "=driven"]);
    expect(markedWords(compileTerm("family driven"), "~")).toEqual(["famili", "^driven"]);
  });
});
