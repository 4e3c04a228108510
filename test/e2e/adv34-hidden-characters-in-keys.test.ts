// A character that shows nothing inside a field name, an id or a number of a code file (a zero
// width joiner pasted into `sections`, a variation selector after a letter, a NEL a converted
// file left at a line's end): the output keeps joiners and variation selectors raw for the
// scripts that need them, so the problem quoted the key as it looked, "unknown field
// 'sections' — did you mean sections?". Each is now written out, named, and placed.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const code = (slip: (text: string) => string) => slip(RIVERSIDE_LINES.join("\n"));

const cases: [string, (text: string) => string, string][] = [
  [
    "a zero width non-joiner in a top-level key",
    (text) => text.replace("sections:", "secti\u200cons:"),
    "7:1 secti<U+200C>ons: unknown field 'secti<U+200C>ons': it holds a zero width non-joiner (U+200C) as its 6th character; delete it to write sections",
  ],
  [
    "a zero width joiner in a field of source",
    (text) => text.replace("  document:", "  docu\u200dment:"),
    "6:3 source.docu<U+200D>ment: unknown field 'docu<U+200D>ment': it holds a zero width joiner (U+200D) as its 5th character; delete it to write document",
  ],
  [
    "a variation selector in a standard's field",
    (text) => text.replace("      - number: 1", "      - numb\ufe0fer: 1"),
    "11:9 sections[0].standards[0].numb<U+FE0F>er: unknown field 'numb<U+FE0F>er': it holds a variation selector (U+FE0F) as its 5th character; delete it to write number",
  ],
  [
    "a zero width space in a misspelt field",
    (text) => text.replace("        text: Keep", "        tezt\u200b: Keep"),
    "14:9 sections[0].standards[1].tezt<U+200B>: unknown field 'tezt<U+200B>': it holds a zero width space (U+200B) as its 5th character; delete it — did you mean text?",
  ],
  [
    "a zero width joiner in a section id",
    (text) => text.replace("  - id: boundaries", "  - id: bound\u200daries"),
    "8:9 sections[0].id: expected section id: lowercase letters, digits and single hyphens (e.g. 'my-agency') ('bound<U+200D>aries' holds a zero width joiner (U+200D) as its 6th character: delete it)",
  ],
  [
    "a NEL after a standard's number",
    (text) => text.replace("      - number: 2\n", "      - number: 2\u0085\n"),
    "13:17 sections[0].standards[1].number: expected a whole number ≥ 1 ('2<U+0085>' holds a next line control (NEL) (U+0085) as its 2nd character: delete it)",
  ],
];

describe("a character that shows nothing in a key, an id or a number of a code file", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-adv34-hidden-"));

  // Short folder names: a message cuts a path wider than its line in the middle.
  it.each(cases.map((row, at) => [...row, at] as const))("%s: written out, named, at its line:col", (_name, slip, expected, at) => {
    const folder = join(dir, `c${at}`);
    const file = join(folder, "riverside.yaml");
    mkdirSync(folder);
    writeFileSync(file, code(slip));
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toMatch(/^ethics: \d problems? found\n$/);
    expect(validated.stdout.split("\n")).toContain(`${file}:${expected}`);
    // The same problem stops a run over the folder, the characters as visible there.
    const shown = ethics(["--data", folder, "show", "riverside", "1"]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toBe("");
    expect(shown.stderr.replace(/\n +/g, " ")).toContain(`${file}:${expected}`);
    expect(shown.stderr).not.toMatch(/[\u200b-\u200d\ufe0f\u0085]/);
  });

  it("a joiner where a script needs it, in a text, loads as written", () => {
    const folder = join(dir, "persian");
    mkdirSync(folder);
    writeFileSync(join(folder, "riverside.yaml"), code((text) => text.replace("Keep records private.", "Keep records private (\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645).")));
    const shown = ethics(["--data", folder, "show", "riverside", "2"]);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("(\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645)");
  });
});
