// Words written together that the concept index writes apart: read as those two words.
import { describe, expect, it } from "vitest";
import { splitCompound } from "../../../src/core/search/compounds.js";
import { buildTermIndex } from "../../../src/core/search/term-index.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("splitCompound", () => {
  // Entry terms as the concept index holds them: their words' stems, small words marked.
  const terms = buildTermIndex([
    ["self care", "self disclosur", "~the role ~of ~a peer", "social media", "harm reduct", "care card", "car ecard"].map((text) => {
      const words = text.split(" ");
      return { words: words.map((word) => word.replace(/^~/, "")), stop: words.map((word) => word.startsWith("~")) };
    }),
  ]);
  it.each([
    ["selfcare", ["self", "care"]],
    ["selfdisclosure", ["self", "disclosure"]], // the stems of the parts are the term's
    ["socialmedia", ["social", "media"]],
    ["harmreductions", ["harm", "reductions"]],
    ["everybody", undefined], // every and body make no term
    ["therole", undefined], // "the" is a small word
    ["carecard", undefined], // care + card and car + ecard: two ways, so neither
    ["mediasocial", undefined], // not in the term's order
    ["selfcar", undefined],
    ["selfc", undefined],
  ])("%s → %j", (word, expected) => {
    expect(splitCompound(word, terms)).toEqual(expected);
  });
});

describe("a query word written as two", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const library = readBuiltinLibrary(root);
  const index = builtIndex(library);
  const cited = (query: string) => search(index, library, query, { limit: 10 }).hits.map((hit) => hit.citation);

  it.each([
    ["selfcare", "self-care"],
    ["selfdisclosure", "self-disclosure"],
    ["socialmedia", "social media"],
  ])("%s finds what %s finds", (together, apart) => {
    expect(cited(apart).length).toBeGreaterThan(0);
    expect(cited(together)).toEqual(cited(apart));
  });

  it("leaves a word alone that no entry term writes apart, and a known word", () => {
    expect(planQuery(index, "everybody knows").words.map((word) => word.word)).toEqual(["everybody", "knows"]);
    expect(planQuery(index, "therapist").words.map((word) => word.word)).toEqual(["therapist"]);
  });
});
