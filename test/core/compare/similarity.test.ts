import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import {
  buildTermModel,
  containment,
  cosine,
  cosineMatrix,
  termVector,
  type TermModel,
} from "../../../src/core/compare/similarity.js";
import { terms } from "../../../src/core/text.js";
import { allStandards, type Code } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const codes = readCodeDir(join(root, "data"), "builtin");

function code(id: string): Code {
  return codes.find((candidate) => candidate.id === id)!;
}

function standardText(codeId: string, section: string, number: number): string {
  return allStandards(code(codeId)).find((s) => s.section === section && s.number === number)!.text;
}

const vocabulary = ["gift", "loan", "money", "privaci", "confidenti", "hope", "recoveri", "peer", "support", "harm"];
const termLists = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 12 });

function modelOf(...documents: string[][]): TermModel {
  return buildTermModel(documents);
}

describe("TF-IDF model", () => {
  it("weighs a stem found in fewer documents more", () => {
    const model = modelOf(["peer", "gift"], ["peer", "hope"], ["peer", "harm"]);
    expect(model.idf.get("gift")!).toBeGreaterThan(model.idf.get("peer")!);
    expect(model.idf.get("peer")!).toBeGreaterThan(0);
  });

  it("counts a repeated word more than once, but less than its count (sublinear)", () => {
    const model = modelOf(["adult", "adult", "adult", "goal"], ["goal", "adult"]);
    const vector = termVector(["adult", "adult", "adult", "goal"], model);
    const ratio = vector.get("adult")! / vector.get("goal")!;
    const idfRatio = model.idf.get("adult")! / model.idf.get("goal")!;
    expect(ratio / idfRatio).toBeGreaterThan(1);
    expect(ratio / idfRatio).toBeLessThan(3);
  });

  it("gives a stem the model has not seen the weight of the rarest stem", () => {
    const model = modelOf(["peer", "gift"], ["peer"]);
    const vector = termVector(["gift", "unheard"], model);
    expect(vector.get("unheard")!).toBeGreaterThanOrEqual(vector.get("gift")!);
  });
});

describe("cosine", () => {
  it.each([
    { name: "same terms", a: ["gift", "loan"], b: ["loan", "gift"], expected: 1 },
    { name: "no term in common", a: ["gift", "loan"], b: ["hope", "recoveri"], expected: 0 },
    { name: "an empty text", a: [], b: ["hope"], expected: 0 },
  ])("$name → $expected", ({ a, b, expected }) => {
    const model = modelOf(a, b, ["peer"]);
    expect(cosine(termVector(a, model), termVector(b, model))).toBeCloseTo(expected, 10);
  });

  it("is symmetric and between 0 and 1", () => {
    fc.assert(
      fc.property(termLists, termLists, (a, b) => {
        const model = modelOf(a, b);
        const ab = cosine(termVector(a, model), termVector(b, model));
        const ba = cosine(termVector(b, model), termVector(a, model));
        expect(ab).toBeCloseTo(ba, 12);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("cosineMatrix agrees with cosine on every pair", () => {
    fc.assert(
      fc.property(fc.array(termLists, { maxLength: 5 }), fc.array(termLists, { maxLength: 5 }), (rows, columns) => {
        const model = modelOf(...rows, ...columns);
        const rowVectors = rows.map((t) => termVector(t, model));
        const columnVectors = columns.map((t) => termVector(t, model));
        const matrix = cosineMatrix(rowVectors, columnVectors);
        expect(matrix.length).toBe(rows.length * columns.length);
        rowVectors.forEach((row, r) =>
          columnVectors.forEach((column, c) => expect(matrix[r * columns.length + c]).toBeCloseTo(cosine(row, column), 12)),
        );
      }),
    );
  });
});

describe("containment", () => {
  it.each([
    { name: "every word of part in whole", part: ["gift", "loan"], whole: ["gift", "loan", "money", "hope"], expected: 1 },
    { name: "no word of part in whole", part: ["gift", "loan"], whole: ["hope"], expected: 0 },
    { name: "empty part", part: [], whole: ["hope"], expected: 0 },
  ])("$name → $expected", ({ part, whole, expected }) => {
    expect(containment(part, new Set(whole), modelOf(part, whole))).toBeCloseTo(expected, 10);
  });

  it("weighs a rare word found more than a common one", () => {
    const model = modelOf(["peer", "gift"], ["peer"], ["peer"], ["peer"]);
    const rareFound = containment(["peer", "gift"], new Set(["gift"]), model);
    const commonFound = containment(["peer", "gift"], new Set(["peer"]), model);
    expect(rareFound).toBeGreaterThan(0.5);
    expect(commonFound).toBeLessThan(0.5);
    expect(rareFound + commonFound).toBeCloseTo(1, 10);
  });
});

/** Cosine of two standards as `ethics diff` scores them: IDF over both codes' standards. */
function similarityInDiff(a: readonly [string, string, number], b: readonly [string, string, number]): number {
  const documents = [...allStandards(code(a[0])), ...allStandards(code(b[0]))].map((s) => terms(s.text));
  const model = buildTermModel(documents);
  return cosine(termVector(terms(standardText(...a)), model), termVector(terms(standardText(...b)), model));
}

describe("on the built-in codes", () => {
  // Read from the codes: each pair is one standard in two wordings, or says one thing twice.
  it.each([
    { what: "WWT Person-Driven 1 and Medi-Cal Person-Driven 1 (reworded)", a: ["california", "person-driven", 1], b: ["medi-cal", "person-driven", 1], atLeast: 0.55 },
    { what: "WWT Respect 13 and Medi-Cal Respect 12 (new ending)", a: ["california", "respect", 13], b: ["medi-cal", "respect", 12], atLeast: 0.5 },
    { what: "Alaska Relationship with Clients 3 and Medi-Cal Safety & Protection 6", a: ["alaska", "relationship-with-clients", 3], b: ["medi-cal", "safety-and-protection", 6], atLeast: 0.8 },
    { what: "Wisconsin 8 and North Carolina 12 (no sexual relationships)", a: ["wisconsin", "code-of-conduct", 8], b: ["north-carolina", "code-of-ethics", 12], atLeast: 0.3 },
  ] as const)("$what score high", ({ a, b, atLeast }) => {
    expect(similarityInDiff(a, b)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    { what: "WWT Person-Driven 1 and Medi-Cal Family Driven 7", a: ["california", "person-driven", 1], b: ["medi-cal", "family-driven-and-child-centered", 7] },
    { what: "Alaska Conflicts of Interest 4 (sponsoring) and Medi-Cal Mutuality 3", a: ["alaska", "conflicts-of-interest", 4], b: ["medi-cal", "mutuality", 3] },
  ] as const)("$what score low", ({ a, b }) => {
    expect(similarityInDiff(a, b)).toBeLessThan(0.2);
  });

  it("scores WWT Person-Driven 1 highest against its successor among all of Medi-Cal", () => {
    const documents = [...allStandards(code("california")), ...allStandards(code("medi-cal"))].map((s) => terms(s.text));
    const model = buildTermModel(documents);
    const personDriven1 = termVector(terms(standardText("california", "person-driven", 1)), model);
    const [best] = allStandards(code("medi-cal"))
      .map((s) => ({ s, score: cosine(personDriven1, termVector(terms(s.text), model)) }))
      .sort((x, y) => y.score - x.score);
    expect([best!.s.section, best!.s.number]).toEqual(["person-driven", 1]);
  });
});
