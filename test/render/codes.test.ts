// A section's standards and a code's values, numbered: the text hangs after its number, however
// many digits it has, and never runs into it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import type { Code, Section, Standard } from "../../src/model.js";
import { renderSection, renderValues } from "../../src/render/codes.js";

const root = join(import.meta.dirname, "../..");
const alaska: Code = readDataDirectory(join(root, "data")).codes.find((code) => code.id === "alaska")!;
const TEXT = "Will keep confidences, and will explain the limits of confidentiality at the first meeting with every person they support.";

function standard(number: number, items: Standard["items"] = []): Standard {
  return { code: "y", section: "s", sectionTitle: "S", number, text: TEXT, citation: `Y ${number}`, items, notes: [], editorial: [] };
}

function sectionOf(...standards: Standard[]): [Code, Section] {
  const section: Section = { id: "s", title: "S", intro: null, standards, editorial: {} };
  return [{ ...alaska, shortName: "Y", sections: [section] }, section];
}

describe("numbered standards", () => {
  it.each([
    [
      "1–99: four columns, as always",
      7,
      80,
      ["7.  Will keep confidences, and will explain the limits of confidentiality at the", "    first meeting with every person they support."],
    ],
    [
      "three digits: a space after the number, the text hanging under its first word",
      100,
      80,
      ["100. Will keep confidences, and will explain the limits of confidentiality at", "     the first meeting with every person they support."],
    ],
    [
      "six digits still hang",
      123456,
      80,
      ["123456. Will keep confidences, and will explain the limits of confidentiality at", "        the first meeting with every person they support."],
    ],
    [
      "a number wider than that: on a line of its own, the text under it",
      99999999,
      80,
      ["99999999.", "    Will keep confidences, and will explain the limits of confidentiality at the", "    first meeting with every person they support."],
    ],
    [
      "on a narrow terminal, a number that would leave the text too little room: on its own line",
      100,
      16,
      ["100.", "    Will keep", "    confidences,", "    and will", "    explain the", "    limits of", "    confidentiality", "    at the first", "    meeting with", "    every person", "    they", "    support."],
    ],
    ["piped (no width): laid out as on a terminal, not wrapped", 99999999, Infinity, ["99999999.", `    ${TEXT}`]],
    ["piped, a number that hangs", 100, Infinity, [`100. ${TEXT}`]],
  ])("%s", (_what, number, width, expected) => {
    const [code, section] = sectionOf(standard(number));
    expect(renderSection(code, section, { color: false, width }).split("\n").slice(1)).toEqual(expected);
  });

  it("a standard's items hang under its text", () => {
    const [code, section] = sectionOf(standard(100, [{ label: "a", text: "At the first meeting." }]));
    expect(renderSection(code, section, { color: false, width: 80 }).split("\n").slice(1)).toEqual([
      "100. Will keep confidences, and will explain the limits of confidentiality at",
      "     the first meeting with every person they support.",
      "     a. At the first meeting.",
    ]);
  });
});

describe("a section's heading, and the editor's note on it", () => {
  const REMARK = "The source prints this heading in capitals: “S”.";
  it.each([
    ["a code of one list: its section as the source heads it", ["S"], "S", ["Y · S", `  Editor's note: ${REMARK}`]],
    ["a code of one list whose section is titled as its short name: the name once", ["Y"], "Y", ["Y", `  Editor's note: ${REMARK}`]],
    ["a code of several sections, as before", ["S", "T"], "S", ["Y · S", `  Editor's note: ${REMARK}`]],
    ["a section titled as the short name, among others: the title as cited", ["Y", "T"], "Y", ["Y · Y", `  Editor's note: ${REMARK}`]],
  ])("%s", (_what, titles, shown, expected) => {
    const sections: Section[] = titles.map((title, at) => ({ id: `s${at}`, title, intro: null, standards: [standard(1)], editorial: { title: REMARK } }));
    const code: Code = { ...alaska, shortName: "Y", values: [], sections };
    const section = sections.find((candidate) => candidate.title === shown)!;
    expect(renderSection(code, section, { color: false, width: Infinity }).split("\n").slice(0, 2)).toEqual(expected);
  });
});

describe("numbered values", () => {
  it.each([
    [2, ["2.  Will keep confidences, and will explain the limits of confidentiality at the", "    first meeting with every person they support."]],
    [100, ["100. Will keep confidences, and will explain the limits of confidentiality at", "     the first meeting with every person they support."]],
    [99999999, ["99999999.", "    Will keep confidences, and will explain the limits of confidentiality at the", "    first meeting with every person they support."]],
  ])("%i", (number, expected) => {
    const values = [
      { number: 1, text: "People have a right to privacy.", citation: "Y Values 1" },
      { number, text: TEXT, citation: `Y Values ${number}` },
    ];
    expect(renderValues(alaska, values, { color: false, width: 80 }).split("\n").slice(2)).toEqual(expected);
  });
});
