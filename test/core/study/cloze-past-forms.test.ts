// Words in -ed the codes write were read as past forms only where their plain form is a word of
// the codes: "required", "defined" and "referred" were not ("require", "define", "refer" are
// written nowhere), 16 of 40 were, and a past form's blank took any of those few, whatever its
// frame: "Disclose _____ experiences" (lived) offered "defined" and "outlined", "those _____,
// colleagues" (supported) "described" and "interested". A past form is read by any of its plain
// form's forms, a doubled consonant, or an ending only a past form has (-ired, -ined); a wrong
// choice stands in the blank's frame: before a thing's name, one the codes write describing one;
// after what it is said of, or in a passive, one they write so (past-fit.ts).
import { describe, expect, it } from "vitest";
import { pastFit } from "../../../src/core/study/past-fit.js";
import { wordKind } from "../../../src/core/study/word-kinds.js";
import { agencyCode, builtinAndWith, clozeChoicesFor, expectOffered } from "./library.js";

// An agency's code that writes "refer", which the built-in codes write only as "refers" in a scope.
const { codesOf, vocabularies } = builtinAndWith(agencyCode({ id: "referrals", title: "Referrals" }, ["Leads refer peers to services."]));
const vocabulary = vocabularies.builtin;

describe("a word in -ed read as a past form", () => {
  it.each([
    // a plain form of the codes in another of a verb's forms ("requires"? no: -ired)
    ["required", true],
    ["defined", true],
    ["desired", true],
    // the consonant doubled: "commit", "permitting", "planning" are the codes'
    ["committed", true],
    ["permitted", true],
    ["planned", true],
    // as before: the plain form written as it is
    ["supported", true],
    ["identified", true],
    // no verb's form
    ["indeed", false],
    ["hundred", false],
    ["kindred", false],
  ])("%s: %s", (word, past) => {
    expect(wordKind(word, vocabulary)?.kind === "past").toBe(past);
  });

  it("referred: with a code that writes refer", () => {
    expect(wordKind("referred", vocabularies.withAgency)?.kind).toBe("past");
  });
});

describe("a past form's blank is offered words the codes write in its frame", () => {
  const fits = (previous: string, next: string | null) => pastFit(previous, next, vocabulary)!;
  it.each([
    // before a thing's name: words written describing one
    ["Disclose lived experiences of recovery", "lived", fits("disclose", "experiences"), ["defined", "outlined", "focused"]],
    // after what it is said of, or in a passive, at a clause's end
    ["respect toward those supported, colleagues", "supported", fits("those", null), ["lived", "interested"]],
    ["where power is shared and", "shared", fits("is", "and"), ["lived", "interested"]],
  ] as const)("“%s” (%s)", (phrase, word, fit, never) => {
    expectOffered(clozeChoicesFor(codesOf.builtin, vocabulary, phrase, word), true, fit, never);
  });

  it("reads no frame where nothing comes before the blank", () => {
    expect(pastFit(undefined, "experiences", vocabulary)).toBeNull();
  });
});
