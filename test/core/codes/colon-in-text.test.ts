// A ": " inside a text written without quotes starts a new key, and the parser says "bad
// indentation": said as what it is, with the line fixed, while a real indentation slip (a
// colon in its value or not) is still said to be one.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";

const head = "id: my-code\ntitle: My Code\nsections:\n  - id: conduct\n    standards:\n      - number: 1\n";
// The parser's problems (path ""): what else validate finds past them in these short files (a
// missing title, say) is not what is tested here.
const problemOf = (text: string) => parseCodeText(text, "f.yaml", "user").problems.filter(({ path }) => path === "").map(({ line, col, message }) => `${line}:${col}: ${message}`);

const SAID = '": " in unquoted text starts a new key: double-quote the text';
const INDENTED =
  "this line is indented differently from the lines around it: fields of one mapping line up, each list item (- ) under the one before; indent with spaces";

describe('a ": " inside unquoted text', () => {
  it.each([
    ["in a standard's text", `${head}        text: I will not create my own private practice: ever.\n`, `7:56: ${SAID} — text: "I will not create my own private practice: ever."`],
    ["a word and a colon first", `${head}        text: Note: I will use it.\n`, `7:19: ${SAID} — text: "Note: I will use it."`],
    ["at the top", "id: my-code\ntitle: My Code: 2024\n", `2:15: ${SAID} — title: "My Code: 2024"`],
    ["the last line, with no line end", `${head}        text: Note: I will`, `7:19: ${SAID} — text: "Note: I will"`],
    ["on a list item's line", "id: x\nsections:\n  - title: Conduct: peers\n", `3:19: ${SAID} — title: "Conduct: peers"`],
    ["after a quoted key", 'id: x\n"title": a: b\n', `2:11: ${SAID} — "title": "a: b"`],
    // In words, " #" is words too (YAML would cut the text there): the fix keeps them whole.
    ["a \" #\" after it in words, kept in the fix", "id: x\ntitle: a: b # why\n", `2:9: ${SAID} — title: "a: b # why"`],
    ["…and in a line of a list of texts", "id: x\nsignature:\n  - Signature: ___ Date: ___ # 2\n", `3:24: ${SAID} — - "Signature: ___ Date: ___ # 2"`],
    ["a comment after a name, left out of the fix", "id: x\nurl: see: here # why\n", `2:9: ${SAID} — url: "see: here"`],
    ["quotes inside, escaped in the fix", 'id: x\ntitle: the "a": b\n', `2:15: ${SAID} — title: "the \\"a\\": b"`],
    // The quote above closes on its second line: it was told "never closed".
    ["after a quoted text over lines", `${head}        text: "I keep\n          confidences."\n      - number: 2\n        text: Note: I will\n`, `10:19: ${SAID} — text: "Note: I will"`],
    // A list item whose first word is no field is a line of text: the whole item is quoted.
    ["in a list of lines", "id: x\nsignature:\n  - Signature: ___ Date: ___\n", `3:24: ${SAID} — - "Signature: ___ Date: ___"`],
    ["a colon ending it", "id: x\ntitle: Conduct:\n", '2:15: ":" ending unquoted text starts a new key: double-quote the text — title: "Conduct:"'],
    // The fixed line would be wider than 80 columns, or leave the lines below it out: no line.
    ["a line too wide to show fixed", `${head}        text: Note: I will use client contact information only in accordance with policy.\n`, `7:19: ${SAID}`],
    ["a text that goes on over lines", `${head}        text: Note: I will\n          go on.\n`, `7:19: ${SAID}`],
  ])("%s", (_name, text, problem) => {
    expect(problemOf(text)).toEqual([problem]);
  });
});

describe("told apart from a real indentation slip by what the line holds", () => {
  it.each([
    ["a field indented one space more", "id: x\ntitle: y\n shortName: z\n", `3:11: ${INDENTED}`],
    ["one with a colon in its value", "id: x\nsource:\n  document: d\n   issuer: a: b\n", `4:10: ${INDENTED}`],
    ["a list item's field out of line", `${head}         text: I will\n`, `7:14: ${INDENTED}`],
    ["a colon with no space after it, which is text", "id: x\nurl: http://example.org/a\nshortName: a:b\n title: y\n", `4:7: ${INDENTED}`],
  ])("%s: still said to be one, where a colon in its text is not", (_name, text, problem) => {
    expect(problemOf("id: x\ntitle: a: b\n")).toEqual([`2:9: ${SAID} — title: "a: b"`]);
    expect(problemOf(text)).toEqual([problem]);
  });
});
