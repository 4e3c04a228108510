import { describe, expect, it } from "vitest";
import { isWide, lineBreakParts, overflowPieces, visibleLength } from "../../src/render/columns.js";

describe("visibleLength counts terminal columns", () => {
  it.each([
    ["ASCII", "gifts", 5],
    ["typographic punctuation (East Asian Ambiguous: one column)", "“gifts” — don’t", 15],
    ["Chinese", "礼物", 4],
    ["Japanese kana and the ideographic full stop", "ピア。", 6],
    ["Korean", "선물", 4],
    ["fullwidth forms", "ＡＢ！", 6],
    ["emoji", "🎁🚀🧑", 6],
    ["an emoji with a skin tone", "👍🏽", 2],
    ["combining marks", "e\u0301a\u030a", 2],
    ["a variation selector", "葛\u{e0100}", 2],
    ["mixed, coloured", "\u001b[1mHIPAA\u001b[22m规定 🎁", 12],
    ["symbols that are narrow though pictographic (text presentation)", "☺→✓", 3],
    // Counted 8 (four emoji) while wrapping counted 2: lines of them broke at a quarter of the width.
    ["a family: emoji joined by ZWJ are one picture", "👨\u200d👩\u200d👧\u200d👦", 2],
    ["joined emoji with skin tones", "🧑🏽\u200d🤝\u200d🧑🏿", 2],
    ["a letter after a joiner keeps its column (a Devanagari half form)", "क्\u200dष", 2],
  ])("%s", (_what, text, columns) => {
    expect(visibleLength(text)).toBe(columns);
  });

  it.each([
    [0x1100, true],
    [0x115f, true],
    [0x1160, false],
    [0x3000, true],
    [0x4e00, true],
    [0x9fff, true],
    [0xac00, true],
    [0xff01, true],
    [0xff61, false],
    [0x1f600, true],
    [0x1fa75, true], // an emoji of Unicode 15, after the table's own version
    [0x2f800, true],
    [0x2014, false],
    [0x41, false],
  ])("isWide(%s) is %s", (code, wide) => {
    expect(isWide(code)).toBe(wide);
  });
});

describe("lineBreakParts: where a word may break without a space", () => {
  it.each([
    ["an English word is whole", "confidentiality", ["confidentiality"]],
    ["a URL is whole", "https://example.org/a/b", ["https://example.org/a/b"]],
    ["between ideographs", "礼物", ["礼", "物"]],
    ["not before closing punctuation nor after opening", "「礼物」，好。", ["「礼", "物」，", "好。"]],
    ["not before the prolonged sound mark and small kana", "ピアサポート", ["ピ", "ア", "サ", "ポー", "ト"]],
    ["between a Latin word and an ideograph", "HIPAA规定", ["HIPAA", "规", "定"]],
    ["not inside a Korean word (Korean breaks at spaces)", "전문가는", ["전문가는"]],
    ["between emoji", "🎁🎁🎁", ["🎁", "🎁", "🎁"]],
    ["never inside an emoji with a skin tone", "👍🏽👍🏿", ["👍🏽", "👍🏿"]],
    ["never inside emoji joined by ZWJ", "👩\u200d👧👩", ["👩\u200d👧", "👩"]],
    ["a combining mark stays with its character", "礼\u0301物", ["礼\u0301", "物"]],
    ["escape sequences go with the character after them, at the end with the one before", "\u001b[2m礼物\u001b[22m", ["\u001b[2m礼", "物\u001b[22m"]],
  ])("%s", (_what, word, parts) => {
    expect(lineBreakParts(word)).toEqual(parts);
  });
});

describe("overflowPieces: a word wider than a whole line, cut to fit", () => {
  it.each([
    ["hard, where it has no slash or hyphen", "abcdefghij", 4, 4, ["abcd", "efgh", "ij"]],
    ["the first piece fills what is left of the line", "abcdefghij", 2, 4, ["ab", "cdef", "ghij"]],
    ["no room left: it starts on the next line", "abcdefghij", 0, 4, ["abcd", "efgh", "ij"]],
    ["just after a slash or a hyphen in the piece's second half", "https://example.org/a-long-url", 12, 12, ["https://", "example.org/", "a-long-url"]],
    ["not after one in its first half (a scrap)", "a/bcdefghijkl", 6, 6, ["a/bcde", "fghijk", "l"]],
    ["wide characters count two columns", "礼物礼物礼", 4, 4, ["礼物", "礼物", "礼"]],
    ["a combining mark stays with its character", "e\u0301e\u0301e\u0301", 2, 2, ["e\u0301e\u0301", "e\u0301"]],
    ["a character in every piece, however narrow the line", "礼物", 1, 1, ["礼", "物"]],
    ["a flag's two letters stay together", "🇺🇸🇫🇷🇺🇸", 3, 3, ["🇺🇸", "🇫🇷", "🇺🇸"]],
    ["flags read in pairs from the first letter", "a🇺🇸🇫", 3, 3, ["a🇺🇸", "🇫"]],
    ["an escape sequence goes with the character after it", "\u001b[1mabcdef\u001b[22m", 3, 3, ["\u001b[1mabc", "def\u001b[22m"]],
    ["joined emoji are one picture, two columns", "👨\u200d👩\u200d👧👨\u200d👩\u200d👧👨\u200d👩\u200d👧", 4, 4, ["👨\u200d👩\u200d👧👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"]],
    ["a letter after a joiner takes its column", "क्\u200dषक्\u200dष", 2, 2, ["क्\u200dष", "क्\u200dष"]],
  ])("%s", (_what, part, firstRoom, room, pieces) => {
    expect(overflowPieces(part, firstRoom, room)).toEqual(pieces);
    expect(pieces.join("")).toBe(part);
    // One measure: each piece fits as visibleLength counts it (but where no character fits).
    if (room > 1) pieces.forEach((piece, at) => expect(visibleLength(piece)).toBeLessThanOrEqual(at === 0 ? Math.max(firstRoom, room) : room));
  });
});
