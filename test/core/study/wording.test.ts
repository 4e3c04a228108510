// The quiz's "which code says this?" compares a standard with every other code's. wording.ts does
// it on flat arrays; here it is held to compare/similarity.ts's Maps and Sets, score for score.
import { describe, expect, it } from "vitest";
import { buildTermModel, containment, cosine, termVector } from "../../../src/core/compare/similarity.js";
import { terms } from "../../../src/core/text.js";
import { libraryWording, placeOf, sameSayings, WordingBuilder } from "../../../src/core/study/wording.js";
import { allStandards, type Code, type Standard } from "../../../src/model.js";
import { plainLibrary } from "./library.js";

const codes = plainLibrary.codes;
const everyStandard = codes.flatMap(allStandards);
const documents = everyStandard.map((standard) => terms(standard.text));
const model = buildTermModel(documents);
const vectors = new Map(everyStandard.map((standard, at) => [standard, termVector(documents[at]!, model)]));

/** The most alike standard of another code if one says the same, as the quiz first worked it out. */
function sameSaying(standard: Standard, other: Code): Standard | null {
  let best: { standard: Standard; score: number } | null = null;
  for (const candidate of allStandards(other)) {
    const folded = new Set(terms(standard.text)).size >= 3 && containment(terms(standard.text), new Set(terms(candidate.text)), model) >= 0.8;
    const score = folded ? 1 : cosine(vectors.get(standard)!, vectors.get(candidate)!);
    if (score >= 0.5 && (!best || score > best.score)) best = { standard: candidate, score };
  }
  return best?.standard ?? null;
}

describe("the wording of a library", () => {
  const wording = libraryWording(codes);

  it("made a code at a time is made as at once", () => {
    const builder = new WordingBuilder();
    for (const code of codes) builder.add(code);
    expect(builder.done()).toEqual(wording);
  });

  it("holds each standard's citation at its place", () => {
    for (const code of codes) allStandards(code).forEach((standard, place) => expect(wording.citations[placeOf(wording, code, place)]).toBe(standard.citation));
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: each standard's same sayings are similarity.ts's, in every other code", (_id, code) => {
    const others = codes.filter((other) => other !== code);
    let alike = 0;
    allStandards(code).forEach((standard, place) => {
      const found = sameSayings(wording, placeOf(wording, code, place), others);
      const expected = others.map((other) => sameSaying(standard, other)?.citation ?? null);
      expect(found.map((at) => (at < 0 ? null : wording.citations[at]!))).toEqual(expected);
      alike += found.filter((at) => at >= 0).length;
    });
    // Working Well Together and Medi-Cal share most of their standards; the others few or none.
    if (code.id === "medi-cal" || code.id === "california") expect(alike).toBeGreaterThan(50);
  });
});
