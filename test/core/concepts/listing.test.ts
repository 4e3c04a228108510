// `ethics concepts`: the listing --json gives whole, and the summary its text shows.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listConcepts, summarizeListing, type ConceptListing } from "../../../src/core/concepts/listing.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");

const cited = (code: string, number: number) => ({ code, section: "s", number, citation: `${code} ${number}` });

describe("summarizeListing", () => {
  it.each([
    ["no standards", [], { count: 0, codes: [] }],
    ["one code", [cited("a", 1), cited("a", 2)], { count: 2, codes: ["a"] }],
    ["codes each once, in order", [cited("b", 1), cited("a", 1), cited("b", 2), cited("c", 4)], { count: 4, codes: ["b", "a", "c"] }],
  ])("%s", (_case, standards, summary) => {
    const listing: ConceptListing = {
      topics: [{ id: "t", name: "T", concepts: [{ id: "x", name: "X", topic: "t", description: "", terms: [], questions: [], standards, related: standards.slice(0, 1) }] }],
    };
    const [concept] = summarizeListing(listing).topics[0]!.concepts;
    expect(concept).toEqual({ id: "x", name: "X", standards: summary, related: { count: Math.min(1, standards.length), codes: standards.slice(0, 1).map((standard) => standard.code) } });
  });

  it("keeps every topic and concept of the whole listing, in order", () => {
    const whole = listConcepts(library);
    const summary = summarizeListing(whole);
    expect(summary.topics.map((topic) => topic.concepts.map((concept) => concept.id))).toEqual(whole.topics.map((topic) => topic.concepts.map((concept) => concept.id)));
    const accepting = summary.topics.flatMap((topic) => topic.concepts).find((concept) => concept.id === "accepting-gifts")!;
    expect(accepting.standards).toEqual({ count: 7, codes: ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"] });
  });
});
