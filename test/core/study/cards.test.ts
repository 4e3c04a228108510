// The concept tags of cards: which codes have any (so that the others skip the lookup per standard).
import { describe, expect, it } from "vitest";
import { codesWithConcepts } from "../../../src/core/study/cards.js";

describe("codesWithConcepts", () => {
  const cases: { name: string; keys: string[]; ids: string[] }[] = [
    { name: "no concept tags", keys: [], ids: [] },
    { name: "one code's standards", keys: ["medi-cal\0integrity\x005", "medi-cal\0integrity\x007"], ids: ["medi-cal"] },
    { name: "several codes, in the order first met", keys: ["alaska\0a\x001", "medi-cal\0b\x002", "alaska\0c\x003"], ids: ["alaska", "medi-cal"] },
    { name: "an id that is the start of another", keys: ["scale-1\0s\x001", "scale-10\0s\x001"], ids: ["scale-1", "scale-10"] },
  ];
  for (const { name, keys, ids } of cases) {
    it(name, () => {
      const concepts = new Map(keys.map((key) => [key, ["a-concept"]]));
      expect([...codesWithConcepts(concepts)]).toEqual(ids);
      // worked out once a map
      expect(codesWithConcepts(concepts)).toBe(codesWithConcepts(concepts));
    });
  }
});
