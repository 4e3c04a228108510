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

  // --section was told only after the query: `search 😀 --section nosuch --json` printed the
  // empty result and "no standard matches", as if the search had been made.
  it.each([
    [["--code", "nosuch"], /^ethics: no code 'nosuch'/],
    [["--section", "nosuch"], /^ethics: no section 'nosuch' in any code\n/],
    [["--code", "wi", "--section", "nosuch"], /^ethics: no section 'nosuch' in wisconsin/],
  ])("an option's mistake is still no result at all: %j", (options, message) => {
    for (const query of ["😀", "the and of to"]) {
      const run = ethics(["search", query, "--json", ...options]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
    }
  });
});
