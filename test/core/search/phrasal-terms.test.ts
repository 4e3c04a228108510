// A word a phrasal term matches, particle and all ("hitting on me"), is read in that term's sense
// only: the same word is not also matched by a term that needs it in another sense ("hit a
// client"). A verb without its particle keeps every sense.
import { describe, expect, it } from "vitest";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

describe("phrasal terms claim the words they match", () => {
  it.each([
    ["my client keeps hitting on me", "romance-or-sex-with-people-served", "abusing-people-served"],
    ["client hit on me after group", "romance-or-sex-with-people-served", "abusing-people-served"],
    // No particle: "hit" in its everyday sense, as before.
    ["i hit a client", "abusing-people-served", "romance-or-sex-with-people-served"],
  ])("%s names %s, not %s", (query, named, notNamed) => {
    const concepts = search(index, library, query).concepts;
    expect(concepts).toContain(named);
    expect(concepts).not.toContain(notNamed);
  });

  it("my client keeps hitting on me: the rules on romance with the people served come first", () => {
    const first = search(index, library, "my client keeps hitting on me").hits[0]!;
    expect(first.concepts).toContain("romance-or-sex-with-people-served");
  });
});

describe("a light verb of a term means it only with its particle", () => {
  const named = (query: string) => search(index, library, query).concepts;

  it.each([
    // "come out to a client": coming out, not a client who comes.
    ["the client comes to every session", "healthy-self-disclosure"],
    ["client wants me to come to court with him", "healthy-self-disclosure"],
    // An irregular past form is a light verb too: "made up a note" is no note made.
    ["I made a note in her chart about the visit", "falsifying-records"],
  ])("%s does not name %s", (query, concept) => {
    expect(named(query)).not.toContain(concept);
  });

  it.each([
    // A term that says the phrase a phrasal term claims reads the word in that sense too.
    ["should I come out to my clients", "healthy-self-disclosure"],
    ["should I come out to my clients", "discrimination-sex-orientation-gender-identity"],
    // "hang" and "show" say as much alone in speech: not light verbs.
    ["is it ok to hang with clients after group", "keeping-appropriate-boundaries"],
    ["the parents didn't show to the family meeting again", "building-on-family-strengths"],
    // A particle after a longer object, past a possessive's "s".
    ["is it rude to turn my client's grandmother's food down", "accepting-gifts"],
  ])("%s names %s", (query, concept) => {
    expect(named(query)).toContain(concept);
  });
});
