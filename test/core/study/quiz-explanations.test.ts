// The sentence a quiz says after each answer (quiz/explanations.ts): the standard that decides it
// and why, the codes' words quoted as they are written.
import { describe, expect, it } from "vitest";
import { inSentence } from "../../../src/core/in-sentence.js";
import { clozeExplanation, situationExplanation, strengthExplanation, whichCodeExplanation } from "../../../src/core/study/quiz/explanations.js";
import { listOf } from "../../../src/core/study/quiz/list-of.js";
import type { Concept, Standard } from "../../../src/model.js";

function standardSaying(text: string): Standard {
  return { code: "agency", section: "conduct", sectionTitle: "Conduct", number: 4, text, items: [], notes: [], editorial: [], citation: "Agency · Conduct 4" };
}

describe("a list in words", () => {
  it.each([
    [[], ""],
    [["Alaska"], "Alaska"],
    [["Alaska", "Medi-Cal"], "Alaska and Medi-Cal"],
    [["Alaska", "Medi-Cal", "Wisconsin"], "Alaska, Medi-Cal and Wisconsin"],
  ])("%j reads %j", (items, said) => {
    expect(listOf(items)).toBe(said);
  });
});

describe("which code says this", () => {
  it.each([
    [[], "Agency · Conduct 4 says this."],
    [["Other · Conduct 2"], "Agency · Conduct 4 says this. Other · Conduct 2 says much the same, so that code is not among the choices."],
    [["One 2", "Two 3"], "Agency · Conduct 4 says this. One 2 and Two 3 say much the same, so those codes are not among the choices."],
  ])("with codes alike %j", (alsoSaid, said) => {
    expect(whichCodeExplanation("Agency · Conduct 4", alsoSaid)).toBe(said);
  });
});

describe("prohibit, require, defer or encourage", () => {
  it.each([
    ["prohibits", "Shall not accept gifts from persons served.", "Agency · Conduct 4 prohibits: “Shall not accept”."],
    ["encourages (aspires)", "Strive to keep current with recovery research.", "Agency · Conduct 4 encourages: “Strive to keep”."],
  ] as const)("%s, read from %j", (choice, sentence, said) => {
    const strength = choice === "prohibits" ? "prohibits" : "aspires";
    expect(strengthExplanation("Agency · Conduct 4", choice, { strength, sentence })).toBe(said);
  });
});

describe("the missing word", () => {
  const text = "Peers avoid power struggles and favoritism. They keep records of every contact they make with persons served, as the agency asks, and store them safely.";
  it.each([
    ["favoritism", "Agency · Conduct 4 reads “Peers avoid power struggles and favoritism.”"],
    ["records", "Agency · Conduct 4 reads “They keep records of every contact they make with…”."],
    ["safely", "Agency · Conduct 4 reads “…the agency asks, and store them safely.”"],
  ])("quotes the words around %s within its sentence", (word, said) => {
    const start = text.indexOf(word);
    expect(clozeExplanation(standardSaying(text), start, start + word.length)).toBe(said);
  });
});

describe("words written to stand alone, put in a sentence", () => {
  it.each([
    ["Engaging in and modeling regular self-care.", "engaging in and modeling regular self-care."],
    ["The importance of a person's own language.", "the importance of a person's own language."],
    ["A relationship of equals.", "a relationship of equals."],
    ["HIPAA and 42 CFR Part 2.", "HIPAA and 42 CFR Part 2."],
    ["DMs and dating apps.", "DMs and dating apps."],
    ["I statements.", "I statements."],
    ["Ideas of recovery.", "ideas of recovery."],
    ["already small.", "already small."],
  ])("%j goes on as %j", (text, inside) => {
    expect(inSentence(text)).toBe(inside);
  });
});

describe("which standard governs this", () => {
  const concept = (name: string, description: string): Concept => ({ id: "c", name, topic: "t", description, terms: [], questions: [], standards: [] });
  it.each([
    [concept("Self-care", "Engaging in and modeling regular self-care."), "Agency · Conduct 4 governs self-care: engaging in and modeling regular self-care."],
    [concept("Privacy laws (HIPAA, 42 CFR Part 2)", "The federal and state laws that protect health information."), "Agency · Conduct 4 governs privacy laws (HIPAA, 42 CFR Part 2): the federal and state laws that protect health information."],
    // two colons in a row: which part explains which?
    [
      concept("Healthy disclosure: keeping the focus on the person", "How much, when and why to disclose your own experience."),
      "Agency · Conduct 4 governs healthy disclosure: keeping the focus on the person — how much, when and why to disclose your own experience.",
    ],
  ])("%j", (matter, said) => {
    expect(situationExplanation("Agency · Conduct 4", matter)).toBe(said);
  });
});
