import { describe, expect, it } from "vitest";
import { fieldMeant, type HeldBelow } from "../../../src/core/codes/field-meant.js";

const topFields = ["id", "aliases", "title", "shortName", "jurisdiction", "numbering", "source", "sections"];
const below: HeldBelow[] = [
  { field: "source", fields: ["document", "issuer", "adopted", "url"], named: "source" },
  { field: "sections", fields: ["id", "title", "intro", "standards"], named: "a section" },
];
const inSection = ["id", "title", "intro", "standards"];
const standardBelow: HeldBelow[] = [{ field: "standards", fields: ["number", "text", "items", "notes"], named: "a standard" }];

describe("fieldMeant", () => {
  it.each<[string, string, readonly string[], readonly HeldBelow[], string | undefined]>([
    ["a slip away", "shortname", topFields, below, "did you mean shortName?"],
    ["the start of one field", "short", topFields, below, "did you mean shortName?"],
    ["…of several, none taken", "s", ["shortName", "source", "sections"], [], undefined],
    ["too short a start to be taken", "ju", topFields, [], undefined],
    ["a field of what the place holds", "document", topFields, below, "it belongs under source:"],
    ["…named as the holder is", "number", inSection, standardBelow, "it belongs in a standard, under standards:"],
    ["a field of two holders is neither's", "note", topFields, [{ field: "a", fields: ["note"], named: "a" }, { field: "b", fields: ["note"], named: "b" }], undefined],
    ["nothing near", "colour", topFields, below, undefined],
  ])("%s: %s", (_title, key, known, held, expected) => {
    expect(fieldMeant(key, known, held)).toBe(expected);
  });
});
