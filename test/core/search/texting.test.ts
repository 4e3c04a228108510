// Texting spellings read as the words they spell ("person w SUD" is "person with SUD").
import { describe, expect, it } from "vitest";
import { spelledOut, withSlashedSpelledOut } from "../../../src/core/search/texting.js";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("spelledOut", () => {
  it.each([
    ["w", "with"],
    ["b4", "before"],
    ["appt", "appointment"],
    ["bf", "boyfriend"],
    ["clnt", "client"],
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

describe("withSlashedSpelledOut", () => {
  it.each([
    ["can i share notes w/o a release", "can i share notes without a release"],
    ["W/O asking", "without asking"],
    ["i said no b/c of policy", "i said no because of policy"],
    ["24/7 on call", "24/7 on call"],
    ["and/or", "and/or"],
    ["no slash here", "no slash here"],
  ])("%j → %j", (text, meant) => {
    expect(withSlashedSpelledOut(text)).toBe(meant);
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

  it("names what the words spelled out name: a client's boyfriend is a matter the bare letters were not", () => {
    const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);
    expect(named("my clnt's bf keeps texting me")).toEqual(named("my client's boyfriend keeps texting me"));
  });
});
