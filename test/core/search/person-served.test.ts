// Where a question names the person served, an entry term naming that person another way matches.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { personServedPositions } from "../../../src/core/search/person-served.js";
import { planQuery } from "../../../src/core/search/query.js";
import { stem, STOP_WORDS, words } from "../../../src/core/text.js";
import type { Concept, Library } from "../../../src/model.js";

const positions = (query: string) => {
  const sequence = words(query);
  const found = personServedPositions(sequence, sequence.map((word) => (STOP_WORDS.has(word) ? undefined : stem(word))));
  return found.map((at) => sequence[at]);
};

describe("the places of a question that name the person served", () => {
  it.each([
    ["i have feelings for a client", ["client"]],
    ["two participants and a consumer", ["participants", "consumer"]],
    ["a service recipient asked me", ["recipient"]],
    ["the patient", ["patient"]],
    ["the guy i support asked me out", ["guy"]],
    ["a woman we serve", ["woman"]],
    ["the man i work with", ["man"]],
    ["the young guy i see every week", ["guy"]],
    ["someone i support", ["support"]], // a small word before "I": the verb stands for it
    ["a guy on my caseload", ["caseload"]],
    ["my peer wants to go back to work", []], // in a question "peer" is as often a fellow worker
    ["a peer specialist who is dating a client", ["client"]],
    ["i support harm reduction", []], // no one before "I"
    ["the man i work for", []], // an employer, not the person served
    ["the guy i dated", []],
  ])("%j: %j", (query, expected) => {
    expect(positions(query)).toEqual(expected);
  });
});

describe("entry terms that name the person served", () => {
  const codes = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
  const concept: Concept = {
    id: "feelings-for-someone-you-support",
    name: "Feelings for someone you support",
    description: "Romantic feelings for a person you serve.",
    terms: ["feelings for a peer", "romance", "crush", "attraction", "dating"],
    questions: ["What if I have feelings for someone I support?"],
    standards: [{ code: "alaska", section: "conflicts-of-interest", number: 2 }],
  };
  const library: Library = { codes, topics: [], concepts: [concept] };
  const index = buildSearchIndex(library);
  const named = (query: string) => planQuery(index, query).matches.filter((match) => match.covers !== 0).map((match) => match.concept.id);
  const namedApart = (query: string) => planQuery(index, query).matches.filter((match) => match.apart !== 0).map((match) => match.concept.id);

  it.each([
    "i have feelings for a peer",
    "i have feelings for a client",
    "i have feelings for a participant",
    "i have feelings for the guy i support",
    "feelings for a woman we serve",
  ])("match %j", (query) => {
    expect(named(query)).toEqual([concept.id]);
  });

  it.each(["i have feelings for my coworker", "i have feelings for my husband", "the peer specialist i supervise has feelings"])("do not match %j", (query) => {
    expect(named(query)).toEqual([]);
  });

  it("count far apart only when the question names the person as the term does", () => {
    const far = "my feelings got hurt at work today and then at the end of the day a client";
    expect(named(far)).toEqual([]);
    expect(namedApart(far)).toEqual([]);
    expect(namedApart("my feelings got hurt at work today and then at the end of the day a peer")).toEqual([concept.id]);
  });
});
