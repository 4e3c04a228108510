// A missing word's wrong choices stand where the blank stands, as the codes write them, and are
// not told from the answer by their tone. A trainer found "hurting" offered for "their _____
// agency" (employing), "_____ arts" (healing) and "stories of _____ resiliency" (building): the
// codes write it only before "other people"; and "insulting" for "Provide a _____ environment".
import { describe, expect, it } from "vitest";
import { clozeOf, clozeVocabulary } from "../../../src/core/study/cloze.js";
import { fitsTone, namesHarm } from "../../../src/core/study/harm-words.js";
import { standsBeforeWord } from "../../../src/core/study/ing-blank-fit.js";
import { seededRandom } from "../../../src/core/study/rng.js";
import { usualRole } from "../../../src/core/study/word-roles.js";
import { STOP_WORDS } from "../../../src/core/text.js";
import { allStandards } from "../../../src/model.js";
import { clozeChoicesFor, plainLibrary } from "./library.js";

const standards = plainLibrary.codes.flatMap(allStandards);
const vocabulary = clozeVocabulary(standards);
const texts = standards.flatMap((standard) => [standard.text, ...standard.items.map((item) => item.text), ...standard.notes]);

/** The wrong choices of every blank on `word` of the built-in standard whose text has `phrase`, over many seeds. */
const offeredFor = (phrase: string, word: string) => clozeChoicesFor(plainLibrary.codes, vocabulary, phrase, word);

/** Whether some text of the codes writes `word` right before a word that is not a small one. */
const writtenBeforeAWord = (word: string) => texts.some((text) => [...text.toLowerCase().matchAll(new RegExp(`\\b${word}\\s+([a-z][\\w'’-]*)`, "g"))].some((match) => !STOP_WORDS.has(match[1]!)));

describe("where a word in -ing stands", () => {
  it.each([
    ["by their employing agency and", "employing", true],
    ["in fulfilling commitments.", "fulfilling", true],
    ["in planning and evaluating behavioral health", "planning", true],
    ["in planning and the rest", "planning", false],
    ["fear of conflict or hurting other people", "hurting", false],
    ["persons engaging in services", "engaging", false],
    ["in service planning.", "planning", false],
    ["capable of contributing, and more", "contributing", false],
  ] as const)("“%s”: %s stands before a word: %s", (text, word, before) => {
    expect(standsBeforeWord(text, text.indexOf(word) + word.length)).toBe(before);
  });
});

describe("an -ing blank's wrong choices stand where it does", () => {
  it.each([
    // before a word it describes or takes as its object: words the codes write before one
    ["by their employing agency", "employing"],
    ["traditional methods, healing arts", "healing"],
    ["stories of building resiliency", "building"],
    ["constantly changing dynamic", "changing"],
    ["accountability in fulfilling commitments", "fulfilling"],
    ["for continuing education", "continuing"],
    // joined by "and" to one before such a word, it shares it
    ["values in planning and evaluating", "planning"],
    // after an article, a word the codes use as a noun
    ["Provide a welcoming environment", "welcoming"],
  ] as const)("“%s” (%s): never “hurting”, each written before a word as the blank is", (phrase, word) => {
    const offered = offeredFor(phrase, word);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(offered).not.toContain("hurting");
    for (const distractor of offered) expect(writtenBeforeAWord(distractor), distractor).toBe(true);
  });

  it.each([
    ["Provide a welcoming environment", "welcoming"],
    ["their employing agency", "employing"],
    ["mutual learning experiences", "learning"],
  ] as const)("“%s” (%s), read as a noun: each wrong choice is a word the codes use as one", (phrase, word) => {
    const offered = offeredFor(phrase, word);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    for (const distractor of offered) expect(usualRole(distractor, vocabulary), distractor).toBe("noun");
  });
});

describe("a wrong choice's tone", () => {
  it.each([
    ["insulting", true],
    ["demeaning", true],
    ["hurting", true],
    ["exploitation", true],
    ["threats", true],
    ["misrepresentation", true],
    ["welcoming", false],
    ["supervision", false],
    ["gifts", false],
    ["respectful", false],
  ] as const)("%s names a harm: %s", (word, harm) => {
    expect(namesHarm(word)).toBe(harm);
  });

  it.each([
    ["welcoming", "insulting", false],
    ["welcoming", "employing", true],
    ["demeaning", "sharing", false],
    ["demeaning", "hurting", true],
    ["misrepresentation", "supervision", false],
    ["misrepresentation", "exploitation", true],
  ] as const)("for %s, %s: %s", (answer, word, fits) => {
    expect(fitsTone(answer)(word)).toBe(fits);
  });

  it("no blank of the codes is offered a harm unless its answer is one", () => {
    for (const code of plainLibrary.codes) {
      for (const standard of allStandards(code)) {
        for (const seed of [1, 2, 3]) {
          const cloze = clozeOf(standard, code, vocabulary, seededRandom(seed));
          if (cloze) for (const distractor of cloze.distractors) expect(namesHarm(distractor), `${cloze.answer}: ${distractor}`).toBe(namesHarm(cloze.answer));
        }
      }
    }
  });
});
