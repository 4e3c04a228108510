// `show california respects`, `show alaska relationships-with-clients`, `search --section
// relationships-with-clients` and `show california cultural-relevance` offered nothing (4bb15ee)
// since each word is English spelt right: another form of a section's own words is that section,
// and is offered again. English words unlike any name's (nice, rope, love) still get nothing.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("a section's name in another form of its words", () => {
  it.each([
    [["show", "california", "respects"], "no section 'respects' in california — did you mean respect?"],
    [["show", "alaska", "relationships-with-clients"], "in alaska — did you mean relationship-with-clients?"],
    [["search", "gifts", "--section", "relationships-with-clients"], "in any code — did you mean Relationship with Clients?"],
    [["show", "california", "cultural-relevance"], "in california — did you mean cultural-relevancy?"],
    [["show", "california", "cultural", "relevance"], "in california — did you mean cultural-relevancy?"],
    [["show", "wi", "rode", "of", "conduct"], "in wisconsin — did you mean code-of-conduct?"],
  ])("%j is offered the section", (args, message) => {
    expectShortFailure(ethics(args), 1, message);
  });

  it.each([[["show", "nice"]], [["show", "medi-cal", "rope"]], [["search", "gifts", "--section", "love"]]])(
    "%j, unlike any name's words, is offered nothing",
    (args) => {
      const result = ethics(args);
      expect(result.code).toBe(1);
      expect(result.stderr).not.toContain("did you mean");
    },
  );
});
