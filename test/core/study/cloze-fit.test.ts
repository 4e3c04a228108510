// A missing word's wrong choices must fit the sentence as the answer does, and be wrong. A
// trainer's review found "This _____:" (includes) offered "interests / drugs / conflicts";
// "only when it _____ the person" (helps) offered "cards" and "gifts"; and "in a way that _____
// the giver" (respects) offered "helps", which reads as right.
import { describe, expect, it } from "vitest";
import { blankCandidates, clozeOf, clozeVocabulary } from "../../../src/core/study/cloze.js";
import { nearSynonyms } from "../../../src/core/study/near-synonyms.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { roleBetween, usualRole } from "../../../src/core/study/word-roles.js";
import { allStandards, type Code, type Standard } from "../../../src/model.js";
import { plainLibrary, standardAt } from "./library.js";

/** An agency's code of three standards, beside the built-in ones. */
const texts = [
  "Should share their own recovery story only when it helps the person they serve, and keep the focus on that person.",
  "Will respond to an offered gift that they cannot accept in a way that respects the giver.",
  "Will follow the agency's policies.",
];
const standards: Standard[] = texts.map((text, at) => ({ code: "agency", section: "gifts", sectionTitle: "Gifts", number: at + 1, text, items: [], notes: [], editorial: [], citation: `Agency · Gifts ${at + 1}` }));
const agency: Code = { ...plainLibrary.codes[0]!, id: "agency", aliases: [], shortName: "Agency", origin: "user", sections: [{ id: "gifts", title: "Gifts", intro: null, editorial: {}, standards }] };
const vocabulary = clozeVocabulary([...plainLibrary.codes.flatMap(allStandards), ...standards]);

/** The wrong choices of every blank of `standard` on `word`, over many seeds. */
function distractorsOf(standard: Standard, code: Code, word: string): string[] {
  const found = new Set<string>();
  for (let seed = 1; seed <= 60; seed++) {
    const cloze = clozeOf(standard, code, vocabulary, seededRandom(seed));
    if (cloze?.answer === word) for (const distractor of cloze.distractors) found.add(distractor);
  }
  return [...found];
}

describe("a word in -s: a verb or a plural noun, as the words around it say", () => {
  it.each([
    ["this", ":", "verb"],
    ["it", "the", "verb"],
    ["which", "to", "verb"],
    [undefined, "their", "verb"],
    ["the", "of", "noun"],
    ["their", "and", "noun"],
    ["of", ".", "noun"],
    ["so", "may", null],
  ] as const)("after %s, before %s: %s", (before, after, role) => {
    expect(roleBetween(before, after)).toBe(role);
  });

  it.each([
    ["includes", "verb"],
    ["maintains", "verb"],
    ["rights", "noun"],
    ["families", "noun"],
    ["beliefs", "noun"],
  ] as const)("the codes use %s as a %s", (word, role) => {
    expect(usualRole(word, vocabulary)).toBe(role);
  });

  it("a verb's blank is offered verbs: “only when it _____ the person”", () => {
    const offered = distractorsOf(standards[0]!, agency, "helps");
    expect(offered.length).toBeGreaterThan(0);
    for (const word of offered) expect(usualRole(word, vocabulary), word).toBe("verb");
  });

  it("a noun's blank is offered no verb: “Will follow the agency's _____.”", () => {
    const offered = distractorsOf(standards[2]!, agency, "policies");
    expect(offered.length).toBeGreaterThan(0);
    for (const word of offered) expect(usualRole(word, vocabulary), word).not.toBe("verb");
  });
});

describe("a near-synonym of the answer is never a wrong choice", () => {
  it.each([
    ["respects", "helps", true],
    ["respects", "honors", true],
    ["maintain", "keep", true],
    ["essential", "critical", true],
    ["respectful", "courteous", true],
    ["respects", "changes", false],
    ["gifts", "loans", false],
  ] as const)("%s and %s: %s", (a, b, near) => {
    expect(nearSynonyms(a, b)).toBe(near);
  });

  it("“in a way that _____ the giver” (respects) is never offered “helps”", () => {
    const offered = distractorsOf(standards[1]!, agency, "respects");
    expect(offered.length).toBeGreaterThan(2);
    expect(offered).not.toContain("helps");
    expect(offered).not.toContain("honors");
  });
});

describe("a word that joins a rule's parts is never the blank", () => {
  it.each([
    ["medi-cal", "integrity", 14],
    ["medi-cal", "integrity", 13],
  ] as const)("%s %s %i: “This includes” is not asked", (code, section, number) => {
    const standard = standardAt(plainLibrary, code, section, number);
    expect(blankCandidates(standard, vocabulary).map((candidate) => candidate.word)).not.toContain("includes");
  });
});
