// How many columns a terminal gives text, by grapheme cluster: what the renderers wrap and pad
// by, and what the quiz's line editor puts its cursor by and steps over (cli/terminal-lines.ts).
import { describe, expect, it } from "vitest";
import { clusterEdgeAtOrAfter, clusterEdgeAtOrBefore, clusterWidth, graphemeClusters, graphemeSegmenter, graphemeSegments, visibleLength } from "../../src/core/text-width.js";
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

describe("graphemeSegments: the segmenter's clusters, read a piece of the text at a time", () => {
  /** What makes clusters across code points: flags' regional indicators, emoji sequences, marks, jamo, conjuncts, CR LF, prepended marks. */
  const PARTS = ["a", " ", "🇺", "🇸", "👩", "\u200d", "⚕", "\ufe0f", "🏽", "\u0301", "\u1100", "\u1161", "\u11a8", "क", "\u094d", "ष", "\r", "\n", "\u0600", "١", "中", "\udb40\udc67"];

  /** A text of `length` parts drawn by a seeded generator (a linear congruential one): the same every run. */
  function textOf(length: number, seed: number): string {
    let state = seed;
    let text = "";
    for (let at = 0; at < length; at++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      text += PARTS[state % PARTS.length];
    }
    return text;
  }

  it("are the clusters of the text read whole, where each starts", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = textOf(200 + seed * 37, seed);
      const whole = [...graphemeSegmenter().segment(text)].map(({ segment, index }) => ({ segment, index }));
      expect([...graphemeSegments(text)], `seed ${seed}`).toEqual(whole);
    }
  });

  it("a run of flags, and a cluster longer than a piece, are read whole", () => {
    for (const text of ["🇺🇸".repeat(300) + "🇺", "a" + "\u0301".repeat(2000) + "b", "x" + "🇺🇸".repeat(200)]) {
      expect([...graphemeSegments(text)]).toEqual([...graphemeSegmenter().segment(text)].map(({ segment, index }) => ({ segment, index })));
    }
  });

  // Node's segmenter takes time in proportion to the whole text at every step: given a long
  // text whole, the steps a page pasted as one word takes grew with its square (120,000
  // characters: 47 s). Counted, as the text each call of the segmenter is given.
  it("gives the segmenter pieces of a long text, never the whole", () => {
    const text = "é\u0301 one word ".repeat(8000);
    const segmenter = graphemeSegmenter();
    const segment = segmenter.segment.bind(segmenter);
    let longest = 0;
    segmenter.segment = (given: string) => {
      longest = Math.max(longest, given.length);
      return segment(given);
    };
    try {
      expect(visibleLength(text)).toBe(11 * 8000);
    } finally {
      segmenter.segment = segment;
    }
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(256);
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
