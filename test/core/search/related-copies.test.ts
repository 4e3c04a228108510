// A copy of a built-in code (source.derivedFrom) holds its related rules in the same words: its
// index part records where they may stand, and the index relates its copies as the originals.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isIndexPart } from "../../../src/cli/cache/records.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { relatedOf } from "../../../src/core/search/concept-documents.js";
import { assembleSearchIndex, conceptsByLists, indexPartOfCode, listedDocuments, mergeParts, type IndexPart } from "../../../src/core/search/inverted-index.js";
import { joinConcepts } from "../../../src/core/search/joined-concepts.js";
import { copiesOfRelated } from "../../../src/core/search/related-copies.js";
import { allStandards, type Code, type Library, type StandardKey } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const builtIn: Library = readDataDirectory(join(root, "data"), "data");

/** `original` under another id, derived from `parent`, its standards' words changed where `edit` says. */
function copyOf(original: Code, id: string, parent: string | undefined, edit: (text: string) => string = (text) => text): Code {
  return {
    ...original,
    id,
    origin: "user",
    source: { ...original.source, derivedFrom: parent },
    sections: original.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: id, text: edit(standard.text) })) })),
  };
}

const code = (id: string) => builtIn.codes.find((each) => each.id === id)!;
const wisconsin = code("wisconsin");
const reworded = (text: string) => `${text} Unless the agency says otherwise.`;
const withCodes = (...codes: Code[]): Library => ({ ...builtIn, codes: [...builtIn.codes, ...codes] });
const partsOf = (library: Library) => library.codes.map((each) => indexPartOfCode(library, each));

/** Per concept, the places ("section number") of `codeId`'s standards it relates in the library's index, made from `parts`. */
function relatedPlaces(library: Library, codeId: string, parts: readonly IndexPart[] = partsOf(library)): Map<string, string[]> {
  const index = assembleSearchIndex(parts, library);
  const standards = library.codes.flatMap(allStandards);
  return new Map(
    index.concepts.map((concept) => [
      concept.id,
      relatedOf(concept)
        .map((document) => standards[document]!)
        .filter((standard) => standard.code === codeId)
        .map((standard) => `${standard.section} ${standard.number}`),
    ]),
  );
}

const builtInParts = partsOf(builtIn);
const giftsRelated = relatedPlaces(builtIn, "wisconsin", builtInParts).get("accepting-gifts");

describe("a concept's related rules in the codes derived from theirs", () => {
  it("has a related rule of Wisconsin's to copy", () => {
    expect(giftsRelated).toEqual(["code-of-conduct 8"]);
  });

  // The copy looked at is always our-wisconsin.
  it.each([
    ["a copy derived from the original", [copyOf(wisconsin, "our-wisconsin", "wisconsin")], giftsRelated],
    ["a copy of a copy", [copyOf(wisconsin, "my-wisconsin", "wisconsin"), copyOf(wisconsin, "our-wisconsin", "my-wisconsin")], giftsRelated],
    ["a copy of a copy, listed before its parent", [copyOf(wisconsin, "our-wisconsin", "my-wisconsin"), copyOf(wisconsin, "my-wisconsin", "wisconsin")], giftsRelated],
    ["a copy of a copy of a copy", [copyOf(wisconsin, "our-wisconsin", "their-wisconsin"), copyOf(wisconsin, "their-wisconsin", "my-wisconsin"), copyOf(wisconsin, "my-wisconsin", "wisconsin")], giftsRelated],
    ["a copy of a copy in other words", [copyOf(wisconsin, "my-wisconsin", "wisconsin", reworded), copyOf(wisconsin, "our-wisconsin", "my-wisconsin")], []],
    ["a copy that says its own words", [copyOf(wisconsin, "our-wisconsin", "wisconsin", reworded)], []],
    ["a copy that names no original", [copyOf(wisconsin, "our-wisconsin", undefined)], []],
    ["a copy that names another original", [copyOf(wisconsin, "our-wisconsin", "alaska")], []],
  ])("%s: its standards in the same words", (_name, codes, numbers) => {
    expect(relatedPlaces(withCodes(...codes), "our-wisconsin").get("accepting-gifts")).toEqual(numbers);
  });

  it("leaves a curated code derived from another with the related rules its readers listed", () => {
    const mediCal = code("medi-cal");
    expect(mediCal.source.derivedFrom).toBe("california");
    const related = relatedPlaces(builtIn, "medi-cal", builtInParts);
    for (const concept of builtIn.concepts) {
      const places = (keys: readonly StandardKey[]) => keys.filter((key) => key.code === "medi-cal").map((key) => `${key.section} ${key.number}`);
      const own = places(concept.standards);
      const expected = [...new Set(places(concept.related ?? []).filter((place) => !own.includes(place)))].sort();
      expect(related.get(concept.id)!.sort(), concept.id).toEqual(expected);
    }
    expect(builtInParts.some((part) => part.copies !== undefined)).toBe(false);
  });

  it("finds the copies alike in merged runs, parts read back from JSON, and both ways of joining concepts", () => {
    const library = withCodes(copyOf(wisconsin, "my-wisconsin", "wisconsin"), copyOf(wisconsin, "our-wisconsin", "my-wisconsin"));
    const parts = partsOf(library);
    const stored = (part: IndexPart) => JSON.parse(JSON.stringify(part)) as unknown;
    expect(parts.filter((part) => part.copies !== undefined).map((part) => part.codes[0]!.id)).toEqual(["my-wisconsin", "our-wisconsin"]);
    for (const part of parts) expect(isIndexPart(stored(part))).toBe(true);
    const runs = [mergeParts(parts.slice(0, 3)), mergeParts(parts.slice(3))];
    expect(runs.map(stored).every(isIndexPart)).toBe(true);
    expect(relatedPlaces(library, "our-wisconsin", runs).get("accepting-gifts")).toEqual(giftsRelated);
    for (const layout of [parts, runs]) {
      const offsets: number[] = [];
      let documents = 0;
      for (const part of layout) {
        offsets.push(documents);
        documents += part.lengths.length / 2;
      }
      const documentOf = listedDocuments(layout, library, offsets);
      const copies = copiesOfRelated(layout, library, offsets);
      expect(copies.size).toBeGreaterThan(0);
      expect(joinConcepts(library, layout, offsets, documents, documentOf, copies)).toEqual(conceptsByLists(layout, library, offsets, documentOf, copies));
    }
  });

  it("refuses a part whose copies are not a list of documents and fingerprints", () => {
    const library = withCodes(copyOf(wisconsin, "my-wisconsin", "wisconsin"));
    const parts = partsOf(library);
    expect(isIndexPart({ ...parts.at(-1)!, copies: 3 })).toBe(false);
    expect(() => assembleSearchIndex([...parts.slice(0, -1), { ...parts.at(-1)!, copies: "x=1.y" }], library)).toThrow(RangeError);
  });
});
