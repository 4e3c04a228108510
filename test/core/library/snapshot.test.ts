// The snapshot the CLI reads must give back exactly the library the loader makes from data/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { parseSnapshot, serializeConcepts, serializeSnapshot } from "../../../src/core/library/snapshot.js";

const data = join(import.meta.dirname, "../../../data");

describe("snapshot", () => {
  const library = readDataDirectory(data, "data");

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

  it("refuses a snapshot of another format", () => {
    expect(() => parseSnapshot('{"format":1,"buildId":"x","library":{"codes":[],"topics":[]}}', () => "[]")).toThrow(/rebuild with npm run build/);
  });
});
