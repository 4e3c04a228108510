// Words that sound alike, spelt differently ("lone", loan): a word the vocabulary lacks that
// sounds like one of it may be that word, as a typo may.
import { describe, expect, it } from "vitest";
import { soundAlike, wordsSoundingLike } from "../../../src/core/search/sound-alike.js";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("soundAlike", () => {
  it.each([
    ["lone", "loan", true],
    ["duel", "dual", true],
    ["brake", "break", true],
    ["roll", "role", true],
    ["male", "mail", true],
    ["piece", "peace", true],
    ["rays", "raise", true],
    ["knight", "night", true],
    ["licence", "license", true],
    ["lone", "line", false], // Double Metaphone's LN: vowels kept here
    ["lone", "alone", false],
    ["supper", "super", false], // a doubled consonant shortens the vowel
    ["race", "raise", false], // s said as z
    ["lake", "leak", false], // "ea" says the a of brake only in break, steak, great
    ["died", "dead", false],
    ["call", "cal", true], // (why a word of the vocabulary is never read so: query.ts)
  ])("%s, %s: %s", (a, b, expected) => {
    expect(soundAlike(a, b)).toBe(expected);
    expect(soundAlike(b, a)).toBe(expected);
  });

  it("finds the vocabulary's words that sound like a word, of its first letter", () => {
    expect(wordsSoundingLike("lone", "alone line loan lonely")).toEqual(["loan"]);
    expect(wordsSoundingLike("knight", "night")).toEqual([]); // a first letter not said
  });
});

describe("a query word that sounds like a word of the vocabulary", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));
  const standsFor = (query: string, word: string) => [...planQuery(index, query).words.find((each) => each.word === word)!.standsFor].sort();
  it.each([
    ["can i lone a client my car", "lone", ["loan", "lone"]],
    ["duel relationships", "duel", ["dual", "duel"]],
    ["taking a brake from a client", "brake", ["brake", "break"]],
    // No English word: an abbreviation, not a word said ("acct" is no act).
    ["on my personal acct", "acct", ["acct"]],
    // A word of the vocabulary (of "eye roll") is read as itself.
    ["dual roll with a client", "roll", ["roll"]],
  ])("%s: %s stands for %j", (query, word, expected) => {
    expect(standsFor(query, word)).toEqual(expected);
  });
});
