// A word in -in where speech drops the g of -ing ("goin", "askin", "lyin") is read with its g,
// when it is no word as typed and is one with the g; real words in -in are left as they are.
import { describe, expect, it } from "vitest";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const plannedWords = (query: string) => planQuery(index, query).words.map((word) => word.word);

describe("a dropped g", () => {
  it.each([
    ["lyin on my notes", "lying"],
    ["peer keeps askin 2 borrow my car", "asking"],
    ["goin to his court date", "going"],
    ["cheatin on timesheets", "cheating"],
  ])("%j reads %s", (query, full) => {
    expect(plannedWords(query)).toContain(full);
  });

  it("reads the word meant, not a typo's guess: askin is ask, not skin", () => {
    const asking = planQuery(index, "peer keeps askin 2 borrow my car").words.find((word) => word.word === "asking")!;
    expect([...asking.standsFor]).toEqual(["ask"]);
  });

  it.each([
    ["a client offered me heroin", "heroin"],
    ["can a peer stay in my cabin", "cabin"],
    ["my cousin is on my caseload", "cousin"],
  ])("%j keeps the real word %s", (query, word) => {
    expect(plannedWords(query)).toContain(word);
  });

  it("a dropped g that makes a small word is read as the small word: doin is doing", () => {
    expect(plannedWords("her mom keeps asking me how she's doin")).toEqual(plannedWords("her mom keeps asking me how she's doing"));
  });

  it("one word once: a word typed both ways is one query word", () => {
    expect(plannedWords("lyin and lying").filter((word) => word === "lying")).toHaveLength(1);
  });
});
