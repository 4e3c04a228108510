// A word quoted back in a message: whole where it fits a line, else cut in the middle; the one
// cut for the reference reader's messages and the command line's (cli/typed-words.ts), which
// gives the line's columns it has.
import { describe, expect, it } from "vitest";
import { quotedWord } from "../../../src/core/codes/quoted-word.js";

describe("quotedWord", () => {
  it.each([
    ["a word", "integrity", undefined, "integrity"],
    ["a word as wide as a line", "a".repeat(80), undefined, "a".repeat(80)],
    ["a word a column wider", "a".repeat(81), undefined, `${"a".repeat(20)}…${"a".repeat(19)}`],
    ["wide letters: 40 fit a line", "漢".repeat(40), undefined, "漢".repeat(40)],
    ["wide letters: 41 do not", "漢".repeat(41), undefined, `${"漢".repeat(10)}…${"漢".repeat(9)}`],
    ["a glued run of 150,000 numbers", "1,".repeat(150_000), undefined, "1,1,1,1,1,1,1,1,1,1,…,1,1,1,1,1,1,1,1,1,"],
    ["a word as wide as a narrow line", "a".repeat(60), 60, "a".repeat(60)],
    ["a word a column wider than a narrow line", "a".repeat(61), 60, `${"a".repeat(20)}…${"a".repeat(19)}`],
    ["wide letters: 30 fit 60 columns", "漢".repeat(30), 60, "漢".repeat(30)],
    ["wide letters: 31 do not", "漢".repeat(31), 60, `${"漢".repeat(10)}…${"漢".repeat(9)}`],
    ["a path in a command to copy, kept whole", `/tmp/${"a".repeat(200)}/codes`, 4096, `/tmp/${"a".repeat(200)}/codes`],
    ["words typed apart, cut between words", "gift ".repeat(30).trim(), 72, "gift gift gift gift … gift gift gift"],
  ])("%s", (_, word, columns, quoted) => {
    expect(quotedWord(word, columns)).toBe(quoted);
  });
});
