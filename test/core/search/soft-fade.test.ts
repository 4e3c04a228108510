// A concept whose own words answer the query a little less well than the best concept's lends
// its standards a little less, not nothing: a side word another concept's words use must not
// take a named matter's rules out of the first ten.
import { describe, expect, it } from "vitest";
import { softShare } from "../../../src/core/search/rank.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

describe("soft lending fades below the best concept's", () => {
  it.each([
    [1, 1],
    [0.85, 1],
    [0.8, 2 / 3],
    [0.775, 1 / 2],
    [0.7, 0],
    [0.5, 0],
    [0, 0],
  ])("a concept answering %f as well as the best lends %f of its score", (ratio, share) => {
    expect(softShare(ratio)).toBeCloseTo(share, 9);
  });

  it("a side word does not drop the named matter's rules: 'honestly' beside 'hitting on me'", () => {
    const query = "my client keeps hitting on me and honestly i kinda like him";
    const romance = (hits: ReturnType<typeof search>["hits"]) => hits.filter((hit) => hit.concepts.includes("romance-or-sex-with-people-served"));
    const alone = romance(search(index, library, "my client keeps hitting on me and i kinda like him").hits);
    const beside = romance(search(index, library, query).hits.slice(0, 10));
    expect(alone.length).toBeGreaterThanOrEqual(5);
    // None of them was in the first ten when the lending stopped at a cliff.
    expect(beside.length).toBeGreaterThanOrEqual(2);
  });
});
