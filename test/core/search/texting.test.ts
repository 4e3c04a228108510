// Texting spellings read as the words they spell ("person w SUD" is "person with SUD").
import { describe, expect, it } from "vitest";
import { spelledOut, withTextingSpelledOut } from "../../../src/core/search/texting.js";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("spelledOut", () => {
  it.each([
    ["w", "with"],
    ["b4", "before"],
    ["appt", "appointment"],
    ["bf", "boyfriend"],
    ["clnt", "client"],
    ["fx", "effects"],
    ["shld", "should"],
    // Spellings of more than one word, and words that are no spelling, as they are.
    ["pt", "pt"],
    ["sup", "sup"],
    ["rn", "rn"],
    ["2", "2"],
    ["gift", "gift"],
  ])("%s → %s", (typed, meant) => {
    expect(spelledOut(typed)).toBe(meant);
  });
});

describe("withTextingSpelledOut", () => {
  it.each([
    ["can i share notes w/o a release", "can i share notes without a release"],
    ["W/O asking", "without asking"],
    ["i said no b/c of policy", "i said no because of policy"],
    ["24/7 on call", "24/7 on call"],
    ["and/or", "and/or"],
    ["no slash here", "no slash here"],
    // A lone letter is a word, a letter joined to one is not.
    ["my peer n me", "my peer and me"],
    ["u r my peer", "u are my peer"],
    ["he said the n-word and the r-word", "he said the n-word and the r-word"],
    ["rock n' roll", "rock n' roll"],
    ["vitamin b and hep c", "vitamin b and hep c"],
    // "2" and "4" between words are to and for, unless a number is meant.
    ["begging me 2 write a letter", "begging me to write a letter"],
    ["ask me 4 legal advice", "ask me for legal advice"],
    ["been on subs 2 yrs", "been on subs 2 yrs"],
    ["she has 4 kids", "she has 4 kids"],
    ["2 of them showed up", "2 of them showed up"],
    ["meet at 4 pm", "meet at 4 pm"],
    ["change my W-4 withholding", "change my W-4 withholding"],
    ["paid $4 for it", "paid $4 for it"],
    ["up 24 hours", "up 24 hours"],
  ])("%j → %j", (text, meant) => {
    expect(withTextingSpelledOut(text)).toBe(meant);
  });
});

describe("a query typed on a phone", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));
  const plannedWords = (query: string) => planQuery(index, query).words.map((word) => word.word);

  it("reads the words meant, and drops those that are small words", () => {
    expect(plannedWords("my bf wants me 2 skip my appt w my clnt")).toEqual(expect.arrayContaining(["boyfriend", "appointment", "client"]));
    expect(plannedWords("person w SUD")).not.toContain("w");
  });

  it("weighs a lone letter or a digit meant as a word as the small word it is", () => {
    expect(plannedWords("my peer calls me the boss n waits for me 2 decide")).not.toEqual(expect.arrayContaining(["n"]));
    expect(plannedWords("my peer calls me the boss n waits for me 2 decide")).not.toContain("2");
    expect(plannedWords("he keeps using the n-word in group")).toContain("n");
  });

  it("names what the words spelled out name: a client's boyfriend is a matter the bare letters were not", () => {
    const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);
    expect(named("my clnt's bf keeps texting me")).toEqual(named("my client's boyfriend keeps texting me"));
  });
});
