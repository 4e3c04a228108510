// "that" after a noun opens a clause of which it is the subject, and a word in -s right after it
// is that clause's verb: "a relationship or commitment that _____ with the support needs"
// (conflicts) was read as a noun and offered "caregivers", "benefits" and "rights"; and
// "considers", the codes' "a holistic manner that considers and addresses", was counted a noun
// and offered for "Respect the _____" (rights).
import { describe, expect, it } from "vitest";
import { clozeOf, clozeVocabulary, wordsAround } from "../../../src/core/study/cloze.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { blankRole, roleAmong, usualRole } from "../../../src/core/study/word-roles.js";
import { allStandards } from "../../../src/model.js";
import { plainLibrary } from "./library.js";

const standards = plainLibrary.codes.flatMap(allStandards);
const vocabulary = clozeVocabulary(standards);

describe("a word in -s after “that”", () => {
  it.each([
    // after a noun: the clause's verb
    [["commitment", "that"], ["with", "the"], "verb"],
    [["manner", "that"], ["and", "addresses"], "verb"],
    [["relationship", "that"], ["with", "their"], "verb"],
    // after a verb or "so": the subject of the clause it joins
    [["so", "that"], ["may", "make"], "noun"],
    [["ensure", "that"], ["are", "documented"], "noun"],
    // a verb after it: it is the clause's subject ("the supports that families provide")
    [["supports", "that"], ["provide", "to"], null],
  ] as const)("after %j, before %j: %s", (before, after, role) => {
    expect(roleAmong("conflicts", { before, after }, vocabulary)).toBe(role);
  });

  it("“ensure that individuals give and receive”: “ensure” is a verb, and its clause's subject no verb", () => {
    expect(roleAmong("individuals", { before: ["ensure", "that"], after: ["give", "and"] }, vocabulary)).not.toBe("verb");
  });
});

/** The standard of the built-in codes whose text has `phrase`, and where `word` is in it. */
function inText(phrase: string, word: string) {
  const standard = standards.find((candidate) => candidate.text.includes(phrase))!;
  const start = standard.text.indexOf(phrase) + phrase.indexOf(word);
  return { standard, start, end: start + word.length };
}

describe("in the codes' sentences", () => {
  it.each([
    ["commitment that conflicts with the support needs", "conflicts", "verb"],
    ["holistic manner that considers and addresses", "considers", "verb"],
    ["real or potential conflicts when", "conflicts", "noun"],
    ["so that individuals may make", "individuals", "noun"],
  ] as const)("“%s”: %s is a %s", (phrase, word, role) => {
    const { standard, start, end } = inText(phrase, word);
    expect(blankRole(word, wordsAround(standard.text, start, end), vocabulary)).toBe(role);
  });

  it("the codes use “considers” as a verb", () => {
    expect(usualRole("considers", vocabulary)).toBe("verb");
  });

  /** Every wrong choice of the blank on `word` of the standard whose text has `phrase`, over many seeds. */
  function offeredFor(phrase: string, word: string): string[] {
    const { standard } = inText(phrase, word);
    const code = plainLibrary.codes.find((candidate) => candidate.id === standard.code)!;
    const found = new Set<string>();
    for (let seed = 1; seed <= 150; seed++) {
      const cloze = clozeOf(standard, code, vocabulary, seededRandom(seed));
      if (cloze?.answer === word) cloze.distractors.forEach((distractor) => found.add(distractor));
    }
    return [...found];
  }

  it("“commitment that _____ with” (conflicts) is offered verbs", () => {
    const offered = offeredFor("commitment that conflicts with", "conflicts");
    expect(offered.length).toBeGreaterThanOrEqual(2);
    for (const word of offered) expect(usualRole(word, vocabulary), word).toBe("verb");
  });

  it.each([
    ["Respect the rights, dignity, privacy and", "rights"],
    ["culture, values, and beliefs", "beliefs"],
  ])("“%s” (%s) is never offered “considers”", (phrase, word) => {
    const offered = offeredFor(phrase, word);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(offered).not.toContain("considers");
  });
});
