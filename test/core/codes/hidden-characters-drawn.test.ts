// A word typed, as a printed command gives it again: without the characters that show nothing
// which the output would draw as <U+200B>; those it keeps as they are (a joiner in an emoji, a
// letter's marks) kept, and controls, which are something, left for the shell's quoting.
import { describe, expect, it } from "vitest";
import { withoutHiddenCharactersDrawn } from "../../../src/core/codes/hidden-characters.js";
import { visible } from "../../../src/render/terminal-text.js";

describe("withoutHiddenCharactersDrawn", () => {
  it.each([
    ["a word", "alaska", "alaska"],
    ["a zero width space", "ala\u200bska", "alaska"],
    ["a bidi override and isolate", "\u202egifts\u2066", "gifts"],
    ["a byte order mark and a word joiner", "\ufeffwi\u2060", "wi"],
    ["a joiner between ASCII letters", "it\u200dems", "items"],
    ["tag characters", "wi\u{e0041}\u{e0042}", "wi"],
    ["a line separator", "gifts\u2028money", "giftsmoney"],
    ["a Hangul filler", "\u3164wi", "wi"],
    ["a joiner inside an emoji, which the output keeps", "👨‍👩‍👧", "👨‍👩‍👧"],
    ["a Persian word's non-joiner, which the output keeps", "می\u200cخواهم", "می\u200cخواهم"],
    ["a newline, a control the shell's quoting writes", "gifts\nmoney", "gifts\nmoney"],
    ["ESC", "gifts\x1b[31m", "gifts\x1b[31m"],
  ])("%s", (_what, typed, meant) => {
    expect(withoutHiddenCharactersDrawn(typed)).toBe(meant);
  });

  it("leaves nothing the output draws as <U+…>", () => {
    const typed = "a\u200bb\u202ec\u2060d\ufeffe\u200df\u{e0041}g";
    expect(visible(withoutHiddenCharactersDrawn(typed))).toBe("abcdefg");
  });
});
