import { describe, expect, it } from "vitest";
import { neighbouringMatters } from "../../../src/core/study/neighbouring-matters.js";
import type { Concept } from "../../../src/model.js";
import { builtinLibrary } from "./library.js";

function matter(id: string, terms: string[], standards: number[] = []): Concept {
  return {
    id,
    name: id.replace(/-/g, " "),
    topic: "topic",
    description: "",
    terms,
    questions: [],
    standards: standards.map((number) => ({ code: "code", section: "section", number })),
  };
}

describe("neighbouring matters, by their rule", () => {
  const concepts = [
    matter("lending-money", ["loan", "borrow money", "lend cash"], [1]),
    matter("paying-for-services", ["tip", "pay for a ride", "cash for services"], [1, 2]),
    matter("youth-voice", ["teen wants to decide", "youth choice", "kid decides"]),
    matter("own-decisions", ["let them decide", "their choice", "teen decides"]),
    matter("social-media", ["facebook", "instagram", "friend request"], [3]),
  ];
  const next = neighbouringMatters(concepts);

  it.each([
    ["filed under one standard", "lending-money", "paying-for-services", true],
    ["told in much the same words", "youth-voice", "own-decisions", true],
    ["neither", "lending-money", "social-media", false],
    ["neither, though each has neighbours", "youth-voice", "paying-for-services", false],
  ] as const)("%s: %s and %s are next to each other: %s", (_why, one, other, expected) => {
    expect(next(one).has(other)).toBe(expected);
    expect(next(other).has(one)).toBe(expected);
  });

  it("a matter is next to itself; an id of no matter has itself alone", () => {
    expect(next("social-media")).toEqual(new Set(["social-media"]));
    expect(next("no-such-matter")).toEqual(new Set(["no-such-matter"]));
  });
});

describe("neighbouring matters of the built-in concept index", () => {
  const next = neighbouringMatters(builtinLibrary.concepts);

  // Each pair a wrong choice of the quiz's situation questions stood on, that a careful reader
  // would also have accepted: the matter of the question, and one of the wrong choice's.
  it.each([
    ["A mom wants to sit in on every session … his voice? (Medi-Cal Person-Driven 5)", "family-and-youth-voice-and-choice", "right-to-make-own-decisions"],
    ["Can I encourage someone … to come to my church? (Medi-Cal Safety & Protection 6)", "not-imposing-values", "manipulation-and-undue-influence"],
    ['Is it okay to say someone "failed treatment"? (WWT Wellness, Recovery and Resiliency 4)', "recovery-oriented-language", "holding-hope"],
    ['A coworker told a peer she "definitely has borderline" (Medi-Cal Wellness, Recovery, and Resiliency 3)', "diagnosing", "person-first-language"],
    ["A transgender peer asked me to use their pronouns (WWT Respect 10)", "discrimination-sex-orientation-gender-identity", "dignity-and-non-judgment"],
  ])("%s: %s is next to %s", (_case, one, other) => {
    expect(next(one).has(other)).toBe(true);
  });

  it.each([
    ["family-and-youth-voice-and-choice", "accepting-gifts"],
    ["not-imposing-values", "billing-fraud-waste-and-abuse"],
    ["diagnosing", "lending-your-certification"],
  ])("%s is not next to %s", (one, other) => {
    expect(next(one).has(other)).toBe(false);
  });
});
