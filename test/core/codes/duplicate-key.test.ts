import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";

const head = ["id: county", "title: County Code", "shortName: County", "jurisdiction: A county", "source:", "  document: County Code", "sections:", "  - id: rules", "    title: Rules", "    standards:"];
const problemsOf = (lines: string[]) => parseCodeText([...head, ...lines, ""].join("\n"), "f.yaml", "user").problems.map(({ line, col, message }) => `${line}:${col} ${message}`);
/** In a list of standards, a `- ` left out (the next standard's fields joined to this one) comes first. */
const inList = (key: string, first: string, dash: string, entry = "standard") =>
  `'${key}' is written twice in one ${entry} (first at ${first}): a new ${entry}'s '- ' may be missing at ${dash} (- ${key}:); else keep one of them, or join their words in one`;
const said = (key: string, first: string) => `'${key}' is written twice here (first at ${first}): a field takes one value; keep one of them, or join their words in one`;

describe("a field written twice names the field and where it was first written", () => {
  it.each([
    ["a second text under a standard, a field between", ["      - number: 1", "        text: Will not accept gifts.", "        notes: [a note]", "        text: Will not accept money."], `14:9 ${inList("text", "line 12, column 9", "line 14, column 7")}`],
    ["the first key of a list item's mapping, after its dash", ["      - number: 1", "        number: 2", "        text: A rule."], `12:9 ${inList("number", "line 11, column 9", "line 12, column 7")}`],
    ["not the same key of the item before", ["      - number: 1", "        text: A rule.", "      - number: 2", "        text: Another.", "        number: 3"], `15:9 ${inList("number", "line 13, column 9", "line 15, column 7")}`],
    ["past a text that goes on over lines", ["      - number: 1", "        text: A rule that goes on", "          over two lines.", "        text: Again."], `14:9 ${inList("text", "line 12, column 9", "line 14, column 7")}`],
    ["a standard written without its dash, its keys joined to the one before", ["      - number: 1", "        text: A rule.", "        number: 2", "        text: Another."], `13:9 ${inList("number", "line 11, column 9", "line 13, column 7")}`],
    ["an item written without its dash", ["      - number: 1", "        text: A rule, as follows.", "        items:", "          - label: a", "            text: one", "            label: b", "            text: two"], `16:13 ${inList("label", "line 14, column 13", "line 16, column 11", "item")}`],
    ["a field no standard takes, in a standard", ["      - number: 1", "        text: A rule.", "        extra: 1", "        extra: 2"], `14:9 ${said("extra", "line 13, column 9")}`],
    ["a field of the file itself", ["      - number: 1", "        text: A rule.", "title: Another Title"], `13:1 ${said("title", "line 2, column 1")}`],
  ])("%s", (_title, lines, expected) => {
    expect(problemsOf(lines)).toEqual([expected]);
  });
});
