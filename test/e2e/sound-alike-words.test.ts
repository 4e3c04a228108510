// A word spelt as it sounds, that is a word too ("lone" for loan, "duel" for dual, "brake" for
// break): typo correction leaves real words alone, so such a question was answered on another
// matter (loneliness) or only loosely. A word the codes and the concept index never use that
// sounds like one they do now stands for it too, at a typo's weight.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const hits = (query: string) => {
  const { stdout, code } = ethics(["search", query, "--json"]);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { hits: { citation: string; loose: boolean }[] }).hits.slice(0, 3).map(({ citation, loose }) => ({ citation, loose }));
};

describe("a word that sounds like the word meant", () => {
  it.each([
    ["can i lone a client my car", "can i loan a client my car"],
    ["duel relationships", "dual relationships"],
    ["taking a brake from a client", "taking a break from a client"],
  ])("%s answers as %s", (sounded, meant) => {
    const expected = hits(meant);
    expect(expected.every((hit) => !hit.loose)).toBe(true);
    expect(hits(sounded)).toEqual(expected);
  });
});
