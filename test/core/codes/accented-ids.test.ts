// An id with a letter outside a–z (`límites`, `centro-esperanza-ñ`) was "expected … lowercase
// letters, digits and single hyphens", which í and ñ are to a Spanish speaker: the letters are
// named, with the id without their accents.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { nonAsciiSlugMessage } from "../../../src/core/codes/slug.js";

describe("nonAsciiSlugMessage", () => {
  it.each([
    ["límites", "expected section id: ASCII letters a–z, digits and single hyphens, not 'í': write 'limites'"],
    ["centro-esperanza-ñ", "expected section id: ASCII letters a–z, digits and single hyphens, not 'ñ': write 'centro-esperanza-n'"],
    ["Límites", "expected section id: ASCII letters a–z, digits and single hyphens, not 'í': write 'limites'"],
    ["li\u0301mites", "expected section id: ASCII letters a–z, digits and single hyphens, not 'í': write 'limites'"],
    ["año-niño", "expected section id: ASCII letters a–z, digits and single hyphens, not 'ñ': write 'ano-nino'"],
    ["grøn", "expected section id: ASCII letters a–z, digits and single hyphens, not 'ø'"],
    ["my-agency", undefined],
    ["My_Agency", undefined],
    ["river\u200dside", undefined],
  ])("%j", (id, expected) => {
    expect(nonAsciiSlugMessage(id, "section id")).toBe(expected);
  });
});

describe("in a code file", () => {
  const file = (id: string, section: string) =>
    [`id: ${id}`, "title: Pine Code", "shortName: Pine", "jurisdiction: Pine County", "source:", "  document: Pine Code", "sections:", `  - id: ${section}`, "    title: Límites", "    standards:", "      - number: 1", "        text: A rule.", ""].join("\n");
  it("a code id and a section id, each with its fix", () => {
    expect(parseCodeText(file("centro-esperanza-ñ", "límites"), "pine.yaml", "user").problems.map(({ line, col, path, message }) => `${line}:${col} ${path}: ${message}`)).toEqual([
      "1:5 id: expected code id: ASCII letters a–z, digits and single hyphens, not 'ñ': write 'centro-esperanza-n'",
      "8:9 sections[0].id: expected section id: ASCII letters a–z, digits and single hyphens, not 'í': write 'limites'",
    ]);
  });
});
