// A standard's text, item or note with a line break the file kept is one paragraph in the
// model (normalize.ts folds it): the code loads as before, and the problem says where and why.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { LINE_BREAKS_MESSAGE } from "../../../src/core/codes/line-breaks.js";

const head = ["id: my-code", "title: My Code", "shortName: Mine", "jurisdiction: Here", "source:", "  document: My Code", "sections:", "  - id: conduct", "    title: Conduct", "    standards:", "      - number: 1"];

const parsed = (standard: string[]) => parseCodeText([...head, ...standard].join("\n") + "\n", "f.yaml", "user");
const problemsOf = (standard: string[]) => parsed(standard).problems.map(({ line, col, path, message }) => `${line}:${col} ${path}: ${message}`);

describe("a text with line breaks", () => {
  it.each<[string, string[], string[]]>([
    ["a | block with a list", ["        text: |", "          I will not.", "", "          Exceptions:", "          1. approved work"], [`12:9 sections[0].standards[0].text: ${LINE_BREAKS_MESSAGE}`]],
    ["a > block with a blank line", ["        text: >", "          I will not.", "", "          Ever."], [`12:9 sections[0].standards[0].text: ${LINE_BREAKS_MESSAGE}`]],
    ["a quoted \\n", ['        text: "I will not.\\nEver."'], [`12:9 sections[0].standards[0].text: ${LINE_BREAKS_MESSAGE}`]],
    ["an item's", ["        text: I will", "        items:", "          - label: a", "            text: |", "              be kind", "              and fair"], [`15:13 sections[0].standards[0].items[0].text: ${LINE_BREAKS_MESSAGE}`]],
    ["a note", ["        text: I will", "        notes:", '          - "one\\ntwo"'], [`14:14 sections[0].standards[0].notes[0]: ${LINE_BREAKS_MESSAGE}`]],
    // what YAML folds itself, and a block's final newline, are no break in the text
    ["a > block of one paragraph", ["        text: >", "          I will", "          not."], []],
    ["a | block of one line", ["        text: |", "          I will not."], []],
    ["a plain text wrapped by hand", ["        text: I will", "          not."], []],
  ])("%s", (_, standard, problems) => {
    expect(problemsOf(standard)).toEqual(problems);
  });

  it("still loads, as one paragraph", () => {
    const { code } = parsed(["        text: |", "          I will not.", "", "          Exceptions:"]);
    expect(code?.sections[0]!.standards[0]!.text).toBe("I will not. Exceptions:");
  });
});
