// A user's code exported as a code file (export --format yaml|json --code) loads as the same
// code, every optional field of the format kept: the fixture uses each of them, its standards'
// own concept tags too (an empty list, a duplicate and one the index lacks among them).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toCodeFile } from "../../src/core/codes/code-file.js";
import { parseCodeText, readCodeDir } from "../../src/core/codes/load.js";
import { codeSchemas } from "../../src/core/codes/schema.js";
import { copyContent } from "../copy-content.js";
import type { Code } from "../../src/model.js";
import { escapeJson } from "../../src/render/terminal-text.js";
import { renderYamlCodeFiles } from "../../src/render/yaml.js";

const fixtures = readCodeDir(join(import.meta.dirname, "../fixtures/every-field"), "user");
const fixture = (id: string): Code => fixtures.find((code) => code.id === id)!;

/** As `export` writes one code file: YAML with its comment line, or JSON. */
const WRITERS = {
  yaml: (file: unknown) => renderYamlCodeFiles([file as never], ["a test"]),
  json: (file: unknown) => escapeJson(JSON.stringify(file, null, 2)) + "\n",
};

function reload(text: string): Code {
  const parsed = parseCodeText(text, "copy.yaml", "user");
  expect(parsed.problems).toEqual([]);
  return parsed.code!;
}

const content = (code: Code) => copyContent(code);

const CASES = (["every-field", "by-position"] as const).flatMap((id) => (["yaml", "json"] as const).map((format) => [id, format] as const));

describe("a user's code exported as a code file", () => {
  it.each(CASES)("%s as %s: loads as the same code", (id, format) => {
    const code = fixture(id);
    expect(reload(WRITERS[format](toCodeFile(code)))).toEqual({ ...code, file: "copy.yaml" });
  });

  it.each(CASES)("%s as %s under a new id: the same code but for its names and lineage", (id, format) => {
    const code = fixture(id);
    const copy = reload(WRITERS[format](toCodeFile(code, { id: "my-copy" })));
    expect([copy.id, copy.aliases, copy.source.derivedFrom, copy.editorial.derivedFrom]).toEqual(["my-copy", [], id, undefined]);
    expect(content(copy)).toEqual(content(code));
  });

  it("keeps each standard's own tags as written, an empty list too, and infers none into the file", () => {
    const written = (id: string) => toCodeFile(fixture(id)).sections.flatMap((section) => section.standards.map((standard) => standard.concepts));
    // The duplicate is the loader's to drop; the unknown id stays for `ethics validate` to name.
    expect(written("every-field")).toEqual([["accepting-gifts", "gift-value-limits"], ["lending-and-borrowing-money", "no-such-concept"], [], undefined, undefined]);
    expect(written("by-position")).toEqual([["accepting-gifts"], undefined]);
  });

  it("the fixture uses every field a code file may have", () => {
    const { codeFileSchema, provenanceSchema, codeEditorialSchema, sectionSchema, sectionEditorialSchema, standardSchema, itemSchema } = codeSchemas();
    const raw = toCodeFile(fixture("every-field"));
    const sections = raw.sections;
    const standards = sections.flatMap((section) => section.standards);
    const used = (objects: readonly object[]) => [...new Set(objects.flatMap((object) => Object.keys(object)))].sort();
    const fields = (schema: { shape: object }) => Object.keys(schema.shape).sort();
    // intro: null loads as no intro, so the code file leaves it out: the fixture's first section has one.
    expect.soft(used([raw])).toEqual(fields(codeFileSchema));
    expect.soft(used([raw.source])).toEqual(fields(provenanceSchema));
    expect.soft(used([raw.editorial!])).toEqual(fields(codeEditorialSchema));
    expect.soft(used(sections)).toEqual(fields(sectionSchema));
    expect.soft(used(sections.map((section) => section.editorial ?? {}))).toEqual(fields(sectionEditorialSchema));
    expect.soft(used(standards)).toEqual(fields(standardSchema));
    expect.soft(used(standards.flatMap((standard) => standard.items ?? []))).toEqual(fields(itemSchema));
    expect.soft(used(raw.preamble!)).toEqual(["heading", "text"]);
  });
});
