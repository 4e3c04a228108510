// joinConcepts puts an index's concepts and topics together from the parts' packed lists: it
// must make exactly what the list-based way makes, or leave the parts to it (undefined).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptsOfCode } from "../../../src/core/concepts/standard-concepts.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { buildIndexPart, conceptsByLists, conceptWeights, listedDocuments, mergeParts, type IndexPart } from "../../../src/core/search/inverted-index.js";
import { joinConcepts } from "../../../src/core/search/joined-concepts.js";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { packFixedWidth, packIncreasing, packIncreasingInts, unpackInto, unpackNumbers, packNumbers } from "../../../src/core/search/packed-numbers.js";
import type { Code, Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const data = readDataDirectory(join(root, "data"));
const builtin = data.codes;
const renamed = (code: Code, id: string): Code => ({ ...code, id, sections: code.sections.map((section) => ({ ...section, standards: section.standards.map((standard) => ({ ...standard, code: id })) })) });
const library: Library = { ...data, codes: [renamed(builtin[2]!, "copy-a"), ...builtin, renamed(builtin[0]!, "copy-b"), renamed(builtin[4]!, "copy-c")] };
const parts = library.codes.map((code) => buildIndexPart(code, conceptsOfCode(library, code), conceptWeights(library)));

function bothWays(parts: readonly IndexPart[], lib: Library = library) {
  const offsets: number[] = [];
  let documents = 0;
  for (const part of parts) {
    offsets.push(documents);
    documents += part.lengths.length / 2;
  }
  const documentOf = listedDocuments(parts, lib, offsets);
  let lists: unknown;
  try {
    lists = conceptsByLists(parts, lib, offsets, documentOf);
  } catch (error) {
    lists = error instanceof Error ? error.constructor.name : "thrown";
  }
  return { joined: joinConcepts(lib, parts, offsets, documents, documentOf), lists };
}

/** A part's first concept entry (or its centrality) changed by `change`. */
const withEntry = (part: IndexPart, change: (entry: string) => string, field: "concepts" | "centrality" = "concepts"): IndexPart => {
  const [first, ...rest] = part[field].split(" ");
  return { ...part, [field]: [change(first!), ...rest].join(" ") };
};

describe("joinConcepts", () => {
  it.each<[string, () => IndexPart[], "joins" | "leaves"]>([
    ["per-code parts", () => parts, "joins"],
    ["runs of three", () => [0, 3, 6].map((start) => mergeParts(parts.slice(start, start + 3))).filter((run) => run.codes.length > 0), "joins"],
    ["one run of all", () => [mergeParts(parts)], "joins"],
    ["no parts", () => [], "joins"],
    ["parts without concepts", () => parts.map((part) => ({ ...part, concepts: "", centrality: "" })), "joins"],
    ["a key no concept has", () => [withEntry(parts[0]!, (entry) => `nonesuch${entry.slice(entry.indexOf("="))}`), ...parts.slice(1)], "joins"],
    ["a list out of order", () => [withEntry(parts[1]!, (entry) => `${entry}.0`), ...parts.slice(2)], "leaves"],
    ["a document past the part's", () => [withEntry(parts[1]!, (entry) => `${entry}.99999`), ...parts.slice(2)], "leaves"],
    ["an empty document", () => [withEntry(parts[1]!, (entry) => `${entry}.`), ...parts.slice(2)], "leaves"],
    ["a word for a document", () => [withEntry(parts[1]!, (entry) => `${entry}.x`), ...parts.slice(2)], "leaves"],
    ["a key twice in a part", () => [{ ...parts[1]!, concepts: `${parts[1]!.concepts} ${parts[1]!.concepts.split(" ")[0]}`, centrality: `${parts[1]!.centrality} ${parts[1]!.centrality.split(" ")[0]}` }], "leaves"],
    ["a share missing", () => [withEntry(parts[1]!, (shares) => shares.slice(0, -1), "centrality")], "leaves"],
    ["a corrupt share", () => [withEntry(parts[1]!, () => "\\", "centrality")], "leaves"],
    ["fewer share lists than concepts", () => [{ ...parts[1]!, centrality: parts[1]!.centrality.split(" ").slice(1).join(" ") }], "leaves"],
    ["a malformed key of no concept", () => [withEntry(parts[0]!, () => "nonesuch=1.x"), ...parts.slice(1)], "leaves"],
  ])("%s: %s", (_name, make, expected) => {
    const { joined, lists } = bothWays(make());
    if (expected === "joins") expect(joined).toEqual(lists);
    else expect(joined).toBeUndefined();
  });

  it.each<[string, (documents: number) => number]>([
    ["past the documents", (documents) => documents + 5],
    ["not whole", () => 1.5],
    ["negative", () => -1],
  ])("leaves a topic's standard placed %s to the list-based way", (_name, place) => {
    const offsets: number[] = [];
    let documents = 0;
    for (const part of parts) {
      offsets.push(documents);
      documents += part.lengths.length / 2;
    }
    const documentOf = listedDocuments(parts, library, offsets);
    const topic = library.topics.find((entry) => entry.standards.length > 0)!;
    const key = topic.standards[0]!;
    documentOf.set(standardKeyOf(key), place(documents));
    expect(documentOf.size).toBe(listedDocuments(parts, library, offsets).size);
    expect(joinConcepts(library, parts, offsets, documents, documentOf)).toBeUndefined();
  });

  it("leaves libraries whose topics share an id to the list-based way", () => {
    const doubled: Library = { ...library, topics: [...library.topics, library.topics[0]!] };
    expect(bothWays(parts, doubled).joined).toBeUndefined();
  });

  it("makes every concept and topic, in the library's order", () => {
    const joined = bothWays(parts).joined!;
    expect(joined.map((entry) => entry.id)).toEqual([...library.concepts.map((concept) => concept.id), ...library.topics.map((topic) => topic.id)]);
    expect(joined.some((entry) => entry.inferred !== undefined && entry.centrality !== undefined)).toBe(true);
  });
});

describe("the packers joinConcepts writes with", () => {
  it.each<[string, number[]]>([
    ["nothing", []],
    ["one", [0]],
    ["gaps of every width", [0, 1, 44, 45, 46, 2100, 2124, 2125, 100000, 5000000, 2 ** 40]],
    ["a long run", Array.from({ length: 5000 }, (_, at) => at * 8 + (at % 7))],
  ])("packIncreasing of %s reads back, from arrays and typed arrays alike", (_name, values) => {
    const packed = packIncreasing(values);
    let previous = -1;
    expect(unpackNumbers(packed).map((gap) => (previous += gap + 1))).toEqual(values);
    if (values.every((value) => value < 2 ** 31)) {
      expect(packIncreasing(Int32Array.from(values))).toBe(packed);
      expect(packIncreasingInts(Int32Array.from(values))).toBe(packed);
    }
    expect(packIncreasing(Float64Array.from(values))).toBe(packed);
  });

  it.each<[string, number[]]>([
    ["not increasing", [3, 3]],
    ["negative", [-2]],
    ["not whole", [0.5]],
    ["not a number", [Number.NaN]],
  ])("packIncreasing refuses a list %s", (_name, values) => {
    expect(() => packIncreasing(values)).toThrow(RangeError);
    if (values.every(Number.isInteger)) expect(() => packIncreasingInts(Int32Array.from(values))).toThrow(RangeError);
  });

  it.each<[string, number[]]>([
    ["short", [0, 5, 89]],
    ["over the largest", [90, 1000]],
    ["long", Array.from({ length: 3000 }, (_, at) => at % 90)],
  ])("packFixedWidth at width 1, %s, as at any width", (_name, values) => {
    const packed = packFixedWidth(values, 1);
    expect(packed).toHaveLength(values.length);
    expect(packed).toBe(packFixedWidth(values.values(), 1));
  });

  it.each<[string, string, number, number]>([
    ["nothing", "", 4, 0],
    ["numbers", packNumbers([1, 45, 2000, 0]), 4, 4],
    ["more than fit", packNumbers([1, 2, 3]), 2, -1],
    ["a cut-off number", packNumbers([2000]).slice(0, 1), 4, -1],
    ["a character not of the alphabet", "\\", 4, -1],
    ["a character past ASCII", "é", 4, -1],
  ])("unpackInto reads %s", (_name, packed, room, end) => {
    const target = new Float64Array(room);
    expect(unpackInto(packed, target, 0)).toBe(end);
    if (end > 0) expect([...target.subarray(0, end)]).toEqual(unpackNumbers(packed));
  });
});
