// The search index of a library is put together from one part per code (so that a user's
// changed file re-indexes only its code): joining parts must give what indexing all at once gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { documentsOf, unpackDocuments } from "../../../src/core/search/concept-documents.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { assembleSearchIndex, buildIndexPart, buildSearchIndex, conceptWeights, indexPartOfCode, mergeParts, packPostings, unpackPostings, type IndexPart } from "../../../src/core/search/inverted-index.js";
import type { Code, Library } from "../../../src/model.js";
import { isAskedKey } from "../../../src/core/search/asked.js";
import { tableEntries } from "../../../src/core/search/packed-table.js";

const root = join(import.meta.dirname, "../../..");
const data = readDataDirectory(join(root, "data"));
const builtin = data.codes;
const renamed = (code: Code, id: string): Code => ({ ...code, id, sections: code.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: id })) })) });

/** The plain way: every posting decoded, renumbered and packed again. */
function referencePostings(parts: IndexPart[]): Record<string, string> {
  const all = new Map<string, { document: number; frequency: number }[]>();
  let offset = 0;
  for (const part of parts) {
    const fields = part.postings.split(" ");
    for (let at = 0; at < fields.length; at += 3) {
      const list = all.get(fields[at]!) ?? [];
      for (const posting of unpackPostings(fields[at + 2]!)) list.push({ document: offset + posting.document, frequency: posting.frequency });
      all.set(fields[at]!, list);
    }
    offset += part.codes.flatMap((code) => code.sections).reduce((sum, section) => sum + section.size, 0);
  }
  return Object.fromEntries([...all.keys()].sort().map((stem) => [stem, packPostings(all.get(stem)!)]));
}

describe("an index assembled from per-code parts", () => {
  const libraries: [string, Code[]][] = [
    ["the built-in codes", builtin],
    ["with copies before and after", [renamed(builtin[2]!, "copy-a"), ...builtin, renamed(builtin[0]!, "copy-b"), renamed(builtin[4]!, "copy-c")]],
    ["one code", [builtin[3]!]],
    ["no code", []],
  ];
  const libraryOf = (codes: Code[]): Library => ({ ...data, codes });
  const partsOf = (library: Library) => library.codes.map((code) => indexPartOfCode(library, code));

  it.each(libraries)("%s: postings as if indexed at once, and parts survive JSON", (_name, codes) => {
    const library = libraryOf(codes);
    const parts = partsOf(library);
    const index = assembleSearchIndex(parts, library);
    const reference = referencePostings(parts);
    expect(index.postings).toEqual(Object.fromEntries(Object.entries(reference).filter(([key]) => !isAskedKey(key))));
    expect(Object.fromEntries(tableEntries(index.askedPostings))).toEqual(Object.fromEntries(Object.entries(reference).filter(([key]) => isAskedKey(key)).map(([key, value]) => [key.slice(1), value])));
    expect(JSON.stringify(assembleSearchIndex(JSON.parse(JSON.stringify(parts)), library))).toBe(JSON.stringify(index));
    expect(index).toEqual(buildSearchIndex(library));
    expect(index.stems.split(" ").filter(Boolean)).toEqual(Object.keys(referencePostings(parts)).filter((key) => !isAskedKey(key)).sort());
  });

  it.each(libraries)("%s: parts merged into runs of any length assemble into the same index", (_name, codes) => {
    const library = libraryOf(codes);
    const parts = partsOf(library);
    const whole = assembleSearchIndex(parts, library);
    for (const run of [1, 2, 3, parts.length || 1]) {
      const runs: IndexPart[] = [];
      for (let start = 0; start < parts.length; start += run) runs.push(mergeParts(parts.slice(start, start + run)));
      expect(assembleSearchIndex(JSON.parse(JSON.stringify(runs)), library), `runs of ${run}`).toEqual(whole);
    }
    // Runs of runs, as well.
    if (parts.length >= 4) expect(assembleSearchIndex([mergeParts([mergeParts(parts.slice(0, 2)), mergeParts(parts.slice(2))])], library)).toEqual(whole);
  });

  // A stored part that passed its shape check but lists nonsense must not join: the cache then
  // makes the index again from the codes (cli/cache/user-codes.ts).
  it.each([
    ["an empty document", (list: string) => `${list}.`],
    ["a word for a document", (list: string) => `${list}.x`],
    ["a negative document", (list: string) => `-${list}`],
    ["nothing at all", () => ""],
  ])("does not join a part whose concept lists %s", (_name, damage) => {
    const library = libraryOf([builtin[3]!]);
    const [part] = partsOf(library);
    const [entry, ...rest] = part!.concepts.split(" ");
    const [key, list] = entry!.split("=") as [string, string];
    const damaged = { ...part!, concepts: [`${key}=${damage(list)}`, ...rest].join(" ") };
    expect(() => assembleSearchIndex([damaged], library)).toThrow(RangeError);
  });

  it("takes what depends on concepts and topics alone from the built-in index, unchanged", () => {
    const builtinIndex = assembleSearchIndex(partsOf(data), data, { realWords: "one two" });
    for (const codes of [builtin, [...builtin, renamed(builtin[2]!, "copy-a"), renamed(builtin[0]!, "copy-b")]]) {
      const library = libraryOf(codes);
      const fresh = assembleSearchIndex(partsOf(library), library, { realWords: "one two" });
      expect(assembleSearchIndex(partsOf(library), library, { builtin: builtinIndex })).toEqual(fresh);
    }
  });

  it("places the standards of concepts and topics wherever their code sits", () => {
    const plain = assembleSearchIndex(partsOf(data), data);
    // A copy of the first code in front, under a name of its own: its concepts are inferred.
    const moved = libraryOf([renamed(builtin[0]!, "first"), ...builtin]);
    const shifted = assembleSearchIndex(partsOf(moved), moved);
    const size = moved.codes[0]!.sections.reduce((sum, section) => sum + section.standards.length, 0);
    shifted.concepts.forEach((entry, at) => {
      const inferred = unpackDocuments(entry.inferred ?? "");
      const curated = documentsOf(entry).filter((document) => document >= size && !inferred.includes(document));
      expect(curated, entry.id).toEqual(documentsOf(plain.concepts[at]!).map((document) => document + size));
    });
  });
});

describe("the built-in codes' part that the build ships (dist/builtin-part.json)", () => {
  it("is the part made from the data, so an index with users' codes is the same with it or without", () => {
    const shipped = JSON.parse(readFileSync(join(root, "dist/builtin-part.json"), "latin1")) as IndexPart;
    expect(shipped).toEqual(mergeParts(builtin.map((code) => buildIndexPart(code, conceptsOfCode(data, code), conceptWeights(data), data.asked))));
  });
});

describe("a user's code's part (indexPartOfCode), whose concepts are inferred", () => {
  const copyOf = (code: Code, id: string, derivedFrom: string | undefined): Code => ({ ...renamed(code, id), origin: "user", source: { ...code.source, derivedFrom } });
  it.each([
    ["a copy naming its parent", copyOf(builtin[0]!, "copy-a", builtin[0]!.id)],
    ["a copy naming none", copyOf(builtin[2]!, "copy-b", undefined)],
    ["a copy naming another code", copyOf(builtin[4]!, "copy-c", builtin[1]!.id)],
  ])("%s: the same as from each concept's weights (conceptWeights), with or without the built-in index", (_name, code) => {
    const library: Library = { ...data, codes: [...builtin, code] };
    const expected = buildIndexPart(code, conceptsOfCode(library, code), conceptWeights(library));
    expect(expected.concepts).toContain("~");
    // Besides where its related rules may be copied (related-copies.test.ts).
    const withoutCopies = ({ copies: _copies, ...part }: IndexPart) => part;
    expect(withoutCopies(indexPartOfCode(library, code))).toEqual(expected);
    const withIndex: Library = { ...data, codes: [...builtin, code] };
    expect(withoutCopies(indexPartOfCode(withIndex, code, buildSearchIndex(data)))).toEqual(expected);
  });
});
