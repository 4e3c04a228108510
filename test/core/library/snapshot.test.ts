// The snapshot the CLI reads must give back exactly the library the loader makes from data/.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { readTopicsFile } from "../../../src/core/concepts/load-topics.js";
import { parseSnapshot, serializeSnapshot } from "../../../src/core/library/snapshot.js";

const data = join(import.meta.dirname, "../../../data");

describe("snapshot", () => {
  const codes = readCodeDir(data, "builtin");
  const library = { codes, topics: readTopicsFile(join(data, "topics.yaml"), codes), concepts: [] };

  it("round-trips the whole library, keys in the same order", () => {
    const snapshot = parseSnapshot(serializeSnapshot(library, "build-1"));
    expect(snapshot.buildId).toBe("build-1");
    const restored = snapshot.library;
    expect(restored).toEqual(library);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(library));
  });

  it("refuses a snapshot of another format", () => {
    expect(() => parseSnapshot('{"format":1,"buildId":"x","library":{"codes":[],"topics":[]}}')).toThrow(/rebuild with npm run build/);
  });
});
