// Whether a question is about someone besides the asker (someone.ts), read from its small words.
import { describe, expect, it } from "vitest";
import { namesSomeone, servingVerbAt } from "../../../src/core/search/someone.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";
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

describe("servingVerbAt", () => {
  it.each([
    ["the recovery house i support", "support", true],
    ["people we serve", "serve", true],
    ["im supporting a vet", "supporting", true],
    ["supported housing", "supported", false],
    ["my agency won't support me", "support", false],
    ["peer support", "support", false],
  ])("%j at %s: %s", (text, word, expected) => {
    const sequence = words(text);
    expect(servingVerbAt(sequence, sequence.indexOf(word))).toBe(expected);
  });
});

describe("the verb that names the person served names no matter", () => {
  const library = readBuiltinLibrary(new URL("../../..", import.meta.url).pathname);
  const index = builtIndex(library);
  const named = (query: string) => search(index, library, query).concepts;

  it("'the recovery house I support' is no supported housing", () => {
    const query = "One of the guys at the recovery house I support asked me out after group.";
    expect(named(query)).not.toContain("least-restrictive-environment");
    expect(search(index, library, query).hits[0]!.concepts).toContain("romance-or-sex-with-people-served");
  });

  it("a term that says it so still matches, and supported housing is still named", () => {
    expect(named("can I learn from the people I support")).toContain("reciprocity-and-mutual-learning");
    expect(named("is supported housing less restrictive than a group home")).toContain("least-restrictive-environment");
  });
});
