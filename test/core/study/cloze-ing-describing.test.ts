// An -ing word's wrong choices must stand where it does. A review of the quiz found "constantly
// _____ dynamic" (changing) offered "providing" and "reaching", verbs that want an object, where
// the word describes the thing it stands before: its choices are words the codes write so ("a
// welcoming environment", "their employing agency"). After a comma, before its object, an -ing
// word opens a clause as after "when": its choices take an object. And one whose object is
// followed by "to" and a verb ("for the peer, _____ the person to direct", allowing) takes verbs
// the codes write so ("support people to", "assist others to"): it offered "saying",
// "maintaining" and "voicing".
import { describe, expect, it } from "vitest";
import { afterComma, takesObjectThenTo } from "../../../src/core/study/ing-blank-fit.js";
import { describesWhatFollows, verbForms, verbFrames } from "../../../src/core/study/verb-frames.js";
import { agencyCode, builtinAndWith, clozeChoicesFor, expectOffered } from "./library.js";

/** An agency's code that writes verbs with an object and "to" the built-in codes write few of. */
const agency = agencyCode({ id: "helpers", title: "Helpers" }, [
  "Staff keep encouraging them and helping their families.",
  "Staff encourage peers to speak; leads help them to plan.",
]);
const { codesOf, vocabularies } = builtinAndWith(agency);

const frames = {
  describing: (word: string, of: keyof typeof vocabularies) => verbFrames(vocabularies[of]).describing.has(word),
  "object then to": (word: string, of: keyof typeof vocabularies) => verbForms(word).some((form) => verbFrames(vocabularies[of]).objectThenTo.has(form)),
};

describe("an -ing blank's wrong choices stand where it does", () => {
  it.each([
    // describing the thing after it: words the codes write so
    ["builtin", "a fluid, constantly changing dynamic", "changing", "describing", true, ["providing", "reaching"]],
    ["builtin", "Provide a welcoming environment", "welcoming", "describing", true, ["contributing", "providing"]],
    ["builtin", "their employing agency", "employing", "describing", true, ["providing", "reaching"]],
    // an object and "to" and a verb after it: verbs the codes write so
    ["builtin", "for the peer, allowing the person to direct", "allowing", "object then to", false, ["saying", "maintaining", "voicing"]],
    ["withAgency", "for the peer, allowing the person to direct", "allowing", "object then to", true, ["saying", "maintaining", "voicing"]],
  ] as const)("%s: “%s” (%s) is offered words %s; asked: %s; never %j", (codes, phrase, word, frame, asked, never) => {
    expectOffered(clozeChoicesFor(codesOf[codes], vocabularies[codes], phrase, word), asked, (distractor) => frames[frame](distractor, codes), never);
  });

  it.each([
    [["provide", "a"], true],
    [["their"], true],
    [["mutual"], true],
    [["fluid", "constantly"], true],
    // an adverb in a verb's frame: "are currently receiving services"
    [["are", "currently"], false],
    [["services", "by"], false],
    [["methods"], false],
  ] as const)("after %j, an -ing word before a thing's name describes it: %s", (before, describes) => {
    expect(describesWhatFollows(before, vocabularies.builtin)).toBe(describes);
  });

  it.each([
    ["allowing the person to direct their own process", true],
    ["helping them to find work", true],
    ["supporting peers to speak", true],
    // "to" before a thing's name, or a plural: a preposition, not a verb's "to"
    ["providing services to peers", false],
    ["giving the person to the agency", false],
    ["saying what is on their mind", false],
    ["allowing the person, to be sure", false],
  ] as const)("“%s”: an object, then “to” and a verb: %s", (text, takes) => {
    expect(takesObjectThenTo(text, text.indexOf(" "))).toBe(takes);
  });

  it.each([
    ["for the peer, allowing the person", true],
    ["for the peer,  allowing the person", true],
    ["for the peer allowing the person", false],
    ["for the peer; allowing the person", false],
  ] as const)("“%s”: “allowing” comes right after a comma: %s", (text, comma) => {
    expect(afterComma(text, text.indexOf("allowing"))).toBe(comma);
  });
});
