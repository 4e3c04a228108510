// Names quoted in messages: what the output keeps raw in text is written as its code point.
import { describe, expect, it } from "vitest";
import { nameShown } from "../../src/core/name-shown.js";

describe("nameShown", () => {
  it.each([
    ["a plain file name", "items.yaml", "items.yaml"],
    ["a soft hyphen", "ite\u00adms.yaml", "ite<U+00AD>ms.yaml"],
    ["a combining grapheme joiner", "ite\u034fms.yaml", "ite<U+034F>ms.yaml"],
    ["a Mongolian variation selector", "ᠠ\u180b.yaml", "ᠠ<U+180B>.yaml"],
    ["a zero width joiner", "it\u200dems", "it<U+200D>ems"],
    ["a letter beyond ASCII, as it is", "café.yaml", "café.yaml"],
    // Drawn by the output itself (<U+200B>, ␊): left to it.
    ["a zero width space", "it\u200bems", "it\u200bems"],
  ])("%s", (_what, name, shown) => {
    expect(nameShown(name)).toBe(shown);
  });
});
