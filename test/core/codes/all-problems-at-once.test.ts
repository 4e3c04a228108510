// A repeated number, section id, item label or alias, and a number missing, were told only once
// every other problem of the file was fixed: validate said "expected text" for an empty text, and
// the repeated number only after that was fixed. They are told in the same round now.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";

const problemsOf = (text: string) => parseCodeText(text, "f.yaml", "user").problems.map(({ line, col, path, message }) => `${line}:${col} ${path}: ${message}`);

const head = "id: x\ntitle: X\nshortName: X\njurisdiction: Here\nsource:\n  document: d\n";

describe("problems across fields, told beside the others", () => {
  it.each([
    [
      "a number given twice, and an empty text",
      `${head}sections:\n  - id: duties\n    title: Duties\n    standards:\n      - number: 1\n        text: I will.\n      - number: 1\n        text:\n`,
      ["13:17 sections[0].standards[1].number: duplicate number 1 in section 'duties'", "14:9 sections[0].standards[1].text: expected text, got an empty value"],
    ],
    [
      "a section id given twice, and a title read as a number",
      `${head}sections:\n  - id: duties\n    title: 12\n    standards:\n      - number: 1\n        text: I will.\n  - id: duties\n    title: Again\n    standards:\n      - number: 1\n        text: I will.\n`,
      ['9:12 sections[0].title: YAML reads 12 as a number, not text; quote it: title: "12"', "13:9 sections[1].id: duplicate section id 'duties' (also sections[0])"],
    ],
    [
      "a number missing, and an unknown field",
      `${head}sections:\n  - id: duties\n    title: Duties\n    standards:\n      - text: I will.\n        colour: red\n`,
      ["11:9 sections[0].standards[0].number: missing number (numbering is 'source')", "12:9 sections[0].standards[0].colour: unknown field 'colour' — a standard takes number, text, items, notes, editorial, concepts"],
    ],
  ])("%s", (_name, text, problems) => {
    expect(problemsOf(text)).toEqual(problems);
  });

  it("a part without the shape the checks need is left to the schema's message", () => {
    const text = `${head}sections:\n  - id: duties\n    title: Duties\n    standards: many\n`;
    expect(problemsOf(text)).toEqual(["10:16 sections[0].standards: expected a list of standards"]);
  });
});
