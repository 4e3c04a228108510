// An investigator pasting a code's words into `search` must get the code that says them first:
// Medi-Cal Safety & Protection 1 came fifth, under Working Well Together's near-copy and three
// other codes' rules on the same matter, and 33 standards searched by their own text did not
// come first.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const firstHit = (query: string) => {
  const result = ethics(["search", query, "--json"]);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { hits: { citation: string }[] }).hits[0]!.citation;
};

describe("search for a code's own words", () => {
  it.each([
    ["Never engage in romantic or sexual/intimate activities with the persons engaging in services.", "Medi-Cal · Safety & Protection 1"],
    ["Never engage in romantic or sexual/intimate activities with the persons served.", "Working Well Together · Safety & Protection 1"],
    // The whole of one standard, the start of a longer one.
    ["Take responsibility for voicing their own needs and feelings.", "Working Well Together · Mutuality 2"],
    // Part of a standard, quoted with other quotes and case.
    ["“respectfully honor the voices of persons engaging in services”", "Medi-Cal · Mutuality 2"],
  ])("%s → %s", (query, citation) => {
    expect(firstHit(query)).toBe(citation);
  });
});
