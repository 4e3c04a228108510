// Every id a code file gives (the code's, its aliases, its sections') must be one a reference
// reaches: not digits alone, which ref.ts reads as a number, no code or alias named as a word
// references are joined with, and no section named as the code's value statements are, or
// "and". The loader (on its quick path and through the schema), its quick check
// and the JSON Schema for editors all say the same.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { parseCodeText } from "../../../src/core/codes/load.js";
import { plainlyMeetsSchema } from "../../../src/core/codes/plain-check.js";
import { LIST_WORDS, RANGE_WORDS } from "../../../src/core/codes/ref.js";
import { codeSchemas } from "../../../src/core/codes/schema.js";
import { JOINING_WORD_IDS, SLUG_PATTERN } from "../../../src/core/codes/slug.js";

const root = join(import.meta.dirname, "../../..");
const jsonSchema = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(root, "schema/code.schema.json"), "utf8")));

/** A small valid code, with values, as a user would write it. */
const base = () => ({
  id: "my-code",
  title: "My Code",
  shortName: "Mine",
  jurisdiction: "Here",
  source: { document: "My Code" },
  values: [{ text: "Recovery is possible." }],
  sections: [
    { id: "gifts", title: "Gifts", standards: [{ number: 1, text: "Will not accept gifts." }] },
    { id: "money", title: "Money", standards: [{ number: 1, text: "Will not lend money." }] },
  ],
});

type Edit = (file: ReturnType<typeof base> & { aliases?: string[] }) => void;

const verdicts = (edit: Edit) => {
  const file = base();
  edit(file);
  return {
    problems: parseCodeText(stringify(file), "f.yaml", "user").problems.map(({ path, message }) => `${path}: ${message}`),
    plain: plainlyMeetsSchema(file),
    schema: codeSchemas().codeFileSchema.safeParse(file).success,
    jsonSchema: jsonSchema(parse(stringify(file))),
  };
};

describe("ids a reference can reach", () => {
  it.each<[string, Edit, string]>([
    ["a code id of digits", (file) => (file.id = "2024"), "id: '2024' reads as a standard number in a reference; an id needs a letter, e.g. 'code-2024'"],
    ["a code id like a range", (file) => (file.id = "5-7"), "id: '5-7' reads as a standard number in a reference; an id needs a letter, e.g. 'code-5-7'"],
    ["an alias of digits", (file) => (file.aliases = ["mine", "42"]), "aliases[1]: '42' reads as a standard number in a reference; an id needs a letter, e.g. 'code-42'"],
    ["a section id of digits", (file) => (file.sections[1]!.id = "3"), "sections[1].id: '3' reads as a standard number in a reference; an id needs a letter, e.g. 'section-3'"],
    ["a section id like a list's digits", (file) => (file.sections[0]!.id = "1-2-3"), "sections[0].id: '1-2-3' reads as a standard number in a reference; an id needs a letter, e.g. 'section-1-2-3'"],
    [
      "a section id 'values'",
      (file) => (file.sections[0]!.id = "values"),
      "sections[0].id: 'values' is reserved: `ethics show <code> values` shows the code's value statements; name the section otherwise, e.g. 'values-section'",
    ],
    [
      "a section id 'value-statements' (the values' other name)",
      (file) => (file.sections[1]!.id = "value-statements"),
      "sections[1].id: 'value-statements' is reserved: `ethics show <code> values` shows the code's value statements; name the section otherwise, e.g. 'value-statements-section'",
    ],
    ["a code id 'and', which joins references", (file) => (file.id = "and"), "id: 'and' joins references (show wi and nc), so no code so named could be shown; e.g. 'code-and'"],
    ["a code id 'to', a range's word", (file) => (file.id = "to"), "id: 'to' makes a range (show wi 5 to 7), so no code so named could be shown; e.g. 'code-to'"],
    ["an alias 'through'", (file) => (file.aliases = ["mine", "through"]), "aliases[1]: 'through' makes a range (show wi 5 through 7), so no code so named could be shown; e.g. 'code-through'"],
    ["an alias 'thru'", (file) => (file.aliases = ["thru"]), "aliases[0]: 'thru' makes a range (show wi 5 thru 7), so no code so named could be shown; e.g. 'code-thru'"],
    ["a section id 'and', which joins references", (file) => (file.sections[1]!.id = "and"), "sections[1].id: 'and' joins references (show wi and nc), so no section so named could be shown; e.g. 'section-and'"],
    ["an id that is no slug: one message, not two", (file) => (file.id = "20 24"), "id: expected code id: lowercase letters, digits and single hyphens (e.g. 'my-agency')"],
  ])("refuses %s, on every path, saying why", (_name, edit, problem) => {
    expect(verdicts(edit)).toEqual({ problems: [problem], plain: false, schema: false, jsonSchema: false });
  });

  it.each<[string, Edit]>([
    ["the file as it is", () => {}],
    ["ids with digits and a letter", (file) => ((file.id = "code-2024"), (file.aliases = ["y2024", "2024a"]), (file.sections[1]!.id = "section-3"))],
    ["ids that hold a joining word", (file) => ((file.id = "and-more"), (file.aliases = ["to-do", "throughway"]))],
    ["section ids 'to' and 'through' (after a section's id the word ends no range)", (file) => ((file.sections[0]!.id = "to"), (file.sections[1]!.id = "through"))],
    ["section ids that only start like 'values'", (file) => ((file.sections[0]!.id = "values-in-practice"), (file.sections[1]!.id = "core-values"))],
    ["a section titled Values (its id names it; `values` stays the value statements')", (file) => (file.sections[0]!.title = "Values")],
  ])("accepts %s, on every path", (_name, edit) => {
    expect(verdicts(edit)).toEqual({ problems: [], plain: true, schema: true, jsonSchema: true });
  });
});

describe("the joining words refused as ids", () => {
  it("are every word the reference grammar joins with that an id could be", () => {
    const slugs = [...LIST_WORDS, ...RANGE_WORDS].filter((word) => SLUG_PATTERN.test(word));
    expect([...JOINING_WORD_IDS].sort()).toEqual(slugs.sort());
  });
});
