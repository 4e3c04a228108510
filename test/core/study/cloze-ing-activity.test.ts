// An -ing blank's wrong choices must read in its place as the answer does. A trainer's review of
// the cloze questions found "capable of _____." (contributing) offered "allowing", "fulfilling"
// and "providing", which want an object there where none follows; "in service _____." (planning) "receiving" and
// "voicing"; "education and _____ in cultural competence" (training) "reaching" and "dealing";
// "persons _____ in services" (engaging) "training", the codes' noun; and "saying what is on
// their mind" "voicing", as right as the answer.
import { describe, expect, it } from "vitest";
import { clozeVocabulary } from "../../../src/core/study/cloze.js";
import { readsAsActivity, writtenAsActivities } from "../../../src/core/study/ing-as-activity.js";
import { packVocabulary, unpackVocabulary } from "../../../src/core/study/material-pack.js";
import { nearSynonyms } from "../../../src/core/study/near-synonyms.js";
import { usualRole } from "../../../src/core/study/word-roles.js";
import { allStandards } from "../../../src/model.js";
import { agencyCode, clozeChoicesFor, plainLibrary } from "./library.js";

/**
 * An agency's code that writes two -ing words as nouns, after "the" or "their" and before "of":
 * the built-in codes alone write too few activities (“training”, “understanding”) of a blank's
 * length to ask those blanks at all, which is no question rather than one of verbs.
 */
const agency = agencyCode({ id: "stories", title: "Stories" }, ["Will support the sharing of services.", "Staff join peers in their planning of group sessions."]);
const codes = [...plainLibrary.codes, agency];
const vocabulary = clozeVocabulary(codes.flatMap(allStandards));
const idOf = (word: string) => vocabulary.words.get(word)?.id ?? -1;

/** The wrong choices of every blank on `word` of the standard whose text has `phrase`, over many seeds. */
const offeredFor = (phrase: string, word: string) => clozeChoicesFor(codes, vocabulary, phrase, word);

describe("where an -ing word names an activity", () => {
  it.each([
    [["support", "the"], "of", true],
    [["education", "and"], "in", true],
    [["empathy", "and"], "regardless", true],
    [["education", "and"], null, true],
    [["in", "service"], null, true],
    // a verb's form: its object after it, a verb joined on after it, or a verb's frame before it
    [["knowledge", "and"], "their", false],
    [["specialist", "or"], "or", false],
    [["capable", "of"], null, false],
    [["i", "am"], null, false],
    [["persons"], "in", false],
    [["a"], "environment", false],
  ] as const)("after %j, before %s: %s", (before, next, activity) => {
    expect(readsAsActivity({ before, next }, vocabulary)).toBe(activity);
  });

  it("the codes write “training”, “understanding” and the agency's “sharing” and “planning” as activities; not “giving”, “honing”, “permitting”", () => {
    const activities = writtenAsActivities(vocabulary);
    for (const word of ["training", "understanding", "sharing", "planning"]) expect(activities.has(idOf(word)), word).toBe(true);
    // "giving and receiving gifts", "knowledge and honing their skills", "Specialist or permitting or allowing another"
    for (const word of ["giving", "receiving", "allowing", "engaging", "permitting", "honing"]) expect(activities.has(idOf(word)), word).toBe(false);
  });

  it("reads the same from a stored vocabulary, which keeps each run of three words once", () => {
    const stored = unpackVocabulary(packVocabulary(vocabulary), vocabulary.standards);
    const words = (of: typeof vocabulary) => [...writtenAsActivities(of)].map((id) => [...of.words.keys()][id]).sort();
    expect(words(stored)).toEqual(words(vocabulary));
  });
});

/** What each kind of blank takes: a word the codes write so, as `fits` reads it. */
const kinds = {
  // naming an activity: a word the codes write as one
  activity: (word: string) => writtenAsActivities(vocabulary).has(idOf(word)),
  // a verb's form joined on by a preposition, after a noun: never one the codes write as a noun
  participle: (word: string) => usualRole(word, vocabulary) === "linked" && !writtenAsActivities(vocabulary).has(idOf(word)),
};

describe("an -ing blank's wrong choices are of its kind", () => {
  it.each([
    // ending its clause, it wants no object: an activity stands there as well
    ["equally capable of contributing.", "contributing", "activity", true],
    ["support the sharing of services", "sharing", "activity", true],
    ["with empathy and understanding regardless", "understanding", "activity", true],
    // before "in" and "for", words the codes write before the same preposition (cloze-verb-frames.test.ts): none but the answer here
    ["persons engaging in services.", "engaging", "participle", false],
    ["View asking for help", "asking", "participle", false],
    ["caregivers in service planning.", "planning", "activity", true],
    ["Seek further information, education, and training in cultural competence", "training", "activity", true],
  ] as const)("“%s” (%s): each a word of its kind (%s); asked: %s", (phrase, word, kind, asked) => {
    const offered = offeredFor(phrase, word);
    expect(offered.length >= 2, offered.join(", ")).toBe(asked);
    for (const distractor of offered) {
      expect(distractor).toMatch(/ing$/);
      expect(kinds[kind](distractor), distractor).toBe(true);
    }
  });

  it("“manner, saying what is on their mind” is never offered “voicing”, nor “voicing their own needs” “saying”", () => {
    expect(nearSynonyms("saying", "voicing")).toBe(true);
    expect(offeredFor("manner, saying what is on their mind", "saying")).not.toContain("voicing");
    expect(offeredFor("responsibility for voicing their own needs", "voicing")).not.toContain("saying");
  });
});
