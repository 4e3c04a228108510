// How many columns a terminal gives text, by grapheme cluster: what the renderers wrap and pad
// by, and what the quiz's line editor puts its cursor by and steps over (cli/terminal-lines.ts).
import { describe, expect, it } from "vitest";
import { clusterEdgeAtOrAfter, clusterEdgeAtOrBefore, clusterWidth, graphemeClusters, graphemeSegmenter, visibleLength } from "../../src/core/text-width.js";
import { displayPosition } from "../../src/cli/terminal-lines.js";

/** [what, text, columns a terminal draws it in] */
const WIDTHS: [string, string, number][] = [
  ["printable ASCII", "Hold hope", 9],
  ["coloured", "\u001b[1mhope\u001b[22m", 4],
  ["typographic punctuation, one column each", "“quoted” — ’", 12],
  ["Chinese, two each", "中文", 4],
  ["Hangul syllables", "한국어", 6],
  ["a Hangul syllable of jamo", "\u1100\u1161\u11a8", 2],
  ["a Hangul syllable a final jamo completes", "\uac00\u11a8", 2],
  ["e and a combining acute", "e\u0301", 1],
  ["a letter with three marks", "a\u0301\u0323\u0308", 1],
  ["a combining mark alone", "\u0301", 0],
  ["a ZWJ family", "👨‍👩‍👧", 2],
  ["a ZWJ family of four", "👨‍👩‍👧‍👦", 2],
  ["a health worker: woman, ZWJ, staff of Aesculapius, VS16", "👩‍⚕️", 2],
  ["a heart on fire: a text-default heart, VS16, ZWJ", "❤️‍🔥", 2],
  ["a rainbow flag", "🏳️‍🌈", 2],
  ["a skin tone", "👍🏽", 2],
  ["a flag's two regional indicators", "🇺🇸", 2],
  ["two flags", "🇺🇸🇫🇷", 4],
  ["a regional indicator alone", "🇺", 1],
  ["a subdivision flag of tags", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", 2],
  ["a text-default emoji given its picture by VS16", "✌️", 2],
  ["the same without VS16", "✌", 1],
  ["a keycap", "1️⃣", 2],
  ["a wide emoji asked for as text (VS15)", "⌚︎", 2],
  ["a narrow emoji asked for as text (VS15)", "☺︎", 1],
  ["a Devanagari conjunct joined by ZWJ: each letter its column", "क्‍ष", 2],
  ["a letter, ZWJ, an emoji: no sequence, the emoji its own two", "a\u200d👩", 3],
  ["an emoji among words", "a 👩‍⚕️ b", 6],
];

describe("visibleLength: columns by grapheme cluster", () => {
  it.each(WIDTHS)("%s", (_what, text, columns) => {
    expect(visibleLength(text)).toBe(columns);
  });

  it("is the sum of its clusters' widths", () => {
    for (const [, text, columns] of WIDTHS) {
      const plain = text.replace(/\u001b\[[0-9;]*m/g, "");
      expect([...graphemeClusters(plain)].reduce((sum, cluster) => sum + clusterWidth(cluster), 0)).toBe(columns);
    }
  });

  it("one segmenter for every measure and cut (shorten.ts too), made once", () => {
    expect(graphemeSegmenter()).toBe(graphemeSegmenter());
  });

  it("a text with nothing that clusters is a cluster a code point", () => {
    expect([...graphemeClusters("“中”")]).toEqual(["“", "中", "”"]);
    expect([...graphemeClusters("👩‍⚕️e\u0301")]).toEqual(["👩‍⚕️", "e\u0301"]);
  });
});

describe("displayPosition: where the quiz's line editor puts the cursor", () => {
  it.each(WIDTHS.filter(([what]) => what !== "coloured"))("after %s", (_what, text, columns) => {
    expect(displayPosition(`Your answer (A–D): ${text}`, 80)).toEqual({ cols: 19 + columns, rows: 0 });
  });

  it("wraps a wide cluster that would straddle the line's end to the next line", () => {
    // 9 columns, then a family at the 10th of 10: it starts the next line.
    expect(displayPosition("123456789👨‍👩‍👧", 10)).toEqual({ cols: 2, rows: 1 });
    expect(displayPosition("12345678👨‍👩‍👧", 10)).toEqual({ cols: 0, rows: 1 });
  });

  it("counts lines of a prompt that spans lines, and colours as nothing", () => {
    expect(displayPosition("Question?\n\u001b[1mYour answer\u001b[22m: 👍🏽", 80)).toEqual({ cols: 15, rows: 1 });
  });

  it("on a terminal of no known width, one line", () => {
    expect(displayPosition("x".repeat(500) + "👩‍⚕️", Infinity)).toEqual({ cols: 502, rows: 0 });
  });
});

describe("clusterEdgeAtOrBefore and clusterEdgeAtOrAfter: where the quiz's line editor's cursor may rest", () => {
  // "b", then a health worker of five code units (woman, ZWJ, ⚕, VS16), then "e" and an acute.
  const line = "b👩‍⚕️e\u0301";
  it.each([
    [0, 0, 0],
    [1, 1, 1],
    [2, 1, 6],
    [5, 1, 6],
    [6, 6, 6],
    [7, 6, 8],
    [8, 8, 8],
  ])("from code unit %i: back to %i, on to %i", (index, before, after) => {
    expect(clusterEdgeAtOrBefore(line, index)).toBe(before);
    expect(clusterEdgeAtOrAfter(line, index)).toBe(after);
  });

  it("past either end, the end", () => {
    expect(clusterEdgeAtOrBefore(line, -1)).toBe(0);
    expect(clusterEdgeAtOrAfter(line, 99)).toBe(line.length);
  });

  it("text with nothing that clusters: every code unit", () => {
    expect(clusterEdgeAtOrBefore("abc “中”", 5)).toBe(5);
    expect(clusterEdgeAtOrAfter("abc “中”", 5)).toBe(5);
  });
});
