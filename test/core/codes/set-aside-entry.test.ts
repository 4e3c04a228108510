// A syntax error's list entry set aside, so that validate reads on past it: the entry emptied in
// place (its paths and the lines after it kept), or nothing where the line is in no entry.
import { describe, expect, it } from "vitest";
import { setAsideEntryAt } from "../../../src/core/codes/set-aside-entry.js";

const FILE = [
  "id: pine", //                        1
  "title: Pine Code", //                2
  "sections:", //                       3
  "  - id: conduct", //                 4
  "    standards:", //                  5
  "      - number: 1", //               6
  "        text: One.", //              7
  "      - number: 2", //               8
  '        text: "Two', //              9
  "", //                               10
  "        # a comment", //            11
  "      - number: 3", //              12
  "        text: Three: now.", //      13
  "        notes:", //                 14
  "          - See: this.", //         15
  "", //                               16
].join("\n");

describe("the list entry a syntax error stands in", () => {
  it.each([
    ["a standard, at its text", 9, 8, 9],
    ["a standard, at its dash", 8, 8, 9],
    ["a standard with notes, at its text", 13, 12, 15],
    ["a note, at its own dash", 15, 15, 15],
    ["a section, at its id", 4, 4, 15],
  ])("%s (line %i): lines %i to %i", (_name, line, firstLine, lastLine) => {
    const entry = setAsideEntryAt(FILE, line)!;
    expect([entry.firstLine, entry.lastLine]).toEqual([firstLine, lastLine]);
    const lines = entry.text.split("\n");
    expect(lines).toHaveLength(FILE.split("\n").length);
    expect(lines[firstLine - 1]).toMatch(/^ *- \{\}$/);
    expect(lines.slice(firstLine, lastLine).every((each) => each === "")).toBe(true);
    expect(lines.slice(lastLine)).toEqual(FILE.split("\n").slice(lastLine));
  });

  it.each([
    ["a top-level field", 2],
    ["the list's own key", 3],
    ["past the end", 40],
    ["before the start", 0],
  ])("none for %s", (_name, line) => {
    expect(setAsideEntryAt(FILE, line)).toBeUndefined();
  });

  it("none for an entry set aside already", () => {
    const once = setAsideEntryAt(FILE, 9)!;
    expect(setAsideEntryAt(once.text, 8)).toBeUndefined();
  });

  it("a line indented with non-breaking spaces is no entry's: YAML reads it at column 1", () => {
    expect(setAsideEntryAt(FILE.replace("        text: One.", "\u00a0".repeat(8) + "text: One."), 7)).toBeUndefined();
  });
});
