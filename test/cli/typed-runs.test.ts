// A run of words typed apart and quoted as one name ("no section 'gift gift …'") is cut in the
// middle, between words, once it is wider than a line; anything else is left as it is.
import { describe, expect, it } from "vitest";
import { cutTypedWords } from "../../src/cli/typed-words.js";

const COLUMNS = 72;
const words = (count: number, word = "gift") => Array.from({ length: count }, () => word);

describe("a quoted run of typed words", () => {
  it("wider than a line is cut in the middle to 40 columns", () => {
    const typed = ["show", "medi-cal", ...words(5_000)];
    const message = `ethics: no section '${words(5_000).join(" ")}' in medi-cal`;
    expect(cutTypedWords(message, typed, COLUMNS)).toBe("ethics: no section 'gift gift gift gift … gift gift gift' in medi-cal");
  });

  it("that fits a line is quoted whole", () => {
    const message = `ethics: no section '${words(14).join(" ")}' in medi-cal`;
    expect(cutTypedWords(message, ["show", "medi-cal", ...words(14)], COLUMNS)).toBe(message);
  });

  it("is cut only where the quote holds what was typed: other quoted text stays whole", () => {
    const long = words(30, "care").join(" ");
    const message = `ethics: no topic '${long}'\nhint: try '${long.toUpperCase()}'`;
    const cut = cutTypedWords(message, ["topic", ...words(30, "care")], COLUMNS);
    expect(cut).toBe(`ethics: no topic 'care care care care … care care care'\nhint: try '${long.toUpperCase()}'`);
  });

  it("leaves a message alone when all that was typed fits a line", () => {
    const message = "ethics: no topic 'x'";
    expect(cutTypedWords(message, ["topic", "x"], COLUMNS)).toBe(message);
  });

  it("is kept whole in a command printed in backticks, which must run as printed", () => {
    const folder = `/tmp/${"long-folder-name/".repeat(5)}codes`;
    const message = `hint: \`ethics --data ${folder} --help\` lists the commands; no code in '${folder}'`;
    expect(cutTypedWords(message, ["--data", folder, "shwo"], COLUMNS)).toBe(`hint: \`ethics --data ${folder} --help\` lists the commands; no code in '/tmp/long-folder-nam…g-folder-name/codes'`);
  });

  it.each<[string, number, string]>([
    // Wide characters take two columns each: 60 of them are 120 columns, though 60 code units.
    ["漢".repeat(60), 72, `${"漢".repeat(10)}…${"漢".repeat(9)}`],
    ["漢".repeat(30), 72, "漢".repeat(30)],
    ["a".repeat(60), 72, "a".repeat(60)],
  ])("a typed word is cut by the columns it takes: %s", (word, columns, quoted) => {
    expect(cutTypedWords(`ethics: no code '${word}'`, ["show", word], columns)).toBe(`ethics: no code '${quoted}'`);
  });

  it("in a command of thousands of words, which nobody copies, is cut in the middle between words and quoted, since it runs no more", () => {
    const typed = ["topics", ...words(100_000, "word")];
    const message = `hint: \`ethics topic ${words(100_000, "word").join(" ")}\``;
    expect(cutTypedWords(message, typed, COLUMNS)).toBe("hint: 'ethics topic word word word word … word word word word word word'");
  });

  // It kept its backticks, `ethics topic aaa…aaa`, as though it ran as printed.
  it.each([
    ["a word longer than a path", "a".repeat(5_000), "hint: 'ethics topic aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaa'"],
    ["a word of 4,097 letters", "b".repeat(4_097), "hint: 'ethics topic bbbbbbbbbbbbbbbbbbbb…bbbbbbbbbbbbbbbbbbb'"],
  ])("in a command, %s is cut, and the command reads as cut: in quotes, not backticks", (_what, word, cut) => {
    expect(cutTypedWords(`hint: \`ethics topic ${word}\``, ["topics", word], COLUMNS)).toBe(cut);
  });

  it("a command beside one with a word cut keeps its backticks", () => {
    const word = "a".repeat(5_000);
    expect(cutTypedWords(`hint: \`ethics topic ${word}\`, or \`ethics topics\``, ["topics", word], COLUMNS)).toBe("hint: 'ethics topic aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaaaa', or `ethics topics`");
  });
});
