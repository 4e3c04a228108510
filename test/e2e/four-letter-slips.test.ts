// "search gifs" said "did you mean gifts?", but "gifs from clients" was read with "gifs" a word
// nobody knows, and gave a loosely related Alaska Conduct 7: a four-letter word was corrected
// for swapped letters only. A letter left out is the other slip it is corrected for.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a four-letter word with a letter left out", () => {
  it("gifs from clients finds the rules on accepting gifts, as answers", () => {
    const { stdout, code } = ethics(["search", "gifs from clients", "--json"]);
    expect(code).toBe(0);
    const hits = (JSON.parse(stdout) as { hits: { citation: string; loose: boolean }[] }).hits;
    expect(hits[0]!.loose).toBe(false);
    expect(hits.slice(0, 5).map((hit) => hit.citation)).toEqual(expect.arrayContaining(["Alaska · Conflicts of Interest 3", "Wisconsin 12"]));
  });
});
