// A situation question's right answer is the standard of its matter that speaks most to it: drawn
// regardless, "How do I communicate directly and honestly with someone whose culture values
// indirectness?" was answered by Medi-Cal Integrity 6, on the cultural context of gifts.
import { describe, expect, it } from "vitest";
import { bestFitting } from "../../../src/core/study/situation-fit.js";
import { plainLibrary, standardAt } from "./library.js";

const at = (section: string, number: number) => standardAt(plainLibrary, "medi-cal", section, number);
// Medi-Cal's standards on taking a person's cultural context into account (the concept index).
const culturalContext = [at("cultural-responsiveness-and-humility", 1), at("respect", 4), at("respect", 10), at("integrity", 6), at("authenticity", 1)];

describe("bestFitting: the standards of a matter that speak most to one of its questions", () => {
  it.each([
    ["How do I communicate directly and honestly with someone whose culture values indirectness?", ["Medi-Cal · Authenticity 1"]],
    ["What does “culturally mindful” language mean?", ["Medi-Cal · Respect 10"]],
    // a word all of them use counts least, but counts: none is left out for it
    ["Should I think about gifts in light of someone's culture?", ["Medi-Cal · Integrity 6"]],
    // no word shared: every one of them, to draw from
    ["Xyzzy?", culturalContext.map((standard) => standard.citation)],
  ])("%s → %j", (question, citations) => {
    expect(bestFitting(question, culturalContext).map((standard) => standard.citation)).toEqual(citations);
  });
});
