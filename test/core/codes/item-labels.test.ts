// An item's label is how a reference names it (`show riverside 1 b`): one word, and no other
// item of its standard labelled alike ("a", "A.", "(a)" are one label to a reference). The
// loader (on its quick path and through the schema) and its quick check say so; the JSON
// Schema for editors says what a pattern can (one word), not what only a cross-check can.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { plainlyMeetsSchema } from "../../../src/core/codes/plain-check.js";
import { codeSchemas } from "../../../src/core/codes/schema.js";

const root = join(import.meta.dirname, "../../..");
const jsonSchema = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(root, "schema/code.schema.json"), "utf8")));

const codeWithLabels = (labels: string[]) => ({
  id: "my-code",
  title: "My Code",
  shortName: "Mine",
  jurisdiction: "Here",
  source: { document: "My Code" },
  sections: [{ id: "duties", title: "Duties", standards: [{ number: 1, text: "Peers shall:", items: labels.map((label, at) => ({ label, text: `Item ${at + 1}.` })) }] }],
});

const verdicts = (labels: string[]) => {
  const file = codeWithLabels(labels);
  return {
    problems: parseCodeText(stringify(file), "f.yaml", "user").problems.map(({ path, message }) => `${path}: ${message}`),
    plain: plainlyMeetsSchema(file),
    schema: codeSchemas().codeFileSchema.safeParse(file).success,
  };
};

const at = (item: number) => `sections[0].standards[0].items[${item}].label`;
const REPEATED = "a reference reaches only the first; if the source repeats it, label this one apart and say so in the standard's editorial remarks";

describe("item labels", () => {
  it.each<[string, string[], string[], boolean]>([
    ["a label repeated", ["a", "b", "a"], [`${at(2)}: duplicate item label 'a' (also items[0]): ${REPEATED}`], true],
    ["a label repeated in another case and with its dot", ["a", "A."], [`${at(1)}: duplicate item label 'A.' (also items[0]): ${REPEATED}`], true],
    ["a label repeated in brackets", ["(i)", "(ii)", "i"], [`${at(2)}: duplicate item label 'i' (also items[0]): ${REPEATED}`], true],
    ["a label of two words", ["a", "b c"], [`${at(1)}: expected an item label: a label is one word, as the source prints it (a, b, iv); got 'b c'`], false],
    // The JSON Schema says of no text that it may not be empty (only the loader's refine does).
    ["an empty label: one message, not two", ["a", ""], [`${at(1)}: expected an item label: a label is one word, as the source prints it (a, b, iv); got an empty string`], true],
  ])("refuses %s, on every path, saying why", (_name, labels, problems, jsonSchemaPasses) => {
    expect(verdicts(labels)).toEqual({ problems, plain: false, schema: false });
    expect(jsonSchema(parse(stringify(codeWithLabels(labels))))).toBe(jsonSchemaPasses);
  });

  it.each<[string, string[]]>([
    ["letters", ["a", "b", "c"]],
    ["roman numerals and numbers", ["i", "ii", "iv", "1", "2"]],
    ["labels as printed, brackets and dots", ["(a)", "b.", "c)"]],
    ["labels with spaces around them", [" a", "b "]],
  ])("accepts %s, on every path", (_name, labels) => {
    expect(verdicts(labels)).toEqual({ problems: [], plain: true, schema: true });
    expect(jsonSchema(parse(stringify(codeWithLabels(labels))))).toBe(true);
  });
});
