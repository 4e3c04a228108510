// A cloze blank's wrong choices must stand in its frame as the answer does. A review of the quiz
// found "when _____ with professionals" (dealing) offered "adhering" and "totaling", which the
// codes write before "to" and "at"; "the peers I am _____ or members" (supporting) "adhering" and
// "existing", and "when first _____ confidentiality" (discussing) "emerging" and "intersecting",
// which take no object; "those _____ in all aspects of services" (supported) "prescribed" and
// "described", which the codes write only as "medications prescribed by", "frequency described on".
import { describe, expect, it } from "vitest";
import { packVocabulary, unpackVocabulary } from "../../../src/core/study/material-pack.js";
import { inVerbsFrame, verbFrames } from "../../../src/core/study/verb-frames.js";
import { agencyCode, builtinAndWith, clozeChoicesFor, expectOffered } from "./library.js";

/**
 * An agency's code that writes more words in the frames the built-in codes write few in ("joining
 * in", "meeting with", "notes recorded in", "plans developed by"): with the built-in codes alone,
 * "persons _____ in services" and "those _____ in all aspects" have fewer than two fitting
 * choices and are not asked.
 */
const agency = agencyCode({ id: "frames", title: "Frames" }, [
  "Staff welcome peers joining in groups, helping in classes and working in teams.",
  "Staff listen to families meeting with staff and working with schools.",
  "Staff keep notes recorded in the log and plans developed in meetings.",
  "Staff read plans developed by teams.",
]);
const { codesOf, vocabularies } = builtinAndWith(agency);

/** What each kind of blank takes, as the codes of `vocabulary` frame a word. */
const kinds = {
  "before in": (word: string, of: keyof typeof vocabularies) => verbFrames(vocabularies[of]).ingPrepositions.get(word)?.has("in") ?? false,
  "before with": (word: string, of: keyof typeof vocabularies) => verbFrames(vocabularies[of]).ingPrepositions.get(word)?.has("with") ?? false,
  "with an object": (word: string, of: keyof typeof vocabularies) => verbFrames(vocabularies[of]).withObject.has(word),
  "participle before in": (word: string, of: keyof typeof vocabularies) => verbFrames(vocabularies[of]).participlePrepositions.get(word)?.has("in") ?? false,
  "participle before by": (word: string, of: keyof typeof vocabularies) => verbFrames(vocabularies[of]).participlePrepositions.get(word)?.has("by") ?? false,
};

describe("a blank's wrong choices stand in its frame", () => {
  it.each([
    // 1. an -ing word before a preposition: words the codes write before the same one
    ["builtin", "when dealing with professionals", "dealing", "before with", false, ["adhering", "totaling"]],
    ["withAgency", "when dealing with professionals", "dealing", "before with", true, ["adhering", "totaling", "asking"]],
    ["builtin", "persons engaging in services.", "engaging", "before in", false, ["asking", "failing", "reaching"]],
    ["withAgency", "persons engaging in services.", "engaging", "before in", true, ["asking", "failing", "reaching", "meeting"]],
    // 2. after "I am", "is", "are": words the codes write with an object
    ["builtin", "the peers I am supporting or members", "supporting", "with an object", true, ["adhering", "existing"]],
    ["builtin", "While a service recipient is receiving services", "receiving", "with an object", true, ["emerging", "sharing"]],
    // 3. after a clause's opener, its object after it: the same
    ["builtin", "when first discussing confidentiality", "discussing", "with an object", true, ["emerging", "intersecting"]],
    // 4. a participle after what it is said of, before a preposition: one the codes write so, before the same preposition
    // (asked with the built-in codes alone since "outlined" and "identified" are read as past forms: word-kinds.ts)
    ["builtin", "those supported in all aspects of services", "supported", "participle before in", true, ["prescribed", "described"]],
    ["withAgency", "those supported in all aspects of services", "supported", "participle before in", true, ["prescribed", "described"]],
    ["withAgency", "supervision established by their employer", "established", "participle before by", true, ["described", "interested"]],
  ] as const)("%s: “%s” (%s) is offered words %s; asked: %s; never %j", (codes, phrase, word, kind, asked, never) => {
    expectOffered(clozeChoicesFor(codesOf[codes], vocabularies[codes], phrase, word), asked, (distractor) => kinds[kind](distractor, codes), never);
  });

  it.each([
    [["i", "am"], true],
    [["recipient", "is"], true],
    [["when", "first"], true],
    [["are", "currently"], true],
    [["by"], true],
    // an activity's or a description's places: no verb's frame
    [["responsibility", "for"], false],
    [["fluid", "constantly"], false],
    [["their"], false],
  ] as const)("after %j, an -ing word is in a verb's frame: %s", (before, framed) => {
    expect(inVerbsFrame(before)).toBe(framed);
  });

  it("reads the same frames from a stored vocabulary, which keeps each run of three words once", () => {
    const vocabulary = vocabularies.withAgency;
    const stored = unpackVocabulary(packVocabulary(vocabulary), vocabulary.standards);
    const sorted = (frames: ReturnType<typeof verbFrames>) => ({
      ing: [...frames.ingPrepositions].map(([word, set]) => `${word} ${[...set].sort().join(",")}`).sort(),
      participle: [...frames.participlePrepositions].map(([word, set]) => `${word} ${[...set].sort().join(",")}`).sort(),
      object: [...frames.withObject].sort(),
    });
    expect(sorted(verbFrames(stored))).toEqual(sorted(verbFrames(vocabulary)));
  });
});
