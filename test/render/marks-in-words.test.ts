import { describe, expect, it } from "vitest";
import { marksInWords } from "../../src/render/marks-in-words.js";

describe("marksInWords", () => {
  it.each([
    ["it has no Integrity 99 (Medi-Cal's has 1–14)", "it has no Integrity 99 (Medi-Cal's has 1 to 14)"],
    ["its standards are 1–3, 5, 7–9", "its standards are 1 to 3, 5, 7 to 9"],
    ["ASCII letters a–z, digits and single hyphens", "ASCII letters a to z, digits and single hyphens"],
    ["the lineage loops (a → b → a)", "the lineage loops (a to b to a)"],
    ["too large to compare: 2,100 × 2,000 standards", "too large to compare: 2,100 by 2,000 standards"],
    ["Moodle imports it (Question bank › Import › GIFT format)", "Moodle imports it (Question bank, then Import, then GIFT format)"],
  ])("%j is said %j", (text, said) => {
    expect(marksInWords(text)).toBe(said);
  });

  it("leaves a command to paste as typed, and marks inside words", () => {
    expect(marksInWords("try `ethics show medi-cal integrity 1–4` → 2–5")).toBe("try `ethics show medi-cal integrity 1–4` to 2 to 5");
    expect(marksInWords("no file v1–2.yaml; an em dash — stays; –json")).toBe("no file v1–2.yaml; an em dash — stays; –json");
  });
});
