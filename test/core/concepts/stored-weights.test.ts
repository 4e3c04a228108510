// Indexing users' codes reads the built-in concepts' weights the build made
// (dist/concept-weights.txt) instead of working them out on each first run: what it reads must
// be what it would have worked out, and only a library of the built-in concepts and topics may
// use them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptWeightsMadeAhead, registerMadeAhead } from "../../../src/core/concepts/made-ahead.js";
import { parseConceptWeights, serializeConceptWeights } from "../../../src/core/concepts/stored-weights.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { readIndexText } from "../../../src/core/search/index-text.js";
import { conceptWeights, workedOutWeights, type SearchIndex } from "../../../src/core/search/inverted-index.js";
import type { Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const data = readDataDirectory(join(root, "data"), "data");
const shippedIndex = readIndexText(readFileSync(join(root, "dist/search-index.txt"), "latin1")) as SearchIndex;
const shipped = readFileSync(join(root, "dist/concept-weights.txt"), "latin1");

describe("the concept weights the build ships (dist/concept-weights.txt)", () => {
  it("are those worked out from the built-in index's postings, word for word and weight for weight", () => {
    expect(parseConceptWeights(shipped)).toEqual(workedOutWeights(data, shippedIndex));
  });

  it("are those worked out from the concepts themselves, with no index", () => {
    expect(parseConceptWeights(shipped)).toEqual(workedOutWeights(data));
  });

  it("read back in each concept's own order", () => {
    const read = parseConceptWeights(shipped);
    for (const [id, words] of workedOutWeights(data)) expect([...read.get(id)!.keys()]).toEqual([...words.keys()]);
    expect([...read.keys()]).toEqual(data.concepts.map((concept) => concept.id));
  });
});

describe("a text that is no concept weights", () => {
  const text = serializeConceptWeights(workedOutWeights(data));
  it.each([
    ["empty", ""],
    ["cut short", text.slice(0, 2000)],
    ["of another format", text.replace('{"format":1,', '{"format":2,')],
    ["with a word too few weighed", text.replace(/"weights":\[[^,]+,/, '"weights":[')],
    ["with a concept too few", text.replace('"concepts":[[', '"concepts":[')],
    ["naming a word it does not have", text.replace('"concepts":[[', '"concepts":[[999999,')],
  ])("%s: throws", (_, damaged) => {
    expect(() => parseConceptWeights(damaged)).toThrow();
  });

  it("a word that weighs differently in two concepts cannot be written", () => {
    expect(() => serializeConceptWeights(new Map([["a", new Map([["gift", 1]])], ["b", new Map([["gift", 2]])]]))).toThrow(/weighs differently/);
  });
});

describe("which libraries use the weights made ahead", () => {
  const fresh = (): Library => readDataDirectory(join(root, "data"), "data");
  /** Weights no library would work out: proof of which were used. */
  const marked = new Map([["accepting-gifts", new Map([["marked", 0.5]])]]);

  it.each([
    ["the built-in library", true, (library: Library) => library],
    ["a library of the built-in codes and users'", true, (library: Library) => ({ ...library, codes: [...library.codes] })],
    ["a library with the same concepts in another list", false, (library: Library) => ({ ...library, concepts: [...library.concepts] })],
    ["a library with the same topics in another list", false, (library: Library) => ({ ...library, topics: [...library.topics] })],
  ] as const)("%s: read %s", (_, used, libraryOf) => {
    const builtin = fresh();
    let reads = 0;
    registerMadeAhead(builtin, (part) => {
      if (part !== "weights") throw new Error("no model here");
      reads++;
      return serializeConceptWeights(marked);
    });
    const library = libraryOf(builtin);
    expect(conceptWeights(library)).toEqual(used ? marked : workedOutWeights(library));
    expect(conceptWeightsMadeAhead(library)).toEqual(used ? marked : undefined);
    expect(reads).toBe(used ? 1 : 0);
  });

  it("weights that do not read are worked out, and read for no second time", () => {
    const builtin = fresh();
    let reads = 0;
    registerMadeAhead(builtin, () => {
      reads++;
      return "not weights";
    });
    expect(conceptWeights(builtin)).toEqual(workedOutWeights(builtin));
    expect(conceptWeightsMadeAhead({ ...builtin })).toBeUndefined();
    expect(reads).toBe(1);
  });
});
