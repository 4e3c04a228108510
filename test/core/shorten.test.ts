// A user's text cut short for a message: by columns, never inside a grapheme, "…" counted.
import { describe, expect, it } from "vitest";
import { shorten, shortenMiddle } from "../../src/core/shorten.js";
import { visibleLength } from "../../src/core/text-width.js";

const family = "👨‍👩‍👧"; // three emoji joined with ZWJ: one grapheme
const thumb = "👍🏽"; // an emoji and its skin tone
const accented = "e\u0301"; // e and a combining acute accent

describe("shorten", () => {
  it.each([
    ["short text is kept whole", "gifts", 10, "gifts"],
    ["text of exactly the width is kept whole", "x".repeat(10), 10, "x".repeat(10)],
    ["one column over: the … takes the last column", "x".repeat(11), 10, `${"x".repeat(9)}…`],
    ["wide characters count two columns", "礼物".repeat(10), 10, "礼物礼物…"],
    ["a wide character that would overrun is left out whole", "a礼物礼物礼物", 6, "a礼物…"],
    ["an emoji is never split into surrogates", "🎁".repeat(50), 9, "🎁🎁🎁🎁…"],
    ["a ZWJ family stays one grapheme, two columns", `${family}`.repeat(6) + "abc", 10, `${family.repeat(4)}…`],
    ["an emoji keeps its skin tone", `a${thumb}`.repeat(10), 7, `a${thumb}a${thumb}…`],
    ["a letter keeps its accent", accented.repeat(20), 5, `${accented.repeat(4)}…`],
    ["a flag stays whole", "🇫🇷🇩🇪🇮🇹", 4, "🇫🇷…"],
    ["a grapheme of hundreds of marks is not read whole", `e${"\u0301".repeat(500)} gifts`, 40, "…"],
    ["a very long text is read only in part", "x".repeat(3_000_000), 40, `${"x".repeat(39)}…`],
  ])("%s", (_what, text, columns, expected) => {
    expect(shorten(text, columns)).toBe(expected);
  });

  it("measures each grapheme as shown", () => {
    const pictured = shorten("\u202e".repeat(9), 40, (grapheme) => (grapheme === "\u202e" ? "<U+202E>" : grapheme));
    expect(pictured).toBe(`${"<U+202E>".repeat(4)}…`);
  });

  // Printable ASCII shown as typed skips Intl.Segmenter (its first use costs more than a
  // search): cut the same as grapheme by grapheme, which any other `show` still goes through.
  it("cuts printable ASCII as grapheme by grapheme would", () => {
    const byGraphemes = (grapheme: string) => grapheme;
    for (const text of ["", "12", "gifts", "no standard ~ matches!", "x".repeat(39), "x".repeat(40), "x".repeat(41), "a b ".repeat(300)]) {
      for (const columns of [0, 1, 2, 5, 39, 40, 41]) expect(shorten(text, columns), `${text} in ${columns}`).toBe(shorten(text, columns, byGraphemes));
    }
  });

  it("never exceeds the width, whatever the text", () => {
    const pieces = ["a", "礼", "🎁", family, thumb, accented, "🇫🇷", " "];
    for (let seed = 1; seed < 200; seed++) {
      const text = Array.from({ length: seed % 37 }, (_, at) => pieces[(seed * 7 + at * 3) % pieces.length]).join("");
      for (const columns of [1, 2, 5, 13]) {
        const shown = shorten(text, columns);
        expect(visibleLength(shown)).toBeLessThanOrEqual(columns);
        if (shown !== text) expect(text.startsWith(shown.slice(0, -1))).toBe(true);
      }
    }
  });
});

describe("shortenMiddle", () => {
  it.each([
    // Words are cut between words: "not …t work" read as a word of its own.
    ["the thing about not accepting gifts from people I support at work today please", "the thing about not … work today please"],
    ["wi 12 of the north carolina certified peer support specialist code of ethics", "wi 12 of the north … code of ethics"],
    // A path, or a word with no space near the cut, is cut between characters.
    ["/tmp/a-very-long-folder-name-a-very-long-folder-name/codes.yaml", "/tmp/a-very-long-fol…der-name/codes.yaml"],
    ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b", "aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaaaaaaaaa b"],
    ["short enough", "short enough"],
  ])("%j in 40 columns: %j", (text, shown) => {
    const cut = shortenMiddle(text, 40);
    expect(cut).toBe(shown);
    expect(visibleLength(cut)).toBeLessThanOrEqual(40);
  });
});
