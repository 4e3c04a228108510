// A question's opening "As a …," names who asks; the question is read without it.
import { describe, expect, it } from "vitest";
import { askedApart } from "../../../src/core/search/asker.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("askedApart", () => {
  it.each([
    ["As a CPSS, can I date a former client?", "can I date a former client?"],
    ["as a parent partner: can I babysit for a family?", "can I babysit for a family?"],
    ["  As an RN and peer, may I give advice on meds?", "may I give advice on meds?"],
    ["I'm a CPSS. A client offered me a gift card.", "A client offered me a gift card."],
    ["I work as a recovery coach. Can I loan a client money?", "Can I loan a client money?"],
    ["In my role as a peer, can I hug someone I support?", "can I hug someone I support?"],
    ["Speaking as a parent partner: can I babysit?", "can I babysit?"],
    ["New peer specialist here. Can I accept a gift?", "Can I accept a gift?"],
    // Any case; the rest as typed, or lower-cased where lower-casing changes the length (İ).
    ["AS A CPSS, CAN I DATE A FORMER CLIENT?", "CAN I DATE A FORMER CLIENT?"],
    ["As a peer in İzmir, can I hug someone?", "can i hug someone?"],
    ["as a peer I wonder about gifts", undefined], // no comma: it runs on into the question
    ["I'm a CPSS and a client asked me out", undefined],
    ["As a CPSS, what?", undefined], // nothing but small words after it
    ["as a certified peer support specialist in the state of North Carolina working nights, gifts", undefined], // not a few words
    ["gifts, as a rule", undefined],
  ])("%j → %j", (query, expected) => {
    expect(askedApart(query)).toBe(expected);
  });
});

describe("a question that opens with who asks", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const library = readBuiltinLibrary(root);
  const index = builtIndex(library);
  const first = (query: string) => search(index, library, query, { limit: 10 }).hits[0]?.citation;

  it.each([
    ["As a CPSS, gifts", "gifts"],
    ["As a CPSS, dating someone I support", "dating someone I support"],
    ["as a certified peer support specialist, dating someone I support", "dating someone I support"],
    ["As a supervisor, how do I handle a peer specialist who is dating a client?", "how do I handle a peer specialist who is dating a client?"],
    ["I'm a CPSS. A peer asked to borrow money.", "A peer asked to borrow money."],
    ["New peer specialist here. A peer asked to borrow money.", "A peer asked to borrow money."],
    ["In my role as a peer, dating someone I support", "dating someone I support"],
  ])("%j finds first what %j finds first", (asked, bare) => {
    expect(first(asked)).toBe(first(bare));
  });
});

describe("an opening that is the matter", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const library = readBuiltinLibrary(root);
  const index = builtIndex(library);
  const first = (query: string) => search(index, library, query, { limit: 10 }).hits[0]?.citation;

  it("is read with the question when the rest names no matter of its own", () => {
    expect(first("As a mandated reporter, what are my duties?")).toBe(first("mandated reporter: what are my duties?"));
  });
});

describe("an opening whose rest has nothing to search for", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));

  it("is read whole: a rest of one 'word' too long to be one does not end the search", () => {
    expect(planQuery(index, `As a CPSS, ${"x".repeat(60)}`).words.map((word) => word.word)).toEqual(["cpss"]);
  });
});

// A run of spaces was split every way between an opening's leading spaces and its words
// (6,000 spaces, what a query of spaces is cut to: 1.5 s; 60,000 took many minutes).
describe("an opening looked for in a long run of spaces", () => {
  it.each([
    ["spaces alone", " ".repeat(60_000), undefined],
    ["spaces before an opening", `${" ".repeat(60_000)}New peer specialist here. Can I accept a gift?`, "Can I accept a gift?"],
    ["spaces inside one", `New peer specialist${" ".repeat(60_000)}here. Can I accept a gift?`, "Can I accept a gift?"],
  ])("%s: read as quickly as a short one", (_, query, expected) => {
    expect(askedApart(query)).toBe(expected);
  });
});
