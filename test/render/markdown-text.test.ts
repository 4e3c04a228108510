// Text of the data in Markdown, rendered as it is: inline markup escaped, and a line that
// wrapping begins with what opens a block (a list item, a heading, a numbered item) escaped too.
import { describe, expect, it } from "vitest";
import { codeSpan, wrapMarkdown } from "../../src/render/markdown-text.js";

describe("wrapMarkdown", () => {
  it.each([
    ["inline markup", "a *word* and <b>tags</b> and [x](y)", 80, "", "a \\*word\\* and \\<b\\>tags\\</b\\> and \\[x\\](y)"],
    ["a list marker a line begins with", "one two three - four five", 14, "", "one two three\n\\- four five"],
    ["a numbered item a line begins with", "one two three 12. four", 14, "", "one two three\n12\\. four"],
    ["a heading's # a line begins with", "one two three # four", 14, "", "one two three\n\\# four"],
    ["a quote's lines, past their marker", "one two - three", 11, "> ", "> one two\n> \\- three"],
    ["the start of the text", "- starts so", 80, "", "\\- starts so"],
    // a line of = alone under a paragraph's line makes the paragraph a heading
    ["a line of = the wrapping leaves alone", "one two three ==", 14, "", "one two three\n\\=="],
    ["a quote's line of = alone", "one two ===", 8, "> ", "> one\n> two\n> \\==="],
  ])("escapes %s", (_, text, width, indent, expected) => {
    expect(wrapMarkdown(text, width, indent)).toBe(expected);
  });

  it("never takes a line past the width with its backslash", () => {
    const text = Array.from({ length: 40 }, (_, at) => (at % 3 === 0 ? "-" : "word")).join(" ");
    for (const width of [10, 20, 40, 80]) for (const line of wrapMarkdown(text, width, "   > ").split("\n")) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe("codeSpan", () => {
  it.each([
    ["ethics quiz --seed 4", "`ethics quiz --seed 4`"],
    ["ethics quiz --topic 'a`b'", "``ethics quiz --topic 'a`b'``"],
    ["`x", "`` `x ``"],
  ])("%j → %j", (text, expected) => expect(codeSpan(text)).toBe(expected));
});
