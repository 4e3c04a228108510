// A code exported as a YAML code file (export --format yaml --code) reads back, through the
// loader, as the same code: sections, titles, numbers, texts, items and notes, for every built-in
// code and for titles that look like numbers, dates or "Part 2: …" to a YAML reader.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toCodeFile } from "../../src/core/codes/code-file.js";
import { parseCodeText, readCodeDir } from "../../src/core/codes/load.js";
import type { Code } from "../../src/model.js";
import { renderYamlCodeFiles } from "../../src/render/yaml.js";

const root = join(import.meta.dirname, "../..");
const builtin = readCodeDir(join(root, "data"), "builtin");
const [riverside] = readCodeDir(join(root, "test/fixtures/user-codes"), "user");

/** What a reader of the code sees of its sections. */
function sectionsOf(code: Code) {
  return code.sections.map((section) => ({
    id: section.id,
    title: section.title,
    intro: section.intro,
    standards: section.standards.map(({ number, text, items, notes, editorial }) => ({ number, text, items, notes, editorial })),
  }));
}

function readBack(code: Code): Code {
  const text = renderYamlCodeFiles([toCodeFile(code, { id: `copy-of-${code.id}` })], ["a test"]);
  const { code: copy, problems } = parseCodeText(text, "copy.yaml", "user");
  expect(problems).toEqual([]);
  return copy!;
}

/** Riverside with section titles, intros and texts that a YAML reader could take for something else. */
function numberedParts(): Code {
  const code = structuredClone(riverside!);
  const looksLike = ["Part 2", "Part 2: Conduct", "2", "2001-12-14", "1_000", "0b101", "0o17", "1e3", "true", "null", "~", "- 1", "# 2", "Part 2 # not a comment"];
  code.sections = looksLike.map((title, at) => ({
    ...structuredClone(riverside!.sections[0]!),
    id: `part-${at + 1}`,
    title,
    intro: looksLike[(at + 1) % looksLike.length]!,
  }));
  code.sections[0]!.standards[0]!.text = "12";
  return code;
}

describe("YAML code files read back as the same code", () => {
  it.each(builtin.map((code) => [code.id, code] as const))("%s", (_id, code) => {
    const copy = readBack(code);
    expect(sectionsOf(copy)).toEqual(sectionsOf(code));
    expect(copy.values.map((value) => value.text)).toEqual(code.values.map((value) => value.text));
    expect(copy.numbering).toBe(code.numbering);
  });

  it("section titles that look like numbers, dates or parts", () => {
    const code = numberedParts();
    expect(sectionsOf(readBack(code))).toEqual(sectionsOf(code));
  });
});
