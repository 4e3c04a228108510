// `ethics concepts`: the listing --json gives whole, and the summary its text shows.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compactListing, listConcepts, summarizeListing, type ConceptListing } from "../../../src/core/concepts/listing.js";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");

const cited = (code: string, number: number, inferred = false) => ({ code, section: "s", number, citation: `${code} ${number}`, ...(inferred ? { inferred: true as const } : {}) });

describe("summarizeListing", () => {
  it.each([
    ["no standards", [], { count: 0, codes: [], guessed: [] }],
    ["one code", [cited("a", 1), cited("a", 2)], { count: 2, codes: ["a"], guessed: [] }],
    ["codes each once, in order", [cited("b", 1), cited("a", 1), cited("b", 2), cited("c", 4)], { count: 4, codes: ["b", "a", "c"], guessed: [] }],
    ["a code on it by inference is guessed, each once", [cited("a", 1), cited("u", 1, true), cited("u", 2, true)], { count: 3, codes: ["a", "u"], guessed: ["u"] }],
  ])("%s", (_case, standards, summary) => {
    const listing: ConceptListing = {
      topics: [{ id: "t", name: "T", concepts: [{ id: "x", name: "X", topic: "t", description: "", terms: [], questions: [], standards, related: standards.slice(0, 1) }] }],
    };
    const [concept] = summarizeListing(listing).topics[0]!.concepts;
    expect(concept).toEqual({ id: "x", name: "X", standards: summary, related: { count: Math.min(1, standards.length), codes: standards.slice(0, 1).map((standard) => standard.code), guessed: standards.slice(0, 1).flatMap((standard) => ("inferred" in standard ? [standard.code] : [])) } });
  });

  it("keeps every topic and concept of the whole listing, in order", () => {
    const whole = listConcepts(library);
    const summary = summarizeListing(whole);
    expect(summary.topics.map((topic) => topic.concepts.map((concept) => concept.id))).toEqual(whole.topics.map((topic) => topic.concepts.map((concept) => concept.id)));
    const accepting = summary.topics.flatMap((topic) => topic.concepts).find((concept) => concept.id === "accepting-gifts")!;
    expect(accepting.standards).toEqual({ count: 7, codes: ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"], guessed: [] });
  });
});

describe("compactListing", () => {
  const entry = (code: string, section: string, number: number, inferred = false) => ({ code, section, number, citation: `${code} · ${section} ${number}`, ...(inferred ? { inferred: true as const } : {}) });
  const concept = (id: string, standards: ReturnType<typeof entry>[], related: ReturnType<typeof entry>[] = []) => ({ id, name: id, topic: "t", description: "", terms: [], questions: [], standards, related });
  it.each([
    ["no concepts", [], { codes: [], sections: [], code: [], section: [], number: [], citation: [], inferred: [] }, []],
    ["a concept without standards", [concept("x", [])], { codes: [], sections: [], code: [], section: [], number: [], citation: [], inferred: [] }, [[[], []]]],
    [
      "a standard on two concepts is cited once",
      [concept("x", [entry("a", "s", 1), entry("b", "s", 2)]), concept("y", [entry("b", "s", 2)])],
      { codes: ["a", "b"], sections: ["s"], code: [0, 1], section: [0, 0], number: [1, 2], citation: ["a · s 1", "b · s 2"], inferred: [0, 0] },
      [[[0, 1], []], [[1], []]],
    ],
    [
      "inferred and not are cited apart, as their entries differ",
      [concept("x", [entry("a", "s", 1, true)], [entry("a", "s", 1)])],
      { codes: ["a"], sections: ["s"], code: [0, 0], section: [0, 0], number: [1, 1], citation: ["a · s 1", "a · s 1"], inferred: [1, 0] },
      [[[0], [1]]],
    ],
    [
      "codes and sections each once, in the order first cited",
      [concept("x", [entry("b", "t", 3), entry("a", "s", 1), entry("b", "s", 1)])],
      { codes: ["b", "a"], sections: ["t", "s"], code: [0, 1, 0], section: [0, 1, 1], number: [3, 1, 1], citation: ["b · t 3", "a · s 1", "b · s 1"], inferred: [0, 0, 0] },
      [[[0, 1, 2], []]],
    ],
  ])("%s", (_case, concepts, cited, places) => {
    const compact = compactListing({ topics: [{ id: "t", name: "T", concepts }] });
    expect(compact.cited).toEqual(cited);
    const [topic] = compact.topics;
    expect(topic!.concepts.map((each) => [each.standards, each.related])).toEqual(places);
    // Everything else of each concept is kept, in its order.
    expect(topic!.concepts.map(({ standards: _s, related: _r, ...rest }) => Object.keys(rest))).toEqual(concepts.map(() => ["id", "name", "topic", "description", "terms", "questions"]));
  });

  it("cites a standard on concepts of two topics once, and keeps the topics in order", () => {
    const compact = compactListing({ topics: [{ id: "t", name: "T", concepts: [concept("x", [entry("a", "s", 1)])] }, { id: "u", name: "U", concepts: [] }, { id: "v", name: "V", concepts: [concept("y", [entry("a", "s", 1)])] }] });
    expect(compact.cited.citation).toEqual(["a · s 1"]);
    expect(compact.topics.map((topic) => [topic.id, topic.name, topic.concepts.map((each) => each.standards)])).toEqual([["t", "T", [[0]]], ["u", "U", []], ["v", "V", [[0]]]]);
  });
});

describe("listConcepts on a user's code", () => {
  const yaml = `id: tagged
title: Tagged Code
shortName: Tagged
jurisdiction: Here
source:
  document: Tagged Code
sections:
  - id: rules
    title: Rules
    standards:
      - number: 1
        text: Staff keep to the agreed arrangements with the people they support.
        concepts: [accepting-gifts]
      - number: 2
        text: Staff will not accept gifts from the people they support.
`;
  const user = parseCodeText(yaml, "tagged.yaml", "user").code!;
  const listing = listConcepts({ ...library, codes: [...library.codes, user] });
  const entriesOf = (number: number) =>
    listing.topics.flatMap((topic) => topic.concepts).flatMap((concept) => concept.standards.filter((entry) => entry.code === "tagged" && entry.number === number).map((entry) => ({ concept: concept.id, inferred: entry.inferred === true })));

  it.each([
    ["a standard its file tags is not marked inferred", 1, false],
    ["a standard it leaves untagged is", 2, true],
  ])("%s", (_name, number, inferred) => {
    const entries = entriesOf(number);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.inferred === inferred)).toBe(true);
  });
});
