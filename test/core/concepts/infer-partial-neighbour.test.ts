// A standard only partly like a curated one takes, of that one's matters, those its own words
// name: a rule against lending money is not about hiring the people served because Medi-Cal
// Integrity 7, which it resembles, forbids both.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferConcepts, inferenceModel } from "../../../src/core/concepts/infer.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { allStandards, type Standard } from "../../../src/model.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"), "data");
const model = inferenceModel(library.codes.flatMap(allStandards), library.concepts);
const standard = (text: string) => ({ code: "harbor", section: "s", sectionTitle: "S", number: 1, text, items: [], notes: [], editorial: [], citation: "Harbor 1" }) as Standard;
const inferred = (text: string) => inferConcepts([standard(text)], model)[0]!;

describe("concepts from a neighbour partly alike", () => {
  it.each<[string, string, string[], string[]]>([
    ["its own words' matters only", "Never lend money to, or borrow money from, someone you support.", ["lending-and-borrowing-money"], ["hiring-people-you-serve", "private-practice"]],
    // a near copy (Medi-Cal Integrity 7 in other order) is about all its original is about
    [
      "a near copy: every matter of its original",
      "Do not lend, give, or receive money or payment for any services to, or from, persons they serve; do not hire persons served or engage in private practice with them.",
      ["lending-and-borrowing-money"],
      [],
    ],
  ])("%s", (_title, text, has, hasNot) => {
    const concepts = inferred(text);
    expect(concepts).toEqual(expect.arrayContaining(has));
    for (const id of hasNot) expect(concepts).not.toContain(id);
  });
});
