// A question's opening "As a …," names who asks; the question is read without it.
import { describe, expect, it } from "vitest";
import { withoutAsker } from "../../../src/core/search/asker.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

describe("withoutAsker", () => {
  it.each([
    ["As a CPSS, can I date a former client?", "can I date a former client?"],
    ["as a parent partner: can I babysit for a family?", "can I babysit for a family?"],
    ["  As an RN and peer, may I give advice on meds?", "may I give advice on meds?"],
    ["as a peer I wonder about gifts", "as a peer I wonder about gifts"], // no comma: it runs on
    ["As a CPSS, what?", "As a CPSS, what?"], // nothing but small words left: read whole
    ["as a certified peer support specialist in the state of North Carolina working nights, gifts", "as a certified peer support specialist in the state of North Carolina working nights, gifts"], // not a few words
    ["gifts, as a rule", "gifts, as a rule"],
  ])("%j → %j", (query, expected) => {
    expect(withoutAsker(query)).toBe(expected);
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
  ])("%j finds first what %j finds first", (asked, bare) => {
    expect(first(asked)).toBe(first(bare));
  });
});
