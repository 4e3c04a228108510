// A word in -ed after a form of "be" or a clause's opener ("as", "when", "if"), before a
// preposition, is a passive's participle, as one after what it is said of is: its wrong choices
// must be participles the codes write before the same preposition. A review of the quiz found "as
// _____ by the agency" (established) offered "protected" and "addressed", which the codes never
// write with an agent; "boundaries are _____ within" (established) "prescribed" and
// "interested".
import { describe, expect, it } from "vitest";
import { opensParticiple, verbFrames } from "../../../src/core/study/verb-frames.js";
import { agencyCode, builtinAndWith, clozeChoicesFor, expectOffered } from "./library.js";

/** An agency's code that writes passives the built-in codes write few of: with those alone, most such blanks have fewer than two fitting choices. */
// (after the nouns they are said of: a choice that makes a run of three the codes write, "are
// approved by" for "are _____ by", is no wrong choice, as it may be right)
const agency = agencyCode({ id: "passives", title: "Passives" }, [
  "Fees approved by a board, plans determined by teams and hours supervised by leads are posted.",
  "Concerns discussed with peers and skills trained with care stay private.",
  "Calls forwarded to leads and records mailed to offices are logged.",
  "New staff are assigned to teams.",
  "Leads assign mentors each year; boards approve fees; teams determine plans and review records; staff document notes, train skills, forward calls and mail letters.",
  "Records reviewed within a week and notes documented within files are kept.",
]);
const { codesOf, vocabularies } = builtinAndWith(agency);

describe("a passive's participle before a preposition is offered participles the codes write before it", () => {
  it.each([
    ["builtin", "as established by the agency", "established", "by", false, ["protected", "addressed"]],
    ["withAgency", "as established by the agency", "established", "by", true, ["protected", "addressed", "focused"]],
    ["builtin", "appropriate boundaries are established within", "established", "within", false, ["prescribed", "interested", "addressed"]],
    ["withAgency", "appropriate boundaries are established within", "established", "within", true, ["prescribed", "interested", "addressed"]],
    ["withAgency", "Difficult issues are addressed with", "addressed", "with", true, ["established", "focused", "protected"]],
    ["withAgency", "staff are assigned to teams", "assigned", "to", true, ["approved", "discussed", "reviewed"]],
    // after what it is said of, as before
    ["builtin", "those supported in all aspects of services", "supported", "in", true, ["prescribed", "described"]],
  ] as const)("%s: “%s” (%s, before “%s”) asked: %s; never %j", (codes, phrase, word, preposition, asked, never) => {
    const frames = verbFrames(vocabularies[codes]).participlePrepositions;
    expectOffered(clozeChoicesFor(codesOf[codes], vocabularies[codes], phrase, word), asked, (distractor) => frames.get(distractor)?.has(preposition) === true, never);
  });

  it.each([
    ["as", true],
    ["are", true],
    ["be", true],
    ["when", true],
    ["if", true],
    ["those", true],
    ["supervision", true],
    // an article, an adverb, a joiner: the word in -ed may be anything there ("the interested parties")
    ["the", false],
    ["clearly", false],
    ["and", false],
  ] as const)("after “%s”, a word in -ed is a participle said of a thing: %s", (word, opens) => {
    expect(opensParticiple(word)).toBe(opens);
  });
});
