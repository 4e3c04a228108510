import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { indexFitsLibrary } from "../../../src/core/search/index-fit.js";
import { buildSearchIndex, type SearchIndex } from "../../../src/core/search/inverted-index.js";
import type { Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
let library: Library;
let index: SearchIndex;

beforeAll(() => {
  library = readDataDirectory(join(root, "data"));
  index = buildSearchIndex(library);
});

describe("a stored search index fits the library it is read for", () => {
  it("when it was made from that library", () => {
    expect(indexFitsLibrary(index, library)).toBe(true);
  });

  it("when the concepts' ids are given apart, as the built-in snapshot lists them", () => {
    const ids = library.concepts.map((concept) => concept.id);
    expect(indexFitsLibrary(index, library, ids)).toBe(true);
    expect(indexFitsLibrary(index, library, ids.slice(1))).toBe(false);
    expect(indexFitsLibrary(index, library, [ids[1]!, ids[0]!, ...ids.slice(2)])).toBe(false);
  });

  it("and not from a library with a code less", () => {
    expect(indexFitsLibrary(index, { ...library, codes: library.codes.slice(1) })).toBe(false);
  });

  it.each<[string, (index: SearchIndex) => void]>([
    ["a code less", (damaged) => damaged.codes.pop()],
    ["another code's id", (damaged) => (damaged.codes[0]!.id = "other")],
    ["a section less", (damaged) => damaged.codes[0]!.sections.pop()],
    ["a section's size changed", (damaged) => (damaged.codes[0]!.sections[0]!.size += 1)],
    ["a section's size that is not a count", (damaged) => (damaged.codes[0]!.sections[0]!.size = 1.5)],
    ["no lengths", (damaged) => (damaged.lengths = "")],
    ["a length less", (damaged) => (damaged.lengths = damaged.lengths.slice(2))],
    ["no concepts", (damaged) => (damaged.concepts = [])],
    ["a topic less", (damaged) => damaged.concepts.pop()],
    ["two concepts swapped", (damaged) => ([damaged.concepts[0], damaged.concepts[1]] = [damaged.concepts[1]!, damaged.concepts[0]!])],
    ["a concept taken for a topic", (damaged) => (damaged.concepts[0]!.kind = "topic")],
    ["a concept's topic past the end", (damaged) => (damaged.concepts.find((concept) => concept.topic !== undefined)!.topic = 999)],
    ["a concept's topic that is a concept", (damaged) => (damaged.concepts.find((concept) => concept.topic !== undefined)!.topic = 0)],
    ["no concept lengths", (damaged) => (damaged.conceptLengths = "")],
  ])("and not with %s", (_name, damage) => {
    // As stored and read back: an index is JSON (one put together from parts reads its postings lazily, and is no plain object to clone).
    const damaged = JSON.parse(JSON.stringify(index)) as SearchIndex;
    damage(damaged);
    expect(indexFitsLibrary(damaged, library)).toBe(false);
  });
});
