// The sentence a quiz says after each answer (quiz/explanations.ts): the standard that decides it
// and why, the codes' words quoted as they are written.
import { describe, expect, it } from "vitest";
import { clozeExplanation, strengthExplanation, whichCodeExplanation } from "../../../src/core/study/quiz/explanations.js";
import { listOf } from "../../../src/core/study/quiz/list-of.js";
import type { Standard } from "../../../src/model.js";

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
