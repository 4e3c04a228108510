import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";

const head = ["id: county", "title: County Code", "shortName: County", "jurisdiction: A county", "source:", "  document: County Code", "sections:", "  - id: rules", "    title: Rules", "    standards:"];
const problemsOf = (lines: string[]) => parseCodeText([...head, ...lines, ""].join("\n"), "f.yaml", "user").problems.map(({ line, col, message }) => `${line}:${col} ${message}`);
const said = (key: string, first: string) => `'${key}' is written twice here (first at ${first}): a field takes one value; keep one of them, or join their words in one`;

describe("a field written twice names the field and where it was first written", () => {
  it.each([
    ["a second text under a standard, a field between", ["      - number: 1", "        text: Will not accept gifts.", "        notes: [a note]", "        text: Will not accept money."], `14:9 ${said("text", "line 12, column 9")}`],
    ["the first key of a list item's mapping, after its dash", ["      - number: 1", "        number: 2", "        text: A rule."], `12:9 ${said("number", "line 11, column 9")}`],
    ["not the same key of the item before", ["      - number: 1", "        text: A rule.", "      - number: 2", "        text: Another.", "        number: 3"], `15:9 ${said("number", "line 13, column 9")}`],
    ["past a text that goes on over lines", ["      - number: 1", "        text: A rule that goes on", "          over two lines.", "        text: Again."], `14:9 ${said("text", "line 12, column 9")}`],
    ["a field of the file itself", ["      - number: 1", "        text: A rule.", "title: Another Title"], `13:1 ${said("title", "line 2, column 1")}`],
  ])("%s", (_title, lines, expected) => {
    expect(problemsOf(lines)).toEqual([expected]);
  });
});
