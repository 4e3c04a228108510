// `ethics search xyzzy --json` prints { query, hits: [], concepts: [] } and exits 1: a search
// that found nothing. A query search cannot read (emoji, another script, punctuation or common
// words alone) said the same "no standard matches" with the same exit status, but printed
// nothing on stdout, so a script reading the JSON (`… --json | jq .hits`) failed on just those.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("search --json of a query with no words search reads", () => {
  it.each([["😀😀"], ["подарки"], ["?!"], ["the and of to"], ["xyzzy"]])("%s: the empty result on stdout, the message on stderr, exit 1", (query) => {
    const run = ethics(["search", query, "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ query, hits: [], concepts: [] });
    expect(run.stderr).toMatch(/^ethics: no standard matches '/);
  });

  it("an option's mistake is still no result at all", () => {
    const run = ethics(["search", "😀", "--json", "--code", "nosuch"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^ethics: no code 'nosuch'/);
  });
});
