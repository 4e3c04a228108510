import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { classifyStandard } from "../../../src/core/concepts/strength.js";
import { confidentReading, decidingWords, strengthAlone, strengthOfStandard } from "../../../src/core/study/strength.js";
import { parseStrengthName } from "../../../src/cli/study-options.js";
import { allStandards, WORDING_STRENGTHS } from "../../../src/model.js";
import { plainLibrary, root, standardAt } from "./library.js";

describe("strengthOfStandard", () => {
  it("reads every standard as the classifier reads it, notes included", () => {
    for (const standard of plainLibrary.codes.flatMap(allStandards)) {
      expect(strengthOfStandard(standard)).toEqual(classifyStandard(standard));
    }
    // A note deferring to agency policy narrows Alaska's prohibition.
    expect(strengthOfStandard(standardAt(plainLibrary, "alaska", "conflicts-of-interest", 3)).qualifiers).toContain("note: as deemed inappropriate or unacceptable by the agency");
  });

  it("strengthAlone is its strength, for every standard and for notes that defer or not", () => {
    const standards = plainLibrary.codes.flatMap(allStandards);
    const withNotes = [
      { text: "Shall not accept gifts.", notes: ["As deemed inappropriate by the agency."] },
      { text: "Strive to be honest.", notes: ["Follow agency policy on this."] },
      { text: "Peers are people.", notes: ["Shall not be read as a rule."] },
    ];
    for (const standard of [...standards, ...withNotes.map((wording) => ({ ...standards[0]!, ...wording }))]) {
      expect(strengthAlone(standard), standard.text).toBe(strengthOfStandard(standard).strength);
    }
  });

  it("--strength takes the classifier's names for a whole standard, in its order", () => {
    expect(WORDING_STRENGTHS.map((name) => parseStrengthName(name.toUpperCase()))).toEqual([...WORDING_STRENGTHS]);
    // Only the matter of an exception is allowed: no standard read whole allows.
    expect(() => parseStrengthName("allows")).toThrow(/--strength takes one of prohibits, requires, defers, aspires, describes, not 'allows'/);
  });
});

describe("a confident reading and its deciding words", () => {
  it.each([
    ["medi-cal", "integrity", 12, "prohibits", "Shall not provide"],
    ["medi-cal", "integrity", 5, "defers", "Follow organizational policies"],
    ["north-carolina", null, 15, "defers", "if allowed by the agency"],
    ["california", "cultural-relevancy", 1, "aspires", "Strive to provide"],
    ["alaska", "conflicts-of-interest", 1, "requires", "will disclose"],
    ["alaska", "conduct", 2, "requires", "will accurately identify"],
    ["wisconsin", null, 12, "prohibits", "will not accept"],
    // a clause after a semicolon without a marker of its own is more of the prohibition's list
    ["alaska", "relationship-with-clients", 3, "prohibits", "will not intimidate"],
    ["north-carolina", null, 11, "prohibits", "will not loan"],
  ] as const)("%s %s %i %s: “%s”", (code, section, number, strength, words) => {
    const reading = confidentReading(standardAt(plainLibrary, code, section, number));
    expect(reading?.strength).toBe(strength);
    expect(decidingWords(reading!)).toBe(words);
  });

  it.each([
    // an imperative requires, but only by its mood: no word of it says so
    ["medi-cal", "respect", 1],
    // "PSS are honest": the present tense of a third-person code
    ["north-carolina", null, 2],
    // prohibits abuse, requires trauma-informed care: mixed
    ["wisconsin", null, 14],
    // the rule prohibits, its note defers to the agency
    ["alaska", "conflicts-of-interest", 3],
    // an imperative requires, then "do not…" prohibits: "requires" is as right an answer
    ["california", "mutuality", 3],
    ["california", "confidentiality", 2],
    ["california", "authenticity", 4],
    ["medi-cal", "mutuality", 3],
    ["medi-cal", "authenticity", 5],
    // "PSS support people to make their own choices" requires, "does not put" prohibits
    ["north-carolina", null, 7],
    // "will utilize supervision" requires, "abide by … established by their employer" defers
    ["wisconsin", null, 11],
    // "do not take peers to their homes" prohibits; "any exception … must have written agency
    // approval", after a semicolon, defers the exception to the agency
    ["north-carolina", null, 16],
    // "I will maintain … as required by my agency" requires, and the agency says which records:
    // a student who answers "defers to agency policy" sees the agency in it as rightly (the key
    // once quoted "required by my agency making")
    ["alaska", "conduct", 5],
    // "Work within their scope of practice as defined by … their employing agency", the same
    ["california", "authenticity", 3],
    ["medi-cal", "authenticity", 4],
  ] as const)("none for %s %s %i", (code, section, number) => {
    expect(confidentReading(standardAt(plainLibrary, code, section, number))).toBeNull();
  });

  it("none for Alaska's Conduct 5 said the other way round: Harbor's “as my agency requires”", () => {
    const harbor = readCodeDir(join(root, "test/fixtures/diff-halves"), "user").find((code) => code.id === "harbor")!;
    const records1 = allStandards(harbor).find((standard) => standard.citation === "Harbor · Records 1")!;
    expect(strengthAlone(records1)).toBe("requires");
    expect(confidentReading(records1)).toBeNull();
  });
});

describe("a deferral beside a prohibition, on something else (Riverbend Gifts 3)", () => {
  // "Will not give personal gifts to the people they serve; program-funded items such as bus
  // passes are handed out only through the program's procedures." A review asked whether its
  // second clause makes it conditional. By the project's rules it does not: a standard is as
  // strong as its strongest clause, and even a note deferring to agency policy leaves the
  // strength the text's, the note a qualifier. Here the deferral is of other things (the
  // program's items), not of the prohibition on personal gifts, which no agency may lift.
  const riverbend = readCodeDir(join(root, "test/fixtures/riverbend"), "user")[0]!;
  const gifts3 = allStandards(riverbend).find((standard) => standard.citation === "Riverbend · Gifts 3")!;

  it("prohibits, and no phrase of the program's items narrows that", () => {
    expect(strengthOfStandard(gifts3)).toEqual({ strength: "prohibits", qualifiers: [] });
  });

  it("is not asked as a strength question: a student who answers 'defers' has read its second clause", () => {
    expect(confidentReading(gifts3)).toBeNull();
  });

  it("the same deferral as a note of the rule it qualifies: still prohibits, the note a qualifier", () => {
    const noted = { ...gifts3, text: "Will not give personal gifts to the people they serve.", notes: ["Program-funded items are handed out only as the agency's policies allow."] };
    expect(strengthOfStandard(noted).strength).toBe("prohibits");
    expect(strengthOfStandard(noted).qualifiers.some((qualifier) => qualifier.startsWith("note: "))).toBe(true);
  });
});
