// A file with a problem the schema finds and a concept tag that names no concept (or repeats
// one): `validate` names them all in one run, in the order of the file, so that a user fixes the
// file in one round rather than meeting the tags' problems only after the schema's are gone.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "ethics-one-round-"));
const file = join(folder, "odd.yaml");
writeFileSync(
  file,
  `id: odd-code
title: Odd Code
shortName: Odd
jurisdiction: Test
source: {document: Odd Code}
sections:
  - id: boundaries
    title: Boundaries
    standards:
      - {number: 1, text: "Will not lend money.", concepts: [lending-mony]}
      - {number: 2, text: ""}
      - {number: 3, text: "Will not accept gifts.", concepts: [accepting-gifts, accepting-gifts]}
      - {number: 4, text: "Will keep touch professional.", concepts: [boundaries]}
`,
);

describe("validate with problems of the schema and of concept tags in one file", () => {
  it("names every problem in one run, in the file's order", () => {
    const result = ethics(["validate", folder], { env: { COLUMNS: "1000" } });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 4).map((line) => line.slice(file.length).split(" ")[0])).toEqual([":10:62", ":11:28", ":12:81", ":13:71"]);
    expect(lines[0]).toContain("no concept 'lending-mony'");
    expect(lines[1]).toContain("sections[0].standards[1].text: expected text, got an empty string");
    expect(lines[2]).toContain("'accepting-gifts' is tagged twice on this standard: remove one");
    expect(lines[3]).toContain("'boundaries' is a topic");
    expect(lines[4]).toBe("4 problems in 1 file");
    expect(result.stderr).toBe("ethics: 4 problems found\n");
    expect(result.code).toBe(1);
  });
});
