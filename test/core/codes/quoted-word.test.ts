// A word the reference reader read, quoted back in its messages: whole where it fits a line,
// else cut in the middle as the command line cuts a long typed word.
import { describe, expect, it } from "vitest";
import { quotedWord } from "../../../src/core/codes/quoted-word.js";

describe("quotedWord", () => {
  it.each([
    ["a word", "integrity", "integrity"],
    ["a word as wide as a line", "a".repeat(80), "a".repeat(80)],
    ["a word a column wider", "a".repeat(81), `${"a".repeat(20)}…${"a".repeat(19)}`],
    ["wide letters: 40 fit a line", "漢".repeat(40), "漢".repeat(40)],
    ["wide letters: 41 do not", "漢".repeat(41), `${"漢".repeat(10)}…${"漢".repeat(9)}`],
    ["a glued run of 150,000 numbers", "1,".repeat(150_000), "1,1,1,1,1,1,1,1,1,1,…,1,1,1,1,1,1,1,1,1,"],
  ])("%s", (_, word, quoted) => {
    expect(quotedWord(word)).toBe(quoted);
  });
});
