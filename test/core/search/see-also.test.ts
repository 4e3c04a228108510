// "See also": the room the answers and loosely related hits leave under the limit goes to the
// other standards on the first hits' matters, marked apart, never in place of an answer.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/core/search/inverted-index.js";
import { search } from "../../../src/core/search/search.js";
import type { Concept, Library } from "../../../src/model.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";
import { toyCode } from "./toy-code.js";

const toyKey = (number: number) => ({ code: "toy", section: "rules", number });
function concept(id: string, numbers: number[]): Concept {
  const name = id.replace(/-/g, " ");
  return { id, name, topic: "rules", description: `Rules about ${name}.`, terms: [name], questions: [], standards: numbers.map(toyKey) };
}

describe("see also, on a toy code", () => {
  const texts = [
    "Specialists decline a gift of significant value.",
    "Specialists follow agency policy on any gift or loan.",
    "Specialists never lend money to the people they serve.",
    "Specialists do not borrow cash from participants.",
    "Specialists keep clear limits in every relationship, financial ones included.",
    "Specialists finish their yearly training.",
    "Specialists attend workshops.",
  ];
  // The answers to "gift" (1, 2) are filed under gifts, and one each under boundaries and money;
  // 5 is under both of those, 3 and 4 under money alone, 6 and 7 under neither.
  const concepts = [concept("gifts", [1, 2]), concept("boundaries", [1, 5]), concept("money", [2, 3, 4, 5]), concept("training", [6, 7])];
  const library: Library = { codes: [toyCode(texts)], topics: [], concepts };
  const index = buildSearchIndex(library);
  const numbers = (hits: readonly { number: number }[]) => hits.map((hit) => hit.number);

  it.each([
    { limit: 10, seeAlso: [5, 3, 4] },
    { limit: 4, seeAlso: [5, 3] },
    { limit: 3, seeAlso: [5] },
    { limit: 2, seeAlso: [] },
  ])("with --limit $limit: $seeAlso, after the answers, those under more of their matters first", ({ limit, seeAlso }) => {
    const { hits } = search(index, library, "gift", { limit });
    expect(numbers(hits.filter((hit) => !hit.loose)).sort()).toEqual([1, 2]);
    expect(numbers(hits.filter((hit) => hit.seeAlso))).toEqual(seeAlso);
    expect(hits.filter((hit) => hit.seeAlso).every((hit) => hit.loose)).toBe(true);
    expect(hits.findIndex((hit) => hit.seeAlso)).toBe(seeAlso.length === 0 ? -1 : 2);
  });

  it("has none when the caller filters the hits afterwards", () => {
    expect(search(index, library, "gift", { seeAlso: false }).hits.some((hit) => hit.seeAlso)).toBe(false);
  });

  it("carries each hit's own concepts", () => {
    const hit = search(index, library, "gift").hits.find((found) => found.number === 5)!;
    expect(hit.concepts).toEqual(["boundaries", "money"]);
  });
});

describe("see also, on the five codes", () => {
  const root = join(import.meta.dirname, "../../..");
  const library = readBuiltinLibrary(root);
  const index = builtIndex(library);
  const conceptsOf = new Map(library.concepts.map((entry) => [entry.id, new Set(entry.standards.map((key) => `${key.code} ${key.section} ${key.number}`))]));

  it.each(["supervision hours", "my client wants to pay me for extra help"])(
    "%s: every see-also hit is new and filed under a matter of the first five answers",
    (query) => {
      const { hits } = search(index, library, query);
      const more = hits.filter((hit) => hit.seeAlso);
      expect(more.length).toBeGreaterThan(0);
      expect(hits).toHaveLength(10);
      const keys = hits.map((hit) => `${hit.code} ${hit.section} ${hit.number}`);
      expect(new Set(keys).size).toBe(keys.length);
      const matters = new Set(hits.filter((hit) => !hit.loose).slice(0, 5).flatMap((hit) => hit.concepts));
      for (const hit of more) expect(hit.concepts.some((id) => matters.has(id) && conceptsOf.get(id)!.has(`${hit.code} ${hit.section} ${hit.number}`))).toBe(true);
    },
  );

  it.each(["gift wrap ideas for the office party", "whats the guest wifi password"])("%s: no answer; the loosely related hits' matters follow them", (query) => {
    const { hits } = search(index, library, query);
    expect(hits.every((hit) => hit.loose)).toBe(true);
    const first = hits.findIndex((hit) => hit.seeAlso);
    expect(first).toBeGreaterThan(0);
    expect(hits.slice(first).every((hit) => hit.seeAlso)).toBe(true);
    const matters = new Set(hits.slice(0, first).slice(0, 5).flatMap((hit) => hit.concepts));
    for (const hit of hits.slice(first)) expect(hit.concepts.some((id) => matters.has(id))).toBe(true);
  });

  it("picks the same first ones whether the room is a few places or past SELECTED_IN_PLACE", () => {
    const cited = (limit: number) => search(index, library, "supervision hours", { limit }).hits.filter((hit) => hit.seeAlso).map((hit) => hit.citation);
    const few = cited(10);
    const many = cited(200);
    expect(few.length).toBeGreaterThan(0);
    // A limit of 200 leaves room past SELECTED_IN_PLACE: the list is sorted whole.
    expect(many.length).toBeGreaterThan(few.length);
    expect(many.slice(0, few.length)).toEqual(few);
  });

  it("keeps to the codes searched", () => {
    const { hits } = search(index, library, "supervision hours", { codes: ["wisconsin"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.code === "wisconsin")).toBe(true);
  });
});
