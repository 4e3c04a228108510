// How centrally a standard is about a concept it is filed under: the concept's words its own
// words use, weighed by how few concepts use them, as a share of the concept's most central one.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { centralityAt } from "../../../src/core/search/centrality.js";
import { documentsOf, packDocuments } from "../../../src/core/search/concept-documents.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { layoutOf, standardAt } from "../../../src/core/search/scope.js";
import { search } from "../../../src/core/search/search.js";
import type { Concept, Library, Topic } from "../../../src/model.js";

const codes = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const key = (code: string, section: string, number: number) => ({ code, section, number });
const topics: Topic[] = [
  { id: "impairment", name: "Impairment", description: "Working impaired.", synonyms: ["impairment"], standards: [] },
  { id: "boundaries", name: "Boundaries", description: "Limits of the peer relationship.", synonyms: ["boundaries"], standards: [] },
];
const concepts: Concept[] = [
  {
    id: "working-impaired",
    name: "Working impaired",
    topic: "impairment",
    description: "Providing services under the influence of alcohol or illicit drugs.",
    terms: ["under the influence", "drunk", "hungover", "impaired", "high at work"],
    questions: ["Can I provide services after a couple of drinks of alcohol?"],
    // Medi-Cal Integrity 12 says the matter itself ("under the influence of any amount of
    // alcohol, marijuana, or illicit drugs"); Alaska Conduct 4 only "substances that impair".
    standards: [key("medi-cal", "integrity", 12), key("alaska", "conduct", 4)],
  },
  {
    id: "service-hours",
    name: "Hours and places of service",
    topic: "boundaries",
    description: "Meeting the people you support only at the hours, days and locations the agency authorizes.",
    terms: ["after hours", "day off", "weekend", "off the clock", "outside work hours"],
    questions: ["Can I meet a peer on my day off?"],
    // Wisconsin 9 is about exactly this; Medi-Cal Safety & Protection 7 (appropriate boundaries)
    // is filed under it among other matters.
    standards: [key("medi-cal", "safety-and-protection", 7), key("wisconsin", "code-of-conduct", 9)],
  },
];
const library: Library = { codes, topics, concepts };
const index = buildSearchIndex(library);
const cite = (hit: { code: string; section: string; number: number }) => `${hit.code} ${hit.section} ${hit.number}`;

describe("centrality", () => {
  const layout = layoutOf(index);
  const centralities = (conceptId: string) => {
    const concept = index.concepts.find((each) => each.id === conceptId)!;
    return Object.fromEntries(documentsOf(concept).map((document, at) => [cite(standardAt(index, library, layout, document)), centralityAt(concept, at)]));
  };

  it.each([
    ["working-impaired", "medi-cal integrity 12", "alaska conduct 4"],
    ["service-hours", "wisconsin code-of-conduct 9", "medi-cal safety-and-protection 7"],
  ])("%s: %s says the matter (1), %s less", (conceptId, most, less) => {
    const values = centralities(conceptId);
    expect(values[most]).toBe(1);
    expect(values[less]).toBeGreaterThanOrEqual(0);
    expect(values[less]).toBeLessThan(0.5);
  });

  it.each([
    ["hungover", "medi-cal integrity 12"],
    ["can I see a peer on my day off", "wisconsin code-of-conduct 9"],
  ])("%s finds %s first", (query, first) => {
    expect(cite(search(index, library, query).hits[0]!)).toBe(first);
  });

  it("is 0 for a concept the index has no centrality for (an older index)", () => {
    expect(centralityAt({ id: "x", kind: "concept", documents: packDocuments([3]) }, 0)).toBe(0);
  });
});
