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

  // The " (id)" on a copy's title is no word of the source's, which a title claims to be: an
  // editor's note says so, after the original's own remark on its title, if any.
  it.each([
    ["alaska", "my-alaska", undefined],
    ["wisconsin", "my-wi", "The title is the editor's: the source's only heading is “Code Of Conduct”, and its standards are addressed to “Peer Specialists”."],
  ])("%s under the id %s: its title's mark is said to be ethics's", (id, newId, own) => {
    const code = codes.find((candidate) => candidate.id === id)!;
    const mark = `“ (${newId})” at the end of the title is not the source's: ethics added it when it exported this copy (export --id ${newId}), to tell the copy from its original.`;
    const copy = reload(stringify(toCodeFile(code, { id: newId })));
    expect(copy.editorial.title).toBe(own === undefined ? mark : `${own} ${mark}`);
    expect(code.editorial.title).toBe(own);
  });

  it("a copy of a copy: the remark on the mark it drops goes with it", () => {
    const wisconsin = codes.find((candidate) => candidate.id === "wisconsin")!;
    const first = reload(stringify(toCodeFile(wisconsin, { id: "my-wi" })));
    const second = reload(stringify(toCodeFile(first, { id: "my2" })));
    expect(second.title).toBe("Code of Conduct for Peer Specialists (my2)");
    expect(second.editorial.title).toBe(`${wisconsin.editorial.title} “ (my2)” at the end of the title is not the source's: ethics added it when it exported this copy (export --id my2), to tell the copy from its original.`);
  });

  it("without a new id, the remarks are the code's own", () => {
    const alaska = codes.find((candidate) => candidate.id === "alaska")!;
    expect(reload(stringify(toCodeFile(alaska)), alaska.file).editorial).toEqual(alaska.editorial);
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
