import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeJson, fitLine, fitLines, MEASURE, phrasesKeepingNames, visible, visibleLength, visibleLines, wrap, wrapItems, wrapPhrases, wrapUnits } from "../../src/render/terminal-text.js";

/** Columns as a terminal shows them, measured apart from the code under test: ASCII data. */
const width = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "").length;

describe("visible", () => {
  it.each([
    ["an escape sequence", "\u001b[2Jx", "␛[2Jx"],
    ["BEL, BS, CR", "a\u0007b\bc\rd", "a␇b␈c␍d"],
    ["a tab and a newline (a field is one line)", "a\tb\nc", "a␉b␊c"],
    ["NUL and DEL", "\u0000\u007f", "␀␡"],
    ["C1: CSI and NEL", "\u009b31m\u0085", "<U+009B>31m<U+0085>"],
    ["the bidirectional overrides and isolates", "\u202eevil\u202c \u2066x\u2069", "<U+202E>evil<U+202C> <U+2066>x<U+2069>"],
    ["the bidirectional marks", "a\u200eb\u200fc\u061cd", "a<U+200E>b<U+200F>c<U+061C>d"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a<U+2028>b<U+2029>c"],
    ["zero width space, word joiner, BOM", "a\u200bb\u2060c\ufeffd", "a<U+200B>b<U+2060>c<U+FEFF>d"],
    ["Hangul filler", "x\u3164y", "x<U+3164>y"],
    ["tag characters (invisible ASCII)", "ok\u{e0041}\u{e0042}", "ok<U+E0041><U+E0042>"],
    // The rest Unicode says a renderer ignores (Default_Ignorable_Code_Point), found raw by an audit.
    ["the deprecated format characters and U+2065", "a\u206ab\u206fc\u2065d", "a<U+206A>b<U+206F>c<U+2065>d"],
    ["the Khmer inherent vowels", "k\u17b4\u17b5", "k<U+17B4><U+17B5>"],
    ["the unassigned specials", "s\ufff0\ufff8", "s<U+FFF0><U+FFF8>"],
    ["the shorthand format controls", "x\u{1bca0}\u{1bca3}", "x<U+1BCA0><U+1BCA3>"],
    ["the musical format characters", "m\u{1d173}\u{1d17a}", "m<U+1D173><U+1D17A>"],
    ["the tags' plane past them, and past the ideographic variation selectors", "t\u{e0080}\u{e01f0}\u{e0fff}", "t<U+E0080><U+E01F0><U+E0FFF>"],
  ])("makes %s visible", (_what, input, expected) => {
    expect(visible(input)).toBe(expected);
  });

  it.each([
    ["plain text", "Do not lend money — “person-first,” 12½%"],
    ["accents, combining marks", "café naïve e\u0301"],
    ["the joiners Persian and emoji need", "می\u200cخواهم 👩\u200d👩\u200d👧"],
    ["variation selectors and CJK", "☺\ufe0f 日本語"],
    ["an ideographic variation selector, whose high surrogate the tag characters share", "葛\u{e0100}"],
    ["musical symbols, which share the musical format characters' high surrogate", "\u{1d11e}\u{1d160}"],
  ])("keeps %s as it is", (_what, input) => {
    expect(visible(input)).toBe(input);
  });

  it("is idempotent, so that text made visible twice reads the same", () => {
    const once = visible("\u001b[31m\u202e\n");
    expect(visible(once)).toBe(once);
  });

  it("visibleLines keeps line breaks and nothing else", () => {
    expect(visibleLines("one\ntwo\u001b[2J\r")).toBe("one\ntwo␛[2J␍");
  });
});

describe("escapeJson", () => {
  it("writes what JSON.stringify leaves raw as \\u escapes: the same value, inert on a terminal", () => {
    const value = { text: "a\u202eb\u009b\u2028\u{e0041}\u001b", list: ["é", "\u200d"] };
    const json = escapeJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]|\udb40/);
    expect(json).toContain("\\u202e");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("visibleLength", () => {
  it.each([
    ["plain", "hello", 5],
    ["coloured", "\u001b[1m\u001b[36mhello\u001b[39m\u001b[22m", 5],
    ["wide characters", "日本語", 6],
    ["combining marks", "e\u0301e\u0301", 2],
    ["a picture", visible("\u001b"), 1],
  ])("%s", (_what, text, columns) => {
    expect(visibleLength(text)).toBe(columns);
  });
});

describe("wrap", () => {
  const prose = "word ".repeat(80).trim();

  it("wraps to the width with a hanging indent", () => {
    const lines = wrap(prose, 40, "    ", "  ").split("\n");
    expect(lines[0]).toMatch(/^  word/);
    expect(lines.slice(1).every((line) => line.startsWith("    word"))).toBe(true);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(40);
  });

  it("keeps a readable measure on a very wide terminal", () => {
    const lines = wrap(prose, 250).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(MEASURE);
    expect(MEASURE).toBe(100);
  });

  it("does not wrap without a width (piped output)", () => {
    expect(wrap(prose, Infinity)).toBe(prose);
  });

  // Lines counted in terminal columns (a CJK character or an emoji takes two), broken at spaces
  // and, where there is none, next to a wide character.
  it.each([
    ["ASCII, at spaces", "Will not accept gifts or loans from peers.", 20, ["  Will not accept", "  gifts or loans", "  from peers."]],
    ["Chinese, between characters, the comma kept with its word", "同伴支持专家不得接受服务对象赠送的礼物，也不得借钱。", 20, ["  同伴支持专家不得接", "  受服务对象赠送的礼", "  物，也不得借钱。"]],
    ["brackets stay with what they enclose", "「同伴支持专家」不得（例外）接受", 12, ["  「同伴支持", "  专家」不得", "  （例外）接", "  受"]],
    ["a run of emoji", "🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁", 12, ["  🎁🎁🎁🎁🎁", "  🎁🎁🎁🎁🎁", "  🎁🎁"]],
    ["combining marks take no column", "Ke̊ep çonfidences a̋nd marks", 14, ["  Ke̊ep", "  çonfidences", "  a̋nd marks"]],
    ["mixed Latin and Chinese", "Use HIPAA规定的同意书。see the form", 16, ["  Use HIPAA规定", "  的同意书。see", "  the form"]],
    ["Korean at its spaces", "한국어 동료 지원 전문가는 서비스 대상자로부터", 18, ["  한국어 동료 지원", "  전문가는 서비스", "  대상자로부터"]],
    ["a URL longer than the line breaks where it must, after a slash or a hyphen", "see https://example.org/a-long-url/that-goes-on", 20, ["  see https://", "  example.org/a-", "  long-url/that-", "  goes-on"]],
    ["a word longer than the line starts on a line of its own when little of the line is left", "Peer staff: abcdefghijklmnopqrstuvwxyz", 20, ["  Peer staff:", "  abcdefghijklmnopqr", "  stuvwxyz"]],
    ["a citation's separator never starts a line (it would read as a list item): it goes down with the word before it", "Working Well Together · Cultural Relevancy 1", 24, ["  Working Well", "  Together · Cultural", "  Relevancy 1"]],
  ])("%s", (_what, text, columns, expected) => {
    expect(wrap(text, columns, "  ", "  ").split("\n")).toEqual(expected);
  });

  it("loses no character, breaks every word wider than the line, and fits once the output is fitted", () => {
    const piece = fc.constantFrom("gift", "confidentiality", " ", "礼物", "，", "。", "「", "」", "ピア", "ー", "선물", "🎁", "👍🏽", "e\u0301", "https://example.org/x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 8, max: 60 }), (pieces, columns) => {
        const text = pieces.join("");
        const lines = wrap(text, columns, "  ", "  ").split("\n");
        expect(lines.map((line) => line.slice(2)).join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
        // A word the indent leaves too little room for is left to fitLines, which sets it further left.
        for (const line of lines) expect(visibleLength(line.trim())).toBeLessThanOrEqual(columns);
        for (const line of fitLines(lines.join("\n"), columns).split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(columns);
      }),
    );
  });

  it("closes a style open at a break inside a word and opens it again after", () => {
    expect(wrap("\u001b[2m同伴支持专家\u001b[22m \u001b[2mok\u001b[22m", 6).split("\n")).toEqual([
      "\u001b[2m同伴支\u001b[0m",
      "\u001b[2m持专家\u001b[22m",
      "\u001b[2mok\u001b[22m",
    ]);
  });
});

describe("fitLines", () => {
  it("leaves lines that fit alone", () => {
    expect(fitLines("short\n  lines", 20)).toBe("short\n  lines");
  });

  it.each([
    [
      "an example laid out in columns hangs under its last column",
      "  $ ethics diff california medi-cal          Working Well Together → Medi-Cal, word by word",
      ["  $ ethics diff california medi-cal          Working Well Together → Medi-Cal,", "                                             word by word"],
    ],
    [
      "an indented line goes on two columns further in",
      "  96 standards → 108 standards: 26 same · 69 changed · 13 only in Medi-Cal · 1 merge",
      ["  96 standards → 108 standards: 26 same · 69 changed · 13 only in Medi-Cal · 1", "    merge"],
    ],
    ["a paragraph at the margin goes on at the margin", `${"word ".repeat(17)}end`, [`${"word ".repeat(15)}word`, "word end"]],
  ])("%s", (_what, line, expected) => {
    expect(fitLines(line, 80).split("\n")).toEqual(expected);
  });

  it("breaks a line of CJK text between its characters", () => {
    expect(fitLines("  同伴守则 · 礼物礼物礼物礼物礼物礼物礼物礼物礼物礼物 1", 24).split("\n")).toEqual(["  同伴守则 · 礼物礼物礼", "    物礼物礼物礼物礼物礼", "    物礼物礼物 1"]);
  });

  it("closes a style before a break and opens it again after", () => {
    const line = `  \u001b[36m${"Alaska · Relationship with Clients 4 → ".repeat(3)}\u001b[39m`;
    const lines = fitLines(line, 60).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/\u001b\[0m$/);
    expect(lines[1]).toMatch(/^ +\u001b\[36m/);
    for (const fitted of lines) expect(width(fitted)).toBeLessThanOrEqual(60);
  });
});

describe("fitLines: styles at a break", () => {
  const dim = (text: string) => `\x1b[2m${text}\x1b[22m`;
  it.each([
    // Styled word by word, each closed: nothing is open at the break, so nothing is replayed
    // after it nor reset before it (six empty dim runs opened the next line).
    ["words each closed", `  ${["… and 5 more:", "--full shows them"].join(" ").split(" ").map(dim).join(" ")}`, 28, [`  ${dim("…")} ${dim("and")} ${dim("5")} ${dim("more:")} ${dim("--full")} ${dim("shows")}`, `    ${dim("them")}`]],
    // A style open at the break is closed before it and opened again after.
    ["a style open at the break", `\x1b[36mone two three four\x1b[39m`, 10, ["\x1b[36mone two\x1b[0m", "\x1b[36mthree four\x1b[39m"]],
    // A style spanning the spaces after a word ends on its line: no line of escapes alone.
    ["a style's end after spaces", `    Wisconsin    ${dim("—         ")}`, 30, [`    Wisconsin    ${dim("—")}`]],
  ])("%s", (_name, line, columns, expected) => {
    const lines = fitLines(line, columns).split("\n");
    expect(lines.map((each) => each.replace(/ +(?=\x1b\[22m$)/, ""))).toEqual(expected);
    for (const each of lines) expect(each.replace(/\x1b\[[0-9;]*m/g, "").trim()).not.toBe("");
  });
});

describe("fitLine: a command in backticks, printed to be copied, is never broken", () => {
  // 50 columns.
  const command = "`ethics --data /tmp/peer-support/our-codes --help`";
  it.each([
    ["one the line has no room for goes whole on the next", `hint: see also ${command} lists the commands`, 60, ["hint: see also", `      ${command}`, "      lists the commands"]],
    ["one only the margin has room for goes there, alone", `hint: see also ${command} lists the commands`, 52, ["hint: see also", command, "      lists the commands"]],
    ["one too wide for any line goes alone on its line", `hint: see also ${command} lists the commands`, 40, ["hint: see also", `      ${command}`, "      lists the commands"]],
    ["one that fits after the words before it stays on their line", `hint: ${command} lists the commands and options`, 70, [`hint: ${command} lists the`, "      commands and options"]],
    // Two too wide for any line, one after the other: no empty line between them.
    ["two too wide for any line, each alone", `hint: say whose: ${command}, ${command}`, 40, ["hint: say whose:", `      ${command},`, `      ${command}`]],
    // A line of a command continued with a backslash (random's), wider for one word: left whole.
    ["a command's line continued with a backslash", `  /tmp/${"x".repeat(60)} \\`, 40, [`  /tmp/${"x".repeat(60)} \\`]],
    ["a backtick that closes nothing opens nothing", "hint: a `ethics c d e f g h i j", 16, ["hint: a `ethics", "      c d e f g", "      h i j"]],
    ["other words in backticks are words", "hint: no code `a b c d e f` here", 16, ["hint: no code `a", "      b c d e f`", "      here"]],
  ])("%s", (_what, line, width, expected) => {
    expect(fitLine(line, width, 6).split("\n")).toEqual(expected);
  });

  it("at the margin, one the line has no room for starts the next, and the words after it follow", () => {
    const line = "After the standard: how strongly it binds, and the `ethics show` command that prints it again.";
    expect(fitLine(line, 60, 0).split("\n")).toEqual(["After the standard: how strongly it binds, and the", "`ethics show` command that prints it again."]);
  });
});

describe("wrap: a command in backticks, printed to be copied, is never broken", () => {
  it.each([
    ["one the line has no room for starts the next", "Standards per code on each topic. `ethics topic <id>` shows them.", 44, ["Standards per code on each topic.", "`ethics topic <id>` shows them."]],
    [
      "one wider than any line stands alone on its line",
      "Each concept. `ethics --data /tmp/peer-support/our-agency-codes topic <concept>` shows what each code says on it.",
      40,
      ["Each concept.", "`ethics --data /tmp/peer-support/our-agency-codes topic <concept>`", "shows what each code says on it."],
    ],
    ["coloured, the colour no part of it", "\u001b[2m`ethics concepts <concept>` its entry terms and questions.\u001b[22m", 20, ["\u001b[2m`ethics concepts <concept>`", "its entry terms and", "questions.\u001b[22m"]],
  ])("%s", (_what, text, width, expected) => {
    expect(wrap(text, width).split("\n")).toEqual(expected);
  });
});

describe("wrapItems", () => {
  it("breaks between items, never inside one", () => {
    expect(wrapItems(["ak = alaska", "ca = california", "nc = north-carolina"], 34, " · ", "  ")).toBe("ak = alaska · ca = california\n  nc = north-carolina");
  });

  it.each([
    ["a comma stays at the end of the line", ", ", 21, "alaska 1, medi-cal 2,\n  wisconsin 1"],
    ["a semicolon too", "; ", 21, "alaska 1; medi-cal 2;\n  wisconsin 1"],
    ["the mark is measured with its line", ", ", 20, "alaska 1,\n  medi-cal 2,\n  wisconsin 1"],
    ["a middle dot is left at the break", " · ", 22, "alaska 1 · medi-cal 2\n  wisconsin 1"],
    ["unwrapped, the list is as joined", ", ", 80, "alaska 1, medi-cal 2, wisconsin 1"],
  ])("%s", (_what, separator, width, expected) => {
    expect(wrapItems(["alaska 1", "medi-cal 2", "wisconsin 1"], width, separator, "  ")).toBe(expected);
  });
});

describe("wrapPhrases", () => {
  it("breaks between phrases, a sentence's words each a phrase, a citation whole", () => {
    const phrases = ["Also", "in", "Medi-Cal:", "Respect", "1;", "Safety & Protection 8;", "Advocacy 3, 8"];
    expect(wrapPhrases(phrases, 40, "  ", "")).toBe("Also in Medi-Cal: Respect 1;\n  Safety & Protection 8; Advocacy 3, 8");
  });

  it("keeps a '·' on the line of the phrase before it", () => {
    expect(wrapPhrases(["Gifts", "·", "Money and loans"], 20, "  ", "")).toBe("Gifts ·\n  Money and loans");
  });
});

describe("wrapUnits", () => {
  it("breaks between citations, each whole, its comma at the line's end", () => {
    expect(wrapUnits(["Integrity 5", "Integrity 6"], 23, "  ", "  ")).toBe("  Integrity 5,\n  Integrity 6");
    expect(wrapUnits(["Integrity 5", "Integrity 6", "Advocacy 2"], 40, "    ", "head")).toBe("headIntegrity 5, Integrity 6, Advocacy 2");
  });

  it("breaks a citation wider than any line at its spaces, from a line of its own, every line fitting", () => {
    const wrapped = wrapUnits(["Respect 6", "Cultural Responsiveness & Humility 1", "Respect 7"], 26, "  ", "  ");
    expect(wrapped).toBe("  Respect 6,\n  Cultural Responsiveness\n  & Humility 1, Respect 7");
    for (const line of wrapped.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(26);
  });

  it("leaves a first line shorter than the indent for a citation that fits a later one, without its trailing spaces", () => {
    expect(wrapUnits(["Integrity 5"], 14, "  ", "    Alaska ")).toBe("    Alaska\n  Integrity 5");
  });

  it("fits every line, and joins the citations back as given", () => {
    const citation = fc.stringMatching(/^[A-Za-z&]{1,12}( [A-Za-z&]{1,12}){0,3} \d{1,2}$/);
    fc.assert(
      fc.property(fc.array(citation, { minLength: 1, maxLength: 8 }), fc.integer({ min: 16, max: 90 }), (citations, width) => {
        const wrapped = wrapUnits(citations, width, "  ", "  ");
        for (const line of wrapped.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(width);
        expect(wrapped.split("\n").map((line) => line.trim()).join(" ")).toBe(citations.join(", "));
      }),
    );
  });
});

describe("phrasesKeepingNames", () => {
  it("keeps each name the text holds as one phrase, with the punctuation next to it, the longest first", () => {
    const names = ["Working Well Together", "Family Driven and Child-Centered", "Family Driven"];
    expect(phrasesKeepingNames("standard 1 of Family Driven and Child-Centered.", names)).toEqual(["standard", "1", "of", "Family Driven and Child-Centered."]);
    expect(phrasesKeepingNames("Left out of Working Well Together, on matters", names)).toEqual(["Left", "out", "of", "Working Well Together,", "on", "matters"]);
    expect(phrasesKeepingNames("(Working Well Together)", names)).toEqual(["(Working Well Together)"]);
    // Only the whole name: "Working Well" alone is words.
    expect(phrasesKeepingNames("Working Well again", names)).toEqual(["Working", "Well", "again"]);
  });
});
