// Text the tool prints, copied back into `show`: a row of `topic` or `diff`, with the strength
// between the code and its standards ("Medi-Cal  prohibits  Respect 11"), was "no section
// 'prohibits Respect' in medi-cal".
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const headings = (stdout: string) => stdout.split("\n").filter((line) => /^\S/.test(line));

function expectShown(args: string[], expected: string[]): void {
  const result = ethics(["show", ...args]);
  expect(result.stderr).toBe("");
  expect(headings(result.stdout)).toEqual(expected);
  expect(result.code).toBe(0);
}

describe("a strength word between the code and its standards", () => {
  it.each<[string, string[]]>([
    ["Medi-Cal prohibits Respect 11", ["Medi-Cal · Respect 11"]],
    ["North Carolina   prohibits  13, 14", ["North Carolina 13", "North Carolina 14"]],
    ["Wisconsin             defers     4", ["Wisconsin 4"]],
    [
      "Working Well Together prohibits  Confidentiality 1 (requires), Confidentiality 2, Confidentiality 4 (requires)",
      ["Working Well Together · Confidentiality 1", "Working Well Together · Confidentiality 2", "Working Well Together · Confidentiality 4"],
    ],
    ["Medi-Cal              requires   Integrity 11 (allows), Confidentiality 4", ["Medi-Cal · Integrity 11", "Medi-Cal · Confidentiality 4"]],
    ["North Carolina allows     14 (except when required by law)", ["North Carolina 14"]],
  ])("show %j", (row, expected) => expectShown([row], expected));

  it("a section misspelt after it is still named as typed", () => {
    expectShortFailure(ethics(["show", "Medi-Cal prohibits Respek 11"]), 1, "ethics: no section 'Respek' in medi-cal — did you mean respect?\nhint: `ethics show medi-cal respect 11`\n");
  });

  it("a number the section lacks is still refused", () => {
    expectShortFailure(ethics(["show", "Medi-Cal prohibits Respect 40"]), 1, "ethics: Medi-Cal Respect has no 40\nhint: Medi-Cal Respect has 1–12\n");
  });

  it("a strength word alone after the code is no row: no such section, as before", () => {
    expectShortFailure(ethics(["show", "medi-cal prohibits"]), 1, "ethics: no section 'prohibits' in medi-cal\nhint: `ethics list medi-cal` shows its sections\n");
  });

  it("a word that is no strength is still read as the section's", () => {
    expectShortFailure(ethics(["show", "Medi-Cal prohibited Respect 11"]), 1, /no section 'prohibited Respect' in medi-cal/);
  });
});

// An editor's note cites a code's section and number in parentheses after its name.
describe("a section and its number in parentheses after the code", () => {
  it.each<[string, string[]]>([
    ["Working Well Together (Safety & Protection 7)", ["Working Well Together · Safety & Protection 7"]],
    ["medi-cal (Confidentiality 1)", ["Medi-Cal · Confidentiality 1"]],
    [
      "Working Well Together (Safety & Protection 7, 8), Medi-Cal (Integrity 12)",
      ["Working Well Together · Safety & Protection 7", "Working Well Together · Safety & Protection 8", "Medi-Cal · Integrity 12"],
    ],
  ])("show %j", (note, expected) => expectShown([note], expected));

  it("a number the section lacks is still refused", () => {
    expectShortFailure(
      ethics(["show", "Working Well Together (Safety & Protection 40)"]),
      1,
      "ethics: Working Well Together Safety & Protection has no 40\nhint: Working Well Together Safety & Protection has 1–9\n",
    );
  });

  it("a misspelt section is still named as typed", () => {
    expectShortFailure(ethics(["show", "Working Well Together (Safty & Protection 7)"]), 1, /^ethics: no section 'Safty & Protection' in california/);
  });
});

// A reference copied with the quotes around it: the opening quote was read, the closing one was
// "'12\"' is not a standard number".
describe("a closing quote after a reference's number", () => {
  it.each<[string, string[]]>([
    ['medi-cal integrity 12"', ["Medi-Cal · Integrity 12"]],
    ["'medi-cal integrity 12'", ["Medi-Cal · Integrity 12"]],
    ["‘medi-cal integrity 12’", ["Medi-Cal · Integrity 12"]],
    ["“medi-cal integrity 12”", ["Medi-Cal · Integrity 12"]],
    ["„medi-cal integrity 12“", ["Medi-Cal · Integrity 12"]],
    ["“medi-cal integrity 12.”", ["Medi-Cal · Integrity 12"]],
    ["“medi-cal integrity 12”, “nc 3”", ["Medi-Cal · Integrity 12", "North Carolina 3"]],
    ["“Working Well Together (Safety & Protection 7)”", ["Working Well Together · Safety & Protection 7"]],
  ])("show %j", (quoted, expected) => expectShown([quoted], expected));

  it("a number the section lacks is still refused", () => {
    expectShortFailure(ethics(["show", '"medi-cal integrity 40"']), 1, "ethics: Medi-Cal Integrity has no 40\nhint: Medi-Cal Integrity has 1–14\n");
  });

  it("a quote with more after it is still no number", () => {
    expectShortFailure(ethics(["show", 'medi-cal integrity 12"x']), 2, /^ethics: '12"x' is not a standard number; Medi-Cal Integrity has 1–14\n/);
  });
});
