import { describe, expect, it } from "vitest";
import { choiceLetter, parseAnswer } from "../../../src/core/study/answer.js";

describe("an answer", () => {
  it.each([
    ["a", 0],
    ["B", 1],
    ["  c  ", 2],
    ["d)", 3],
    ["D.", 3],
    ["1", 0],
    ["4", 3],
    ["Ｂ", 1], // full-width, as an input method types them
    ["２）", 1],
    ["ｅ", null],
    ["e", null],
    ["z", null],
    ["0", null],
    ["5", null],
    ["", null],
    ["ab", null],
    ["1.5", null],
    ["-1", null],
    ["c\u200b", 2], // pasted with a zero width space
    ["\u00ad2", 1],
    ["b\u0085", 1], // a NEL-ended line
    ["\ufeffa", 0], // PowerShell's BOM before piped answers
    ["a\u200db", null],
  ])("%j of four choices is %j", (input, expected) => {
    expect(parseAnswer(input, 4)).toBe(expected);
  });

  const choices = ["performance", "Medi-Cal", "North Carolina", "confidentiality"];
  it.each([
    ["confidentiality", 3],
    ["  Confidentiality. ", 3],
    ["medi-cal", 1],
    ["north   carolina", 2],
    ["ｍｅｄｉ-ｃａｌ", 1], // full-width, as an input method types them
    ["confidential", null],
    ["medi cal", null],
    ["a", 0], // a letter is a letter first
  ])("%j among words of choices is %j", (input, expected) => {
    expect(parseAnswer(input, 4, choices)).toBe(expected);
  });

  it("reads a choice without the note in brackets it ends with, and a choice's hidden characters as nothing", () => {
    const strengths = ["prohibits", "requires", "defers to agency policy", "encourages (aspires)"];
    expect(parseAnswer("encourages", 4, strengths)).toBe(3);
    expect(parseAnswer("Encourages (aspires)", 4, strengths)).toBe(3);
    expect(parseAnswer("aspires", 4, strengths)).toBeNull();
    expect(parseAnswer("medi-cal", 2, ["Alaska", "Medi\u200b-Cal"])).toBe(1);
  });

  // A situation's choices are citations, printed with a middle dot few keyboards type.
  it.each([
    ["medi-cal integrity 5", 1],
    ["Medi-Cal · Integrity 5", 1],
    ["MEDI-CAL  INTEGRITY 5.", 1],
    ["integrity 5", null],
    ["medi-cal integrity", null],
  ])("%j among citations is %j", (input, expected) => {
    expect(parseAnswer(input, 3, ["Medi-Cal · Advocacy 8", "Medi-Cal · Integrity 5", "Medi-Cal · Integrity 13"])).toBe(expected);
  });

  it("reads no choice's words that two choices share", () => {
    expect(parseAnswer("requires", 3, ["requires", "prohibits", "Requires"])).toBeNull();
  });

  it("names the choices by letter", () => {
    expect(choiceLetter(0)).toBe("A");
    expect(parseAnswer("d", 3)).toBeNull();
  });
});
