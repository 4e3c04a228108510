// A colleague doing what a rule governs (concept files' `actor: colleague`): the question asks
// about a colleague's conduct as well as about the deed.
import { describe, expect, it } from "vitest";
import { colleagueDoingAt } from "../../../src/core/search/colleague-doer.js";
import { planQuery } from "../../../src/core/search/query.js";
import { words } from "../../../src/core/text.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

/** The colleague the deed `deed` (a word of `text`) is said of, or null. */
const doer = (text: string, deed: string) => {
  const sequence = words(text);
  const at = colleagueDoingAt(sequence, sequence.indexOf(deed));
  return at < 0 ? null : sequence[at];
};

describe("colleagueDoingAt", () => {
  it.each([
    ["a coworker is taking advantage of a client", "taking", "coworker"],
    ["my co-worker is lending money to a peer", "lending", "worker"],
    ["caught my boss backdating notes", "backdating", "boss"],
    ["my supervisor had me backdate notes", "backdate", null], // the asker does it
    ["my coworker says giving clients gifts is against the rules", "giving", null], // the colleague only says so
    ["a coworker told me I should lend him money", "lend", null],
    ["I talked about a client with coworkers at lunch", "talked", null],
    ["gossiping with my coworkers about a client", "gossiping", null],
    ["a colleague of mine is dating a client", "dating", "colleague"],
    ["the client is dating a coworker's brother", "dating", null],
  ])("%j, %s: %s", (text, deed, expected) => {
    expect(doer(text, deed)).toBe(expected);
  });
});

describe("a question about what a colleague does", () => {
  const index = builtIndex(readBuiltinLibrary(new URL("../../..", import.meta.url).pathname));
  const named = (query: string) => planQuery(index, query).matches.filter((match) => match.covers !== 0).map((match) => match.concept.id);

  it("names a colleague's conduct, with the deed, where no term lists the deed", () => {
    expect(named("a coworker is taking advantage of a client")).toEqual(expect.arrayContaining(["exploiting-people-served", "coworker-misconduct"]));
    expect(named("taking advantage of a client")).not.toContain("coworker-misconduct");
  });

  /** The words of the query that name a colleague's conduct. */
  const colleaguesWords = (query: string) => {
    const plan = planQuery(index, query);
    const covers = plan.matches.find((match) => match.concept.id === "coworker-misconduct")?.covers ?? 0;
    return plan.words.filter((_, at) => covers & (1 << at)).map((word) => word.word);
  };

  it("reads the deed's words and the colleague's as naming it", () => {
    expect(colleaguesWords("a coworker is taking advantage of a client")).toEqual(["coworker", "taking", "advantage"]);
  });

  it("does not when the colleague only speaks of the deed", () => {
    expect(colleaguesWords("my coworker says giving clients gifts is against the rules")).not.toContain("giving");
  });
});
