import { describe, expect, it } from "vitest";
import { asLatin, describeLookalikes, lookalikeLetters } from "../../../src/core/codes/lookalike-letters.js";

describe("lookalikeLetters", () => {
  it.each([
    ["alaska", [], "alaska"],
    ["\u0430laska", [{ letter: "\u0430", latin: "a", script: "Cyrillic" }], "alaska"],
    ["\u0410\u0430", [{ letter: "\u0410", latin: "A", script: "Cyrillic" }, { letter: "\u0430", latin: "a", script: "Cyrillic" }], "aa"],
    ["\u03bfk", [{ letter: "\u03bf", latin: "o", script: "Greek" }], "ok"],
    ["\u0441\u0441", [{ letter: "\u0441", latin: "c", script: "Cyrillic" }], "cc"], // each letter once
    ["\u043c\u0438\u043b", [], "\u043c\u0438\u043b"], // Cyrillic that looks like no Latin letter
    // A capital confusables.txt lists apart: К is K, though к is no k; Greek Ν is N, ν is v.
    ["\u0410\u041a", [{ letter: "\u0410", latin: "A", script: "Cyrillic" }, { letter: "\u041a", latin: "K", script: "Cyrillic" }], "ak"],
    ["\u043a", [], "\u043a"],
    ["\u039d\u03bd", [{ letter: "\u039d", latin: "N", script: "Greek" }, { letter: "\u03bd", latin: "v", script: "Greek" }], "nv"],
  ])("%j", (text, lookalikes, latin) => {
    expect(lookalikeLetters(text)).toEqual(lookalikes);
    expect(asLatin(text)).toBe(latin);
  });

  it("names the first three and counts the rest", () => {
    expect(describeLookalikes(lookalikeLetters("\u0430\u0441\u0435\u043e\u0440"))).toBe(
      "'\u0430' is Cyrillic (U+0430), not Latin a; '\u0441' is Cyrillic (U+0441), not Latin c; '\u0435' is Cyrillic (U+0435), not Latin e; and 2 more",
    );
  });
});
