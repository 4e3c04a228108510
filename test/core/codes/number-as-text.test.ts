// Digits written as text where a standard's number belongs: the message's fix says what was
// written (quotes, a tag, a block), not quotes where none were typed.
import { describe, expect, it } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { numberAsTextMessage } from "../../../src/core/codes/schema.js";

const withNumber = (number: string) =>
  ["id: my-code", "title: My Code", "shortName: Mine", "jurisdiction: Here", "source: {document: My Code}", "references: [&five '5']", "sections:", "  - id: a", "    title: A", "    standards:", `      - number: ${number}`, "        text: t", ""].join("\n");

const problemOf = (number: string) => parseCodeText(withNumber(number), "f.yaml", "user").problems.map(({ path, message }) => `${path}: ${message}`);

describe("a number written as text", () => {
  it.each([
    ["'5'", "write it without quotes"],
    ['"07"', "write 7 (no leading zero), without quotes"],
    ["!!str 5", "write it without the tag !!str"],
    ["!!str 07", "write 7 (no leading zero), without the tag !!str"],
    ["!<tag:yaml.org,2002:str> 5", "write it without the tag !<tag:yaml.org,2002:str>"],
    ['!!str "5"', "write it without the tag !!str and quotes"],
    ["|-\n          5", "write it on the key's line, not as a block"],
    [">-\n          5", "write it on the key's line, not as a block"],
    ["*five", "write the number itself"],
  ])("number: %s says %s", (number, fix) => {
    const text = /07/.test(number) ? "07" : "5";
    expect(problemOf(number)).toEqual([`sections[0].standards[0].number: expected a number, not the text '${text}': ${fix}`]);
  });

  it("what the schema says alone, not knowing how it was written, is the likeliest: quotes", () => {
    expect(numberAsTextMessage("5", { quoted: true })).toBe("expected a number, not the text '5': write it without quotes");
    expect(numberAsTextMessage("007", {})).toBe("expected a number, not the text '007': write 7 (no leading zero)");
  });
});
