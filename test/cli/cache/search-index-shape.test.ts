// A stored search index is used only when it has the shape this build writes: the format and
// every field of its concepts, the marks of themes about the worker's own condition included.
import { describe, expect, it } from "vitest";
import { isSearchIndex } from "../../../src/cli/cache/records.js";
import { SEARCH_INDEX_FORMAT } from "../../../src/core/search/index-format.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const index = builtIndex(readBuiltinLibrary(root));
const marked = index.concepts.findIndex((concept) => concept.workersOwn === true);
const withConcept = (at: number, fields: Record<string, unknown>) => ({ ...index, concepts: index.concepts.map((concept, position) => (position === at ? { ...concept, ...fields } : concept)) });

describe("isSearchIndex", () => {
  it("takes the index this build makes, with its marked concepts", () => {
    expect(marked).toBeGreaterThanOrEqual(0);
    expect(isSearchIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
  });

  it.each([
    ["an index of the format before", { ...index, format: SEARCH_INDEX_FORMAT - 1 }],
    ["a mark that is not true", withConcept(marked, { workersOwn: false })],
    ["a mark that is a string", withConcept(marked, { workersOwn: "yes" })],
    ["a concept without documents", withConcept(0, { documents: undefined })],
  ])("refuses %s", (_, stored) => {
    expect(isSearchIndex(JSON.parse(JSON.stringify(stored)))).toBe(false);
  });
});
