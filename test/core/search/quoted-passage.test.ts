// A passage pasted from a code puts the standards that say it, word for word, first: an
// investigator quoting a code must cite the code that says it, not another code's near-copy that
// the matter's evidence ties with it or ranks above it.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { longestRun } from "../../../src/core/search/quoted-passage.js";
import { search } from "../../../src/core/search/search.js";
import type { Library } from "../../../src/model.js";
import { toyCode } from "./toy-code.js";

describe("the longest run of a query's words a text holds in order", () => {
  it.each([
    { query: "a b c d", text: "x a b c d y", run: 4 },
    { query: "a b c d", text: "a b x c d", run: 2 },
    { query: "a b c d", text: "d c b a", run: 1 },
    { query: "a b c", text: "", run: 0 },
    { query: "a a b", text: "a a a b", run: 3 },
  ])("'$query' in '$text' → $run", ({ query, text, run }) => {
    expect(longestRun(query.split(" "), text === "" ? [] : text.split(" "))).toBe(run);
  });
});

describe("a quoted passage", () => {
  const texts = [
    // A near-copy that repeats the matter's word, so that the evidence alone puts it first.
    "Never accept a gift, a gift card or a cash gift from persons engaging in services.",
    // Holds the passage and goes on at length.
    "Never accept a gift from the persons engaging in services, whatever the occasion, the season, the holiday or the custom of the family that offers it.",
    "Keep the office tidy.",
  ];
  const order = (query: string, more: readonly string[] = []) => {
    const library: Library = { codes: [toyCode([...texts, ...more])], topics: [], concepts: [] };
    return search(buildSearchIndex(library), library, query).hits.map((hit) => hit.number);
  };

  it.each([
    { query: "a gift from the persons engaging in services", first: [2, 1] },
    // Curly quotes, case and punctuation do not matter; the words and their order do.
    { query: "“A GIFT from the persons, engaging in services”", first: [2, 1] },
    // A question in other words quotes nothing: the evidence ranks as before.
    { query: "gift card cash gift", first: [1] },
    // Five words are a phrase, not a passage.
    { query: "gift from the persons engaging", first: [1, 2] },
  ])("$query → $first first", ({ query, first }) => {
    expect(order(query).slice(0, first.length)).toEqual(first);
  });

  it("of standards quoting as much, the one the passage is more of goes first", () => {
    const more = ["Never accept a gift from the persons engaging in services, and persons engaging in services never accept a gift from you.", "Never accept a gift from the persons engaging in services."];
    expect(order("Never accept a gift from the persons engaging in services", more).slice(0, 3)).toEqual([5, 4, 2]);
  });
});
