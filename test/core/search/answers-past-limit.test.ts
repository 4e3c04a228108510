// With countMore, a search whose answers fill the limit says how many more there are: as many
// as a search without the limit answers beyond it. The hits shown do not change.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { search } from "../../../src/core/search/search.js";
import type { Library } from "../../../src/model.js";

const library: Library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");
const index = buildSearchIndex(library);
const answersOf = (query: string, limit: number, options = {}) => search(index, library, query, { limit, ...options }).hits.filter((hit) => !hit.loose);

describe("the answers past the limit", () => {
  it.each([
    ["confidentiality", 10],
    ["confidentiality", 3],
    ["can I accept a gift from someone I support?", 2],
    ["boundaries", 20],
    ["supervision", 1],
    ["relationship", 10],
    ["a coworker keeps texting clients late at night", 4],
  ])("search %j --limit %i: more is every answer less those shown", (query, limit) => {
    const counted = search(index, library, query, { limit, countMore: true });
    const every = answersOf(query, Number.MAX_SAFE_INTEGER).length;
    expect(every).toBeGreaterThan(limit);
    expect(counted.more).toBe(every - limit);
    // The hits are those of the search that counts none.
    expect(counted.hits).toEqual(search(index, library, query, { limit }).hits);
    // And a limit of them all shows them all, and counts none past it.
    const all = search(index, library, query, { limit: limit + counted.more!, countMore: true });
    expect(all.hits.filter((hit) => !hit.loose)).toHaveLength(every);
    expect(all.more).toBeUndefined();
  });

  it.each([
    // nine answers, and a loosely related hit: the limit is not filled by answers
    ["gifts", 10, { countMore: true }],
    // not asked
    ["confidentiality", 3, { countMore: false }],
    ["confidentiality", 3, {}],
  ])("search %j --limit %i %j: no more counted", (query, limit, options) => {
    expect(search(index, library, query, { limit, ...options }).more).toBeUndefined();
  });
});
