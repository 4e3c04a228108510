// The snapshot the CLI reads must give back exactly the library the loader makes from data/,
// but for the questions of data/questions/: only the build reads them, into the search index.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { parseSnapshot, serializeConcepts, serializeSnapshot, type SnapshotParts } from "../../../src/core/library/snapshot.js";

const data = join(import.meta.dirname, "../../../data");

describe("snapshot", () => {
  const { asked, ...library } = readDataDirectory(data, "data");

  it("carries no questions: the build reads them into the index", () => {
    expect(asked?.size).toBeGreaterThan(200);
    const restored = parseSnapshot(serializeSnapshot({ ...library, ...(asked && { asked }) }, "b"), () => serializeConcepts(library)).library;
    expect(restored).toEqual(library);
  });

  it("round-trips the whole library, keys in the same order, the concepts apart", () => {
    const snapshot = parseSnapshot(serializeSnapshot(library, "build-1"), () => serializeConcepts(library));
    expect(snapshot.buildId).toBe("build-1");
    const restored = snapshot.library;
    expect(restored).toEqual(library);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(library));
  });

  it("reads the concepts only when they are asked for", () => {
    let reads = 0;
    const { library: restored } = parseSnapshot(serializeSnapshot(library, "b"), () => (reads++, serializeConcepts(library)));
    expect(restored.codes).toHaveLength(library.codes.length);
    expect(reads).toBe(0);
    expect(restored.concepts.length).toBe(library.concepts.length);
    expect(restored.concepts).toBe(restored.concepts);
    expect(reads).toBe(1);
  });

  it("lists the concepts' ids without reading the concepts", () => {
    let reads = 0;
    const snapshot = parseSnapshot(serializeSnapshot(library, "b"), () => (reads++, serializeConcepts(library)));
    expect(snapshot.conceptIds).toEqual(library.concepts.map((concept) => concept.id));
    expect(reads).toBe(0);
  });

  /** The snapshot's text as the CLI gives it, a part at a time, with the parts read so far. */
  const inParts = (text: string) => {
    const read: [number, number][] = [];
    const parts: SnapshotParts = {
      length: text.length,
      firstLine: () => text.slice(0, text.indexOf("\n")),
      slice: (from, to) => (read.push([from, to]), text.slice(from, to)),
    };
    return { parts, read };
  };

  it("reads a section's standards and the topics only when they are asked for", () => {
    const { parts, read } = inParts(serializeSnapshot(library, "b"));
    const restored = parseSnapshot(parts, () => serializeConcepts(library)).library;
    expect(restored.codes.map((code) => code.id)).toEqual(library.codes.map((code) => code.id));
    expect(restored.codes[1]!.sections.map((section) => section.title)).toEqual(library.codes[1]!.sections.map((section) => section.title));
    expect(read).toEqual([]);
    expect(restored.codes[1]!.sections[2]!.standards).toEqual(library.codes[1]!.sections[2]!.standards);
    expect(restored.codes[1]!.sections[2]!.standards).toBe(restored.codes[1]!.sections[2]!.standards);
    expect(read).toHaveLength(1);
    expect(restored.topics).toEqual(library.topics);
    expect(read).toHaveLength(2);
    // Read through the parts, the library is the whole library still: every section read once.
    expect(JSON.stringify(restored)).toBe(JSON.stringify(library));
    expect(read).toHaveLength(library.codes.reduce((sum, code) => sum + code.sections.length, 0) + 1);
  });

  it("keeps a section's standards or topics written to it, read or not", () => {
    const restored = parseSnapshot(serializeSnapshot(library, "b"), () => serializeConcepts(library)).library;
    const [first, second] = restored.codes[0]!.sections;
    const kept = first!.standards.slice(0, 1);
    first!.standards = kept;
    second!.standards = [];
    restored.topics = [];
    expect([first!.standards, second!.standards, restored.topics]).toEqual([kept, [], []]);
    expect(Object.keys(first!)).toEqual(["id", "title", "intro", "standards", "editorial"]);
  });

  it.each([
    ["cut short", (text: string) => text.slice(0, -1)],
    ["with bytes after its last part", (text: string) => `${text} `],
    ["without its parts", (text: string) => text.slice(0, text.indexOf("\n"))],
  ])("refuses a snapshot %s", (_name, damage) => {
    expect(() => parseSnapshot(damage(serializeSnapshot(library, "b")), () => "[]")).toThrow(/rebuild with npm run build/);
  });

  it("refuses a snapshot of another format", () => {
    expect(() => parseSnapshot('{"format":1,"buildId":"x","library":{"codes":[],"topics":[]}}', () => "[]")).toThrow(/rebuild with npm run build/);
  });
});
