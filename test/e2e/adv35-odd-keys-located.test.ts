// A key YAML does not read as the text written (a list or mapping as a key, `~`, `0x10`) was
// placed at line 1, column 1, or at the start of its mapping, whatever line it was on: the
// parser keeps no place for a key that is a list, and reads `~: x` as the key 'null', which the
// file nowhere spells. Each is now placed where it is written.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const COMPLEX_KEY = "a key that is a list or mapping: a key is a field name, such as title";
const STANDARD_FIELDS = "a standard takes number, text, items, notes, editorial, concepts";
const riverside = RIVERSIDE_LINES.join("\n");

const cases: [string, string, string][] = [
  ["a list as a key, below the code's fields", `${riverside}[a, b]: c\n`, `15:1: ${COMPLEX_KEY}`],
  ["a mapping as a key, written with ?, in a standard", riverside.replace("        text: Keep records private.", "        text: Keep records private.\n        ? {text: y}\n        : z"), `15:11: ${COMPLEX_KEY}`],
  ["~ as a key, in a standard", riverside.replace("        text: Keep records private.", "        text: Keep records private.\n        ~: z"), `15:9 sections[0].standards[1].null: unknown field 'null' — ${STANDARD_FIELDS}`],
  ["0x10 as a key, in a standard", riverside.replace("        text: Keep records private.", "        text: Keep records private.\n        0x10: z"), `15:9 sections[0].standards[1].16: unknown field '16' — ${STANDARD_FIELDS}`],
];

describe("a key that YAML does not read as written", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-odd-keys-"));

  it.each(cases)("%s: placed at its line and column", (name, text, expected) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
    writeFileSync(file, text);
    const result = ethics(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(`${file}:${expected}`);
  });
});
