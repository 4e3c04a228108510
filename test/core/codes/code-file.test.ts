// A code written back as a code file is the code again: the file the loader reads gives the same
// model (export --code, README "export"), for every built-in code.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { toCodeFile } from "../../../src/core/codes/code-file.js";
import { parseCodeText, readCodeDir } from "../../../src/core/codes/load.js";
import { CODE_EDITORIAL_FIELDS, SECTION_EDITORIAL_FIELDS } from "../../../src/core/codes/normalize.js";
import { codeSchemas } from "../../../src/core/codes/schema.js";
import { copyContent } from "../../copy-content.js";
import type { Code } from "../../../src/model.js";

const { codeEditorialSchema, codeFileSchema, sectionEditorialSchema } = codeSchemas();
const codes = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");

/** The model read back from a code file's YAML text, as a user's code. */
function reload(text: string, file = "copy.yaml"): Code {
  const parsed = parseCodeText(text, file, "user");
  expect(parsed.problems).toEqual([]);
  return parsed.code!;
}

const content = (code: Code) => copyContent(code, { withoutOrigin: true });

describe("toCodeFile", () => {
  it.each(codes.map((code) => [code.id, code] as const))("%s: its code file validates and loads as the same code", (_id, code) => {
    const file = toCodeFile(code);
    expect(codeFileSchema.safeParse(file).success).toBe(true);
    const again = reload(stringify(file), code.file);
    expect({ ...again, origin: code.origin }).toEqual(code);
  });

  it.each(codes.map((code) => [code.id, code] as const))("%s: under a new id, without the original's aliases and names, it is the same code", (_id, code) => {
    const file = toCodeFile(code, { id: `my-${code.id}` });
    expect(file.id).toBe(`my-${code.id}`);
    expect(file.aliases).toBeUndefined();
    expect([file.title, file.shortName]).toEqual([`${code.title} (my-${code.id})`, `${code.shortName} (my-${code.id})`]);
    const copy = reload(stringify(file));
    expect(copy.id).toBe(`my-${code.id}`);
    // Its lineage: the original, whose own lineage note stays behind.
    expect(copy.source.derivedFrom).toBe(code.id);
    expect(copy.editorial.derivedFrom).toBeUndefined();
    expect(content(copy)).toEqual(content(code));
  });

  it("leaves out what the loader derives: numbers of position-numbered standards, citations, origin, file", () => {
    const california = toCodeFile(codes.find((code) => code.id === "california")!);
    expect(california.sections[0]!.standards[0]).toEqual({ text: "Inspire hope in those they serve by living a life of Recovery and/or Resiliency." });
    const yaml = stringify(california);
    for (const derived of ["citation:", "sectionTitle:", "origin:", "file:", "\n        number:"]) expect(yaml).not.toContain(derived);
    const mediCal = parse(stringify(toCodeFile(codes.find((code) => code.id === "medi-cal")!)));
    expect(mediCal.sections[7].standards[11]).toMatchObject({ number: 12, items: [{ label: "a" }, { label: "b" }] });
    expect(mediCal.editorial.notice).toContain("this BHIN*");
    expect(mediCal.signature).toEqual(["Name (legible full legal name)", "Name (signature/e-signature) Date (mm/dd/yyyy)"]);
  });

  it("keeps the remarks' fields in step with the schema", () => {
    expect([...CODE_EDITORIAL_FIELDS]).toEqual(Object.keys(codeEditorialSchema.shape));
    expect([...SECTION_EDITORIAL_FIELDS]).toEqual(Object.keys(sectionEditorialSchema.shape));
  });
});
