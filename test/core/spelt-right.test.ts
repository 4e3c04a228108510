import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { meantAsTyped } from "../../src/core/spelt-right.js";
import { englishWordCheck, judgeWordsBy } from "../../src/core/word-check.js";

describe("meantAsTyped: English unlike the nearest name's words", () => {
  let before: (word: string) => boolean;
  beforeEach(() => {
    before = englishWordCheck();
    judgeWordsBy((word) => word !== "medi" && word !== "cla");
  });
  afterEach(() => judgeWordsBy(before));

  it.each([
    ["nice", "north-carolina"],
    ["rope", "hope"],
    ["love", "hope"],
    ["rode", "code"],
  ])("%s is meant as typed, not %s", (typed, name) => {
    expect(meantAsTyped(typed, name)).toBe(true);
  });

  it.each([
    ["respects", "respect"],
    ["relationships-with-clients", "relationship-with-clients"],
    ["cultural-relevance", "cultural-relevancy"],
    ["rode of conduct", "code-of-conduct"],
  ])("%s is a form of %s", (typed, name) => {
    expect(meantAsTyped(typed, name)).toBe(false);
  });

  it("a small word shared is no form of the name: 'of' alone", () => {
    expect(meantAsTyped("rope of hope", "code-of-conduct")).toBe(true);
  });

  it("a word not spelt right is a slip, never meant as typed", () => {
    expect(meantAsTyped("medi-cla", "medi-cal")).toBe(false);
  });
});
