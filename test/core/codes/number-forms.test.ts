// A standard's number written as a list prints it (2)), typed in other digits (５) or with an
// item's letter (3a): each was "expected a whole number ≥ 1", with no fix.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { numberFormMessage } from "../../../src/core/codes/number-forms.js";

const ITEM = (number: string, label: string, written: string) => `expected a number, not '${written}': a letter after a number labels an item; write ${number}, and the text under items: as - label: ${label}`;
const OTHER_DIGITS = (written: string, number: string) => `expected a number in the digits 0-9, not '${written}': write ${number} (other scripts' digits are read in references, not in a code file)`;

describe("numberFormMessage", () => {
  it.each([
    ["2)", "expected a number, not '2)': write 2"],
    ["(2)", "expected a number, not '(2)': write 2"],
    ["§ 4", "expected a number, not '§ 4': write 4"],
    ["No. 7", "expected a number, not 'No. 7': write 7"],
    ["５", OTHER_DIGITS("５", "5")],
    ["١٢", OTHER_DIGITS("١٢", "12")],
    ["3a", ITEM("3", "a", "3a")],
    ["3(b)", ITEM("3", "b", "3(b)")],
    ["12.c", ITEM("12", "c", "12.c")],
    ["0)", undefined],
    ["two", undefined],
    ["3ab", undefined],
    [5, undefined],
  ])("%j", (input, expected) => {
    expect(numberFormMessage(input)).toBe(expected);
  });
});

describe("in a code file", () => {
  const file = (number: string) =>
    ["id: pine", "title: Pine Code", "shortName: Pine", "jurisdiction: Pine County", "source:", "  document: Pine Code", "sections:", "  - id: rules", "    title: Rules", "    standards:", `      - number: ${number}`, "        text: A rule.", ""].join("\n");
  it.each([
    ["2)", "expected a number, not '2)': write 2"],
    ["５", OTHER_DIGITS("５", "5")],
    ["3a", ITEM("3", "a", "3a")],
  ])("number: %s is said with its fix, at the number", (number, message) => {
    expect(parseCodeText(file(number), "pine.yaml", "user").problems).toEqual([{ file: "pine.yaml", line: 11, col: 17, path: "sections[0].standards[0].number", message }]);
  });
});
