// A code written by pasting from Word: its non-breaking spaces (U+00A0) where YAML wants a plain
// space were told as the parser read them, "this line is indented differently from the lines
// around it", "expected ':' after a mapping key", or a key of spaces ("unknown field '  text'").
// Each is now named at its line and column, with the fix; one in a text is the text's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const NBSP = "\u00a0";

function validated(slip: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "ethics-nbsp-"));
  writeFileSync(join(dir, "riverside.yaml"), slip(RIVERSIDE_LINES.join("\n")));
  return ethics(["validate", "riverside.yaml"], { cwd: dir });
}

const FIX = "YAML reads only a plain space there; replace it with a space";

describe("validate: a non-breaking space pasted where YAML wants a space", () => {
  it.each([
    ["after a list item's dash", (text: string) => text.replace("- number: 2", `-${NBSP}number: 2`), `13:8: a non-breaking space (U+00A0) after the -: ${FIX}`],
    ["after a key's colon", (text: string) => text.replace("number: 1", `number:${NBSP}1`), `11:16: a non-breaking space (U+00A0) after 'number:': ${FIX}`],
    ["after a text's key", (text: string) => text.replace("text: Keep", `text:${NBSP}Keep`), `14:14: a non-breaking space (U+00A0) after 'text:': ${FIX}`],
  ])("%s: named where it is", (_name, slip, problem) => {
    const result = validated(slip);
    expect(result.stdout).toBe(`riverside.yaml:${problem}\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });

  it("as indentation: named first, the key it made drawn with it", () => {
    const result = validated((text) => text.replace("        text: Keep", `${NBSP.repeat(8)}text: Keep`));
    const key = `${"<U+00A0>".repeat(8)}text`;
    expect(result.stdout).toBe(
      [
        "riverside.yaml:14:1: 8 non-breaking spaces (U+00A0) in the indentation: YAML reads only a plain space there; replace them with spaces",
        "riverside.yaml:13:9 sections[0].standards[1].text: missing text",
        `riverside.yaml:14:1 ${key}: unknown field '${key}' — a code file takes id, aliases, title, shortName, jurisdiction, numbering, source, scope, preamble, values, definitions, sections, attestation, signature, references, editorial`,
        "3 problems in 1 file\n",
      ].join("\n"),
    );
    expect([result.stderr, result.code]).toEqual(["ethics: 3 problems found\n", 1]);
  });

  it("inside a text: the text's, and the file valid", () => {
    const result = validated((text) => text.replace("Keep records", `Keep${NBSP}records`));
    expect([result.stdout, result.stderr, result.code]).toEqual(["1 file valid\n", "", 0]);
  });
});
