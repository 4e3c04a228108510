// The forms of irregular verbs, each standing for the others in the terms' matching.
import { describe, expect, it } from "vitest";
import { otherFormStems } from "../../../src/core/search/irregular-verbs.js";
import { planQuery } from "../../../src/core/search/query.js";
import { stem } from "../../../src/core/text.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("otherFormStems", () => {
  it.each([
    ["drinking", ["drank"]],
    ["drank", ["drink"]],
    ["stole", ["steal", "stolen"]],
    ["bought", [stem("buy")]],
    // Forms that are other words too, and the light verbs whose particle makes the word: themselves alone.
    ["drunk", []],
    ["lost", []],
    ["got", []],
    ["took", []],
    ["knew", []], // a verb of knowing: its forms mean otherwise in the terms
    ["told", []],
    ["gift", []],
  ])("%s: %j", (word, expected) => {
    expect(otherFormStems(stem(word))).toEqual(expected);
  });
});

describe("a question saying a verb in another form than its term", () => {
  const index = builtIndex(readBuiltinLibrary(new URL("../../..", import.meta.url).pathname));
  const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);

  it("meets the term: \"drinking again\" is the term \"drank again\"", () => {
    expect(named("I drank again")).toContain("relapse-and-changes-in-recovery");
    expect(named("what happens if I start drinking again while working as a peer")).toContain("relapse-and-changes-in-recovery");
  });
});
