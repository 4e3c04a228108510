// A code file with a bare value where a mapping belongs (a section written as a string, a source
// as a number, a whole file that is a list) is told what belongs there and its fields, as a list
// or a text in the wrong place is: never the schema library's own "Invalid input: expected
// object, received string".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "ethics-shape-")), "code.yaml");
  writeFileSync(path, text);
  return path;
}

const HEAD = "id: shapes\ntitle: T\nshortName: S\njurisdiction: J\n";

describe("a mapping's place holding something else", () => {
  it("says what belongs there, with its fields", () => {
    const path = file(
      `${HEAD}source: 5\npreamble: [p]\nvalues: [v]\ndefinitions: [d]\n` +
        "sections:\n  - x\n  - id: a\n    title: A\n    standards:\n      - y\n      - number: 1\n        text: t\n        items: [z]\n",
    );
    const { stdout, code } = ethics(["validate", path]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/Invalid input|received/);
    expect(stdout).toContain(`${path}:5:9 source: expected source ({ document, issuer?, adopted?, … })`);
    expect(stdout).toContain(`${path}:6:12 preamble[0]: expected a paragraph ({ heading?, text })`);
    expect(stdout).toContain(`${path}:7:10 values[0]: expected a value statement ({ text })`);
    expect(stdout).toContain(`${path}:8:15 definitions[0]: expected a definition ({ term, text })`);
    expect(stdout).toContain(`${path}:10:5 sections[0]: expected a section ({ id, title, standards, … })`);
    expect(stdout).toContain(`${path}:14:9 sections[1].standards[0]: expected a standard ({ number, text, … })`);
    expect(stdout).toContain(`${path}:17:17 sections[1].standards[1].items[0]: expected an item ({ label, text })`);
  });

  it("a missing source, and a file that is a list or a word, say what a code is", () => {
    const missing = file(`${HEAD}sections: [{id: a, title: A, standards: [{number: 1, text: t}]}]\n`);
    expect(ethics(["validate", missing]).stdout).toContain(`${missing}:1:1 source: missing source ({ document, issuer?, adopted?, … })`);
    for (const text of ["- a\n", "x\n", "5\n"]) {
      const path = file(text);
      const result = ethics(["--data", join(path, ".."), "list"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${path}:1:1: expected a code (id, title, sections, …)`);
    }
  });
});

describe("a standard's number, and a merge key, as hand editing writes them", () => {
  const standards = (number: string) => `${HEAD}source: {document: D}\nsections:\n  - id: a\n    title: A\n    standards:\n      - number: ${number}\n        text: t\n`;

  it.each([
    ["'2'", "expected a number, not the text '2': write it without quotes"],
    ['"07"', "expected a number, not the text '07': write 7 (no leading zero), without quotes"],
    ["9007199254740993", "expected a whole number ≥ 1 and at most 9,007,199,254,740,991"],
    ["0", "expected a whole number ≥ 1"],
    ["-3", "expected a whole number ≥ 1"],
    ["2.5", "expected a whole number ≥ 1"],
    ["'two'", "expected a whole number ≥ 1"],
  ])("number: %s says %s", (number, message) => {
    const path = file(standards(number));
    const { stdout, code } = ethics(["validate", path]);
    expect(code).toBe(1);
    // A quoted value is placed at its text, past the quote.
    const column = /^['"]/.test(number) ? 18 : 17;
    expect(stdout).toBe(`${path}:10:${column} sections[0].standards[0].number: ${message}\n1 problem in 1 file\n`);
  });

  it("a merge key (<<) is named as such, not as an unknown field to be spelled otherwise", () => {
    const path = file(`${HEAD}source: {document: D}\nsections:\n  - id: a\n    title: A\n    standards:\n      - &first\n        number: 1\n        text: t\n      - <<: *first\n        number: 2\n`);
    const { stdout, code } = ethics(["validate", path]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${path}:13:9 sections[0].standards[1].<<: a merge key (<<: *name) is not read: code files are plain YAML 1.2; write each field out\n`);
    expect(stdout).toContain(`${path}:13:9 sections[0].standards[1].text: missing text\n`);
  });
});

describe("a document marker left at the end of a code file", () => {
  const code = `${HEAD}source: {document: D}\nsections:\n  - id: a\n    title: A\n    standards:\n      - number: 1\n        text: Will keep touch professional.\n`;

  it.each([
    ["a --- at the end", `${code}---\n`],
    ["a --- and a comment", `${code}---\n# more to come\n`],
    ["an explicit end, then ---", `${code}...\n---\n`],
  ])("%s opens no second code: valid, and loaded", (_, text) => {
    const path = file(text);
    const validated = ethics(["validate", path]);
    expect(validated.stdout).toBe("1 file valid\n");
    expect(validated.code).toBe(0);
    const shown = ethics(["--data", join(path, ".."), "show", "shapes", "1"]);
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toBe("S 1\n  Will keep touch professional.\n");
  });

  it("a second document with something in it is still a stream, told how to split", () => {
    const path = file(`${code}---\nid: other\n`);
    const { stdout, code: exit } = ethics(["validate", path]);
    expect(exit).toBe(1);
    // placed at the second document's `---`, the line after the first code
    const marker = code.split("\n").length;
    expect(stdout).toContain(`${path}:${marker}:1: the file holds 2 YAML documents`);
  });
});
