// A value YAML reads as no text where text or an id belongs: nothing (`title:`, read as null),
// a number, true/false or null. Each is placed at its key or value, not at the file's first
// line, and said as YAML read it, with the fix in the words of the file.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";

const lines = [
  "id: my-code", // 1
  "aliases: [mine]", // 2
  "title: My Code", // 3
  "shortName: Mine", // 4
  "jurisdiction: Here", // 5
  "source:", // 6
  "  document: My Code", // 7
  "sections:", // 8
  "  - id: conduct", // 9
  "    title: Conduct", // 10
  "    standards:", // 11
  "      - number: 1", // 12
  "        text: I will be kind.", // 13
  "signature:", // 14
  "  - Printed name", // 15
];

/** The file with line `at` (1-based) written as `line`. */
const withLine = (at: number, line: string) => [...lines.slice(0, at - 1), line, ...lines.slice(at)].join("\n") + "\n";

const problemsOf = (text: string) => parseCodeText(text, "f.yaml", "user").problems.map(({ line, col, path, message }) => `${line}:${col} ${path}: ${message}`);

describe("a value left empty", () => {
  it.each([
    [1, "id:", "1:1 id: expected code id, got an empty value"],
    [3, "title:", "3:1 title: expected title, got an empty value"],
    [4, "shortName:   ", "4:1 shortName: expected short name, got an empty value"],
    // A comment after the key may have been the text, pasted unquoted (pasted-text.test.ts).
    [5, "jurisdiction: # to do", '5:1 jurisdiction: expected jurisdiction, got an empty value: YAML reads "# to do" as a comment; if it is the text, double-quote it — jurisdiction: "# to do"'],
    [7, "  document:", "7:3 source.document: expected document name, got an empty value"],
    [10, "    title:", "10:5 sections[0].title: expected title, got an empty value"],
    [13, "        text:", "13:9 sections[0].standards[0].text: expected text, got an empty value"],
    [12, "      - number:", "12:9 sections[0].standards[0].number: expected a whole number ≥ 1, got an empty value"],
    [11, "    standards:\n", "11:5 sections[0].standards: expected a list of standards, got an empty value"],
    [15, "  -", "15:3 signature[0]: expected signature line, got an empty value"],
  ])("line %i written %j: at its key, said to be empty", (at, line, problem) => {
    const text = at === 11 ? lines.slice(0, 11).join("\n") + "\n" : withLine(at, line);
    expect(problemsOf(text)).toEqual([problem]);
  });
});

describe("a value YAML reads as a number, true/false or null", () => {
  it.each([
    [1, "id: 2024", "1:5 id: YAML reads 2024 as a number; ids need a letter, e.g. 'code-2024'"],
    [2, "aliases: [2024]", "2:11 aliases[0]: YAML reads 2024 as a number; ids need a letter, e.g. 'code-2024'"],
    [9, "  - id: 12", "9:9 sections[0].id: YAML reads 12 as a number; ids need a letter, e.g. 'section-12'"],
    [1, "id: true", '1:5 id: YAML reads true as true/false, not text; quote it: id: "true"'],
    [1, "id: null", '1:5 id: YAML reads null as no value, not text; quote it: id: "null"'],
    [1, "id: 1e3", '1:5 id: YAML reads 1e3 as a number, not text; quote it: id: "1e3"'],
    [3, "title: 1999", '3:8 title: YAML reads 1999 as a number, not text; quote it: title: "1999"'],
    // As typed, not as read: 2.10 is the number 2.1.
    [3, "title: 2.10", '3:8 title: YAML reads 2.10 as a number, not text; quote it: title: "2.10"'],
    [3, "title: ~", '3:8 title: YAML reads ~ as no value, not text; quote it: title: "~"'],
    [4, "shortName: 2024", '4:12 shortName: YAML reads 2024 as a number, not text; quote it: shortName: "2024"'],
    [5, "jurisdiction: FALSE", '5:15 jurisdiction: YAML reads FALSE as true/false, not text; quote it: jurisdiction: "FALSE"'],
    [13, "        text: 12", '13:15 sections[0].standards[0].text: YAML reads 12 as a number, not text; quote it: text: "12"'],
    [15, "  - 2024", '15:5 signature[0]: YAML reads 2024 as a number, not text; quote it: "2024"'],
  ])("line %i written %j: what YAML read, and the fix", (at, line, problem) => {
    expect(problemsOf(withLine(at, line))).toEqual([problem]);
  });

  it.each([
    ['id: "2024"', "1:6 id: '2024' reads as a standard number in a reference; an id needs a letter, e.g. 'code-2024'"],
    ['title: ""', "3:9 title: expected title, got an empty string"],
    ["title: '~'", undefined],
  ])("%s, quoted, was read as written: the schema's message, not what YAML read", (line, problem) => {
    const at = line.startsWith("id") ? 1 : 3;
    expect(problemsOf(withLine(at, line.replace(/: .*/, ": 1999")))[0]).toMatch(/YAML reads 1999 as a number/);
    expect(problemsOf(withLine(at, line))).toEqual(problem === undefined ? [] : [problem]);
  });
});

describe("a value a tag makes a number, true/false or null", () => {
  it.each([
    ["title: !!int 1999", '3:14 title: the tag !!int makes 1999 a number, not text; write it without the tag: title: "1999"'],
    ['title: !!int "1999"', '3:15 title: the tag !!int makes 1999 a number, not text; write it without the tag: title: "1999"'],
    ["title: !!float 2.5", '3:16 title: the tag !!float makes 2.5 a number, not text; write it without the tag: title: "2.5"'],
    ["title: !!bool yes", "3:8 : the tag !!bool cannot read this value: write the value without the tag"],
    ["title: !!bool true", '3:15 title: the tag !!bool makes true a true/false value, not text; write it without the tag: title: "true"'],
    ["title: !!null", "3:8 title: the tag !!null leaves it no value; expected text"],
    ["title: !!str 1999", undefined],
  ])("%s: the tag named, and the fix", (line, problem) => {
    expect(problemsOf(withLine(3, line))).toEqual(problem === undefined ? [] : [problem]);
  });
});

describe("a line of a list that YAML reads as a field and its value", () => {
  it.each([
    ["  - Printed Name: _____", "15:5 signature[0]: YAML reads 'Printed Name: _____' as a field and its value, not text; double-quote the line: - \"Printed Name: _____\""],
    ['  - "Printed Name: _____"', undefined],
    // A field's name: a field meant where a line belongs, which the schema's message says.
    ["  - text: Printed name", "15:5 signature[0]: expected signature line"],
  ])("%s", (line, problem) => {
    expect(problemsOf(withLine(15, line))).toEqual(problem === undefined ? [] : [problem]);
  });
});
