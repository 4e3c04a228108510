// Punctuation said aloud (period, full stop, comma, question mark, exclamation mark or point)
// is read as the mark it names; a sentence's end after a reference's number ends it; a "?" or
// "!" after a number is ignored as "." is.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import type { Token } from "../../../src/core/codes/ref.js";
import { withSentencesEnded, withSpokenMarks } from "../../../src/core/codes/spoken-marks.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { citedTargets } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

const tokens = (words: string[]): Token[] => words.map((text) => ({ text, opens: false }));
const texts = (read: readonly Token[]) => read.map((token) => token.text);

describe("withSpokenMarks", () => {
  it.each<[string[], string[]]>([
    [["wisconsin", "12", "period"], ["wisconsin", "12."]],
    [["wisconsin", "12", "Full", "Stop"], ["wisconsin", "12."]],
    [["wisconsin", "12", "question", "mark"], ["wisconsin", "12?"]],
    [["wisconsin", "12", "exclamation", "mark"], ["wisconsin", "12!"]],
    [["wisconsin", "12", "exclamation", "point"], ["wisconsin", "12!"]],
    [["ak", "conduct", "4", "comma", "nc", "15"], ["ak", "conduct", "4,", "nc", "15"]],
    [["wi", "12", "semicolon", "nc", "2"], ["wi", "12", ";", "nc", "2"]],
    // first, with no word before it, a mark's name is left as it is
    [["period", "wi"], ["period", "wi"]],
    [["wi", "question"], ["wi", "question"]],
  ])("%j → %j", (words, expected) => {
    expect(texts(withSpokenMarks(tokens(words)))).toEqual(expected);
  });

  it("the tokens themselves where no mark is said", () => {
    const typed = tokens(["wi", "12"]);
    expect(withSpokenMarks(typed)).toBe(typed);
  });
});

describe("withSentencesEnded", () => {
  it.each<[string[], string[]]>([
    [["wi", "12.", "ak", "conduct", "4"], ["wi", "12", ";", "ak", "conduct", "4"]],
    [["wi", "12?", "nc", "2"], ["wi", "12", ";", "nc", "2"]],
    [["wi", "5-7!", "nc", "2"], ["wi", "5-7", ";", "nc", "2"]],
    // at the end, or before a `;`, the number reads with its mark (ref.ts)
    [["wi", "12."], ["wi", "12."]],
    [["wi", "12.", ";", "nc", "2"], ["wi", "12.", ";", "nc", "2"]],
    // a name's mark is no number's
    [["integrity", "no.", "12"], ["integrity", "no.", "12"]],
  ])("%j → %j", (words, expected) => {
    expect(texts(withSentencesEnded(tokens(words)))).toEqual(expected);
  });
});

describe("show with punctuation said aloud", () => {
  it.each<[string[], string[]]>([
    [["wisconsin", "12", "period"], ["Wisconsin 12"]],
    [["wisconsin", "12", "full", "stop"], ["Wisconsin 12"]],
    [["wisconsin", "12", "question", "mark"], ["Wisconsin 12"]],
    [["wisconsin", "12", "exclamation", "point"], ["Wisconsin 12"]],
    [["alaska", "conduct", "4", "comma", "north", "carolina", "15"], ["Alaska · Conduct 4", "North Carolina 15"]],
    [["wisconsin", "12", "period", "alaska", "conduct", "4", "period"], ["Wisconsin 12", "Alaska · Conduct 4"]],
    // typed: "12?" as "12." is, and a sentence's end between references
    [["wisconsin", "12?"], ["Wisconsin 12"]],
    [["wisconsin", "12!"], ["Wisconsin 12"]],
    [["wisconsin", "12.", "alaska", "conduct", "4"], ["Wisconsin 12", "Alaska · Conduct 4"]],
  ])("%j → %j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });
});
