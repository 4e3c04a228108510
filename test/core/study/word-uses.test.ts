// A word's usual role is counted from the runs of words of the standards: its own uses by the
// words around it, and, for a word in -s they tell nothing of, its plain form's uses after "to",
// a modal or a determiner. Both counts walk the runs alike; a run ends where a standard does, and
// the words of the next are not read as around it.
import { describe, expect, it } from "vitest";
import { clozeVocabulary } from "../../../src/core/study/cloze.js";
import { usualRole } from "../../../src/core/study/word-roles.js";
import type { Standard } from "../../../src/model.js";

function standardsOf(texts: readonly string[]): Standard[] {
  return texts.map((text, at) => ({ code: "agency", section: "rules", sectionTitle: "Rules", number: at + 1, text, items: [], notes: [], editorial: [], citation: `Agency · Rules ${at + 1}` }));
}

describe("usualRole, from the uses counted in the standards", () => {
  it.each([
    ["its own uses: after “it”, a verb", ["It helps the person.", "When it helps, say so."], "helps", "verb"],
    ["its own uses: before “are”, a noun", ["Gifts are declined.", "Small gifts are kept."], "gifts", "noun"],
    ["its uses tied: no role", ["It helps them.", "Helps are given."], "helps", null],
    ["its plain form after a modal: a verb", ["Peers will change course.", "Nothing changes."], "changes", "verb"],
    ["its plain form after a modal and “not”: a verb", ["Peers shall not change course.", "Nothing changes."], "changes", "verb"],
    ["its plain form after an article: a noun", ["A change is made.", "Nothing changes."], "changes", "noun"],
    ["a run's last word is not before the next run's first", ["Speak of it", "Helps come later."], "helps", null],
    ["a run's first word is not after the last run's last", ["Peers will", "Change comes.", "Nothing changes."], "changes", null],
    ["a word no standard uses, nor its plain form", ["It helps."], "gifts", null],
  ] as const)("%s", (_, texts, word, role) => {
    expect(usualRole(word, clozeVocabulary(standardsOf(texts)))).toBe(role);
  });
});
