// A cache must never change output: a word's usual role, and the words the codes write before a
// thing's name, must read the same from a vocabulary stored (material-pack.ts, which keeps each
// distinct run of three words once) as from one made from the codes. Counted at every place of
// the texts, with two words either side, a text said twice counted twice, and a text of two words
// counted at all, only in the made one: "helps" was a verb's word or none from the codes and a
// noun from the cache.
import { describe, expect, it } from "vitest";
import { clozeVocabulary, type ClozeVocabulary } from "../../../src/core/study/cloze.js";
import { ingBlankFit } from "../../../src/core/study/ing-blank-fit.js";
import { packVocabulary, unpackVocabulary } from "../../../src/core/study/material-pack.js";
import { usualRole } from "../../../src/core/study/word-roles.js";
import { allStandards, type Standard } from "../../../src/model.js";
import { plainLibrary } from "./library.js";

function standardsOf(texts: readonly string[]): Standard[] {
  return texts.map((text, at) => ({ code: "agency", section: "rules", sectionTitle: "Rules", number: at + 1, text, items: [], notes: [], editorial: [], citation: `Agency · Rules ${at + 1}` }));
}

/** The vocabulary of `texts` as made, and as stored and read back. */
function madeAndStored(texts: readonly string[]): { made: ClozeVocabulary; stored: ClozeVocabulary } {
  const made = clozeVocabulary(standardsOf(texts));
  return { made, stored: unpackVocabulary(packVocabulary(made), made.standards) };
}

describe("a word's usual role reads the same from a stored vocabulary", () => {
  it.each([
    ["a text said twice counts once", ["It helps the person.", "It helps the person.", "Helps are given. Helps are kept."], "helps", "noun"],
    ["a text of two words holds no run of three", ["It helps.", "Helps are given."], "helps", "noun"],
    ["a verb's use and a noun's in runs of three tie", ["It helps them.", "Helps are given."], "helps", null],
    ["its plain form's uses, a text said thrice counted once", ["Peers will change course.", "Peers will change course.", "Peers will change course.", "A change is made.", "The change is made.", "Nothing changes here."], "changes", null],
  ] as const)("%s: “%s” is %s", (_, texts, word, role) => {
    const { made, stored } = madeAndStored(texts);
    expect(usualRole(word, made)).toBe(role);
    expect(usualRole(word, stored)).toBe(role);
  });

  it.each([
    // "welcoming" is written before a thing's name only in a text of two words
    [["Welcoming spaces.", "Note the welcoming of peers.", "Provide caring places for peers."], false],
    [["Welcoming spaces matter.", "Note the welcoming of peers.", "Provide caring places for peers."], true],
  ] as const)("in %j, “welcoming” may stand before a thing's name: %s", (texts, fits) => {
    const text = "Provide caring places for peers.";
    const end = text.indexOf("caring") + "caring".length;
    const around = { before: ["provide"], after: ["places", "for"] };
    for (const vocabulary of Object.values(madeAndStored(texts))) expect(ingBlankFit("caring", text, end, around, vocabulary).fits("welcoming")).toBe(fits);
  });

  it("every word of the built-in codes in -s or -ing has the same usual role from the cache", () => {
    const made = clozeVocabulary(plainLibrary.codes.flatMap(allStandards));
    const stored = unpackVocabulary(packVocabulary(made), made.standards);
    const differ = [...made.words.keys()].filter((word) => (word.endsWith("s") || word.endsWith("ing")) && usualRole(word, made) !== usualRole(word, stored));
    expect(differ).toEqual([]);
  });
});
