// A missing word's wrong choices must fit the sentence as the answer does, and be wrong. A
// trainer's review found "This _____:" (includes) offered "interests / drugs / conflicts";
// "only when it _____ the person" (helps) offered "cards" and "gifts"; and "in a way that _____
// the giver" (respects) offered "helps", which reads as right.
import { describe, expect, it } from "vitest";
import { blankCandidates, clozeOf, clozeVocabulary, wordsAround } from "../../../src/core/study/cloze.js";
import { nearSynonyms } from "../../../src/core/study/near-synonyms.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { blankRole, roleAmong, usualRole } from "../../../src/core/study/word-roles.js";
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
    ["to", "and", "noun"],
    ["natural", undefined, "noun"],
    ["that", "are", "noun"],
    ["so", "may", "noun"],
    ["both", "and", null],
    ["when", "in", null],
  ] as const)("after %s, before %s: %s", (before, after, role) => {
    expect(roleAmong("gifts", { before: before === undefined ? [] : [before], after: after === undefined ? [] : [after] }, vocabulary)).toBe(role);
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

/** The standard of the built-in codes whose text has `phrase`, and where `word` is in it. */
function inText(phrase: string, word: string): { text: string; start: number; end: number } {
  const standard = plainLibrary.codes.flatMap(allStandards).find((candidate) => candidate.text.includes(phrase));
  if (!standard) throw new Error(`no standard says “${phrase}”`);
  const start = standard.text.indexOf(phrase) + new RegExp(`\\b${word}\\b`).exec(phrase)!.index;
  return { text: standard.text, start, end: start + word.length };
}

describe("a blank's word read as a verb or a noun in its sentence, as the quiz reads it", () => {
  // Real sentences of the codes. A slip read "When changes in recovery occur" as a verb ("changes",
  // as the codes' "changing" is one's form) and offered "requests", "maintains", "receives";
  // "both gives and receives" as a noun after "both", and offered "beliefs" and "values".
  it.each([
    ["When changes in recovery occur", "changes", "noun"],
    ["making certain that records are documented", "records", "noun"],
    ["required documentation in client records as required", "records", "noun"],
    ["Build supports on the", "supports", "noun"],
    ["develop natural supports", "supports", "noun"],
    ["Assist others to identify", "others", "noun"],
    ["unwarranted promises of benefits", "benefits", "noun"],
    ["both gives and receives", "gives", "verb"],
    ["both gives and receives", "receives", "verb"],
    ["in a way that maintains the focus", "maintains", "verb"],
    ["language that reflects wellness", "reflects", "verb"],
    ["manner that considers and addresses", "considers", "verb"],
    ["the person served requests a change", "requests", "verb"],
    // a word in -ing before its object is a verb's; after an article or an adjective it names or describes
    ["by living a life", "living", "verb"],
    ["responsible for maintaining a peer", "maintaining", "verb"],
    ["Provide a welcoming environment", "welcoming", "noun"],
    ["mutual learning experiences", "learning", "noun"],
    ["their employing agency", "employing", "noun"],
    // before a preposition, a verb's form joined on by it ("those" is no article here)
    ["those engaging in services", "engaging", "linked"],
    ["persons engaging in services", "engaging", "linked"],
    ["when dealing with professionals", "dealing", "linked"],
    ["having a hard time seeing it themselves", "seeing", "verb"],
  ] as const)("“%s”: %s is a %s", (phrase, word, role) => {
    const { text, start, end } = inText(phrase, word);
    expect(blankRole(word, wordsAround(text, start, end), vocabulary)).toBe(role);
  });

  it("“records” is a noun, though a code says “recorded”: the codes' own uses of it tell (“records are”, “maintain records”)", () => {
    const recorded: Standard = { ...standards[2]!, text: "Will make sure every session is recorded in the agency's system.", citation: "Agency · Gifts 9" };
    const withRecorded = clozeVocabulary([...plainLibrary.codes.flatMap(allStandards), ...standards, recorded]);
    expect(withRecorded.words.has("recorded")).toBe(true);
    expect(usualRole("records", withRecorded)).toBe("noun");
  });
});

describe("an -ing word's blank: wrong choices of the same kind, used as it is", () => {
  /** The wrong choices of every blank of a standard of the built-in codes on `word`, over many seeds. */
  function builtinDistractors(phrase: string, word: string): string[] {
    const standard = plainLibrary.codes.flatMap(allStandards).find((candidate) => candidate.text.includes(phrase))!;
    const code = plainLibrary.codes.find((candidate) => candidate.id === standard.code)!;
    const found = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const cloze = clozeOf(standard, code, vocabulary, seededRandom(seed));
      if (cloze?.answer === word) for (const distractor of cloze.distractors) found.add(distractor);
    }
    return [...found];
  }

  it.each([
    // before its object: only words the codes use before one ("expanding their", "making a")
    ["Inspire hope in those they serve by living a life", "living", "verb"],
    // after an article: no word the codes use mostly before an object, or a preposition
    ["Provide a welcoming environment", "welcoming", "noun"],
  ] as const)("“%s” (%s): other -ing words, none another form of it, each used as the blank is (%s)", (phrase, word, role) => {
    const offered = builtinDistractors(phrase, word);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    for (const distractor of offered) {
      expect(distractor).toMatch(/ing$/);
      expect(distractor.slice(0, 4)).not.toBe(word.slice(0, 4));
      if (role === "noun") expect(["noun", null], distractor).toContain(usualRole(distractor, vocabulary));
      else expect(usualRole(distractor, vocabulary), distractor).toBe(role);
    }
  });
});
