import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { documentsAmong, documentsOf, packDocuments, unpackDocuments } from "../../../src/core/search/concept-documents.js";
import type { IndexedConcept } from "../../../src/core/search/inverted-index.js";

const concept = (documents: number[]): IndexedConcept => ({ id: "c", kind: "concept", documents: packDocuments(documents) });

describe("concept documents, packed as gaps", () => {
  it.each([
    [[], ""],
    // Each gap less one is a number of packed-numbers.ts: one character below 45.
    [[0], "P"],
    [[0, 1, 2], "PPP"],
    [[5, 7], "UQ"],
  ])("packs %j", (documents, packed) => {
    expect(packDocuments(documents)).toBe(packed);
    expect(unpackDocuments(packed)).toEqual(documents);
  });

  it("gives back any increasing list, and which of some documents it holds", () => {
    const increasing = (values: number[]) => [...values].sort((a, b) => a - b);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(2_000), { maxLength: 200 }), fc.uniqueArray(fc.nat(2_000), { maxLength: 12 }), (values, probes) => {
        const documents = increasing(values);
        const wanted = increasing(probes);
        expect(documentsOf(concept(documents))).toEqual(documents);
        expect(documentsAmong(concept(documents), wanted)).toEqual(wanted.filter((document) => documents.includes(document)));
      }),
    );
  });

  it.each([[[2, 1]], [[3, 3]]])("refuses %j, which is not increasing", (documents) => {
    expect(() => packDocuments(documents)).toThrow(/increasing numbers only/);
  });
});
