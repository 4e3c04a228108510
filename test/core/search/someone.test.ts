// Whether a question is about someone besides the asker (someone.ts), read from its small words.
import { describe, expect, it } from "vitest";
import { namesSomeone } from "../../../src/core/search/someone.js";
import { words } from "../../../src/core/text.js";

describe("namesSomeone", () => {
  it.each([
    ["she knitted me a scarf for christmas, can i keep it", true],
    ["lgbtq teen got kicked out of his house", true],
    ["can they see my notes", true],
    ["helping someone fill out a form", true],
    ["my client is undocumented", true],
    ["participants in my group", true],
    ["the man I support is about to get evicted", true],
    ["people I serve", true],
    ["im supporting a vet", true],
    ["can i bring a peer back to my apartment", true],
    ["my peers at the center", true],
    // The asker alone, or "we": nobody the codes govern conduct toward.
    ["whats the guest wifi password", false],
    ["laptop wont turn on after the windows update", false],
    ["our 5k fundraiser", false],
    // "peer" naming the work, and "support" not said of a person.
    ["peer specialist test center locations", false],
    ["peer support certification exam", false],
    ["tech support phone number", false],
  ])("%s → %s", (question, expected) => {
    expect(namesSomeone(words(question))).toBe(expected);
  });
});
