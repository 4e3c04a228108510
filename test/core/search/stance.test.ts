// An adverb of the speaker's stance that opens a clause before its subject ("… and honestly I
// kinda like him") is no matter the question asks about; the same word said of how someone acts
// ("should I answer honestly?") is, and stays.
import { describe, expect, it } from "vitest";
import { search } from "../../../src/core/search/search.js";
import { withoutStance } from "../../../src/core/search/stance.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

describe("withoutStance", () => {
  it.each([
    // Cut: the adverb opens a clause (start, after punctuation or a joining word) before a subject.
    ["my client keeps hittin on me n honestly i kinda like him", "my client keeps hittin on me n   i kinda like him"],
    ["Honestly, it annoys me that my agency pays peers less", " , it annoys me that my agency pays peers less"],
    ["bipolar for 20 years and honestly she sounds like me", "bipolar for 20 years and   she sounds like me"],
    ["It's in the EHR lol. Honestly I'm not sure", "It's in the EHR lol.   I'm not sure"],
    ["Seriously, you can't tell anyone", " , you can't tell anyone"],
    ["and honestly she's cute", "and   she's cute"], // a subject with its verb
    ["and honestly that's why I want to date him", "and   that's why I want to date him"],
    ["honestly, should I tell my client I relapsed", " , should I tell my client I relapsed"], // set off by a comma
    ["Honestly? I'm thinking of quitting", " ? I'm thinking of quitting"],
    ["I think, honestly, that I should tell him", "I think,  , that I should tell him"],
    // Kept: said of how someone acts, or not before a subject, or not opening a clause.
    ["Should I answer honestly? I'm worried", "Should I answer honestly? I'm worried"],
    ["I told him honestly my concerns", "I told him honestly my concerns"],
    ["Can I honestly say I'm certified?", "Can I honestly say I'm certified?"],
    ["I told him honestly, and he left", "I told him honestly, and he left"],
    ["document honestly", "document honestly"],
    ["honestly", "honestly"],
    ["financially I'm struggling", "financially I'm struggling"],
    ["gifts", "gifts"],
  ])("%j → %j", (query, expected) => {
    expect(withoutStance(query)).toBe(expected);
  });
});

describe("a stance adverb does not name a matter", () => {
  it("'… and honestly I kinda like him' asks about romance with a client, not honesty", () => {
    const hits = search(index, library, "my client keeps hittin on me n honestly i kinda like him lol what do i do").hits;
    expect(hits[0]!.concepts).toContain("romance-or-sex-with-people-served");
    expect(hits.slice(0, 10).filter((hit) => hit.concepts.includes("honest-direct-communication"))).toEqual([]);
  });

  it("a query that is only a stance and its subject ('honestly I') is read whole", () => {
    expect(search(index, library, "honestly I").hits.length).toBeGreaterThan(0);
  });

  it("'answer honestly' still asks about honesty", () => {
    const hits = search(index, library, "should I answer honestly when a peer asks about my past").hits;
    expect(hits.slice(0, 5).some((hit) => hit.concepts.some((id) => /honest/.test(id)))).toBe(true);
  });
});

describe("'kind of' is a quantifier, not kindness", () => {
  const answers = (query: string) => search(index, library, query).hits.filter((hit) => !hit.loose);
  const kindness = (query: string) => answers(query).filter((hit) => hit.concepts.includes("dignity-and-non-judgment"));

  it("'what kinds of rules are there for my notes' is not answered by the rules on kindness", () => {
    expect(kindness("what kinds of rules are there for my notes")).toEqual([]);
    expect(kindness("what sort of rules are there for my notes")).toEqual([]);
  });

  it("being kind still is", () => {
    expect(kindness("how do I stay kind to a client who is rude to me").length).toBeGreaterThan(0);
  });
});
