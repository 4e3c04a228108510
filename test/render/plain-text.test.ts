import { describe, expect, it } from "vitest";
import { asciiJson } from "../../src/core/library/snapshot.js";
import { hasPlainText, jsonTextIsPlain, markPlainText } from "../../src/render/plain-text.js";
import { renderAnkiRows } from "../../src/render/anki.js";
import { streamCode } from "../../src/render/export.js";
import { mayBeUnsafe } from "../../src/render/terminal-text.js";
import { makeCode } from "../core/make-code.js";
import { allStandards, type Code } from "../../src/model.js";

const hex = (unit: number) => unit.toString(16).padStart(4, "0");

describe("JSON text whose strings hold nothing to make visible", () => {
  it.each([
    ["ASCII text", '{"text":"Hold hope, always."}', true],
    ["typographic quotes and a middle dot, escaped", '{"text":"\\u201cHope\\u201d \\u00b7 it\\u2019s"}', true],
    ["Latin-1 letters raw: not ASCII, so not known", '{"text":"caf\u00e9"}', false],
    ["an escaped quote and backslash", '{"text":"a \\"b\\" \\\\ c"}', true],
    ["an emoji, as a surrogate pair", '{"text":"\\ud83d\\ude00"}', true],
    ["a newline", '{"text":"a\\nb"}', false],
    ["a tab", '{"text":"a\\tb"}', false],
    ["ESC, escaped", '{"text":"\\u001b[31m"}', false],
    ["DEL, raw", '{"text":"a\u007fb"}', false],
    ["a C1 control, raw as Latin-1", '{"text":"a\u0085b"}', false],
    ["RIGHT-TO-LEFT OVERRIDE", '{"text":"\\u202e"}', false],
    ["the same, in capitals", '{"text":"\\u202E"}', false],
    ["a tag character's high half", '{"text":"\\udb40\\udc41"}', false],
    ["a character beyond Latin-1, raw", '{"text":"\u2019"}', false],
    ["an escaped backslash before the letters u2028", '{"text":"\\\\u2028"}', true],
    ["an escaped backslash before an escaped RIGHT-TO-LEFT OVERRIDE", '{"text":"\\\\\\u202e"}', false],
  ])("%s", (_what, json, plain) => {
    expect(jsonTextIsPlain(json)).toBe(plain);
  });

  it("agrees with `visible` on every UTF-16 code unit, escaped as the cache writes it and in capitals", () => {
    const disagree: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      const safe = !mayBeUnsafe(char);
      if (jsonTextIsPlain(asciiJson({ text: char })) !== safe) disagree.push(hex(unit));
      if (jsonTextIsPlain(`{"text":"\\u${hex(unit).toUpperCase()}"}`) !== safe) disagree.push(`${hex(unit)} in capitals`);
    }
    expect(disagree).toEqual([]);
  });
});

describe("an export of a code marked as plain text", () => {
  const withText = (text: string): Code =>
    makeCode({
      id: "riverside",
      shortName: "Riverside",
      title: "Riverside Agency",
      sections: [{ id: "hope", title: "Hope", intro: null, editorial: {}, standards: [{ code: "riverside", section: "hope", sectionTitle: "Hope", number: 1, text, items: [{ label: "a", text: "one" }], notes: ["a note"], editorial: [], citation: "Riverside 1" }] }],
    });
  it.each(["csv", "json", "yaml", "html"] as const)("%s: the same as unmarked", (format) => {
    const text = "Inspire hope, \"always\" & <never> alone: it's #1, “always”, 😀.";
    const code = withText(text);
    const marked = withText(text);
    markPlainText(marked);
    expect(hasPlainText(marked)).toBe(true);
    expect(hasPlainText(code)).toBe(false);
    expect(streamCode(format, marked, 0)).toBe(streamCode(format, code, 0));
  });

  it.each(["Basic", "Cloze"] as const)("anki, %s cards: the rows of the marked code the same as unmarked", (noteType) => {
    // what Anki's escaping changes (HTML, cloze markup, a sound tag cut by the blank) besides what `visible` would
    const text = "Inspire hope, \"always\" & <never> alone: {{c1::it's}} [sound:x.mp3] #1, “always”, 😀.";
    const cardsOf = (code: Code) => {
      const [standard] = allStandards(code);
      const blank = { start: text.indexOf("sound"), end: text.indexOf("sound") + 5 };
      return [true, false].map((blanked) => ({ standard: standard!, codeTitle: code.title, blank: blanked ? blank : null, tags: ["riverside", "riverside::hope", "topic::hope"] }));
    };
    const marked = withText(text);
    markPlainText(marked);
    expect(renderAnkiRows(cardsOf(marked), noteType, true)).toBe(renderAnkiRows(cardsOf(withText(text)), noteType));
  });
});
