import { describe, expect, it } from "vitest";
import { scopeCodes, standardOfCodes, studyScope } from "../../../src/core/study/scope.js";
import { rememberSize } from "../../../src/model.js";
import { plainLibrary } from "./library.js";

describe("a standard of some codes found by their sizes", () => {
  const all = studyScope(plainLibrary, { codes: [] }).standards;

  it.each([
    ["every code, the first standard", [], 0],
    ["every code, one in the middle", [], 131],
    ["every code, the last standard", [], all.length - 1],
    ["two codes, the first of the second", ["wisconsin", "alaska"], studyScope(plainLibrary, { codes: ["wisconsin"] }).standards.length],
    ["two codes, the last", ["wisconsin", "alaska"], studyScope(plainLibrary, { codes: ["wisconsin", "alaska"] }).standards.length - 1],
    ["one code", ["nc"], 7],
  ])("is studyScope's standard at that position: %s", (_what, codes, position) => {
    const request = { codes };
    const expected = studyScope(plainLibrary, request).standards[position];
    expect(expected).toBeDefined();
    expect(standardOfCodes(scopeCodes(plainLibrary, request), (count) => {
      expect(count).toBe(studyScope(plainLibrary, request).standards.length);
      return position;
    })).toBe(expected);
  });

  it("reads a code's size ahead of its sections when it is known (a cached user's code)", () => {
    const [first, second] = scopeCodes(plainLibrary, { codes: ["wisconsin", "alaska"] });
    const sized = { ...first!, sections: [] };
    rememberSize(sized, { sections: first!.sections.length, standards: studyScope(plainLibrary, { codes: ["wisconsin"] }).standards.length });
    const position = studyScope(plainLibrary, { codes: ["wisconsin"] }).standards.length + 2;
    expect(standardOfCodes([sized, second!], () => position)).toBe(studyScope(plainLibrary, { codes: ["alaska"] }).standards[2]);
  });
});
