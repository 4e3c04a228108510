// YAML stops at a file's first syntax error; validate reads on past the entry it stands in, so
// that a file with a quote left open in one standard, a ": " in another and a misspelt field in
// a third is fixed in one round, every problem named in the file's order.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "ethics-past-syntax-"));
const file = join(folder, "pine.yaml");
const standards = [
  "      - number: 1", //                                  13
  "        txet: Staff shall not accept gifts.", //        14
  "      - number: 1", //                                  15
  "        text: Staff shall keep records.", //            16
  "      - number: 3", //                                  17
  '        text: "Staff shall not date participants.', //  18
  "      - number: 4", //                                  19
  "        text: Staff shall be kind: always.", //         20
  "      - number: 5", //                                  21
  "        text: Staff shall be honest.", //               22
];
writeFileSync(
  file,
  ["id: pine", "title: Pine Code", "shortName: Pine", "jurisdiction: Pine County", "numbering: source", "source:", "  document: Pine Code", "  issuer: Pine County", "sections:", "  - id: conduct", "    title: Conduct", "    standards:", ...standards, ""].join("\n"),
);

describe("validate on a file with two syntax errors and problems of the schema", () => {
  it("names them all in one run, in the file's order", () => {
    const result = ethics(["validate", file], { env: { COLUMNS: "1000" } });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 5).map((line) => line.slice(file.length).split(" ")[0])).toEqual([":13:9", ":14:9", ":15:17", ":18:15:", ":20:34:"]);
    expect(lines[1]).toContain("unknown field 'txet' — did you mean text?");
    expect(lines[2]).toContain("duplicate number 1 in section 'conduct'");
    expect(lines[3]).toContain("this quote is never closed");
    expect(lines[4]).toContain('": " in unquoted text starts a new key');
    expect(lines[5]).toBe("5 problems in 1 file");
    expect(result.stderr).toBe("ethics: 5 problems found\n");
    expect(result.code).toBe(1);
  });

  it("once they are fixed, finds the file valid: nothing was made up past them", () => {
    const fixed = join(folder, "fixed.yaml");
    const header = ["id: pine", "title: Pine Code", "shortName: Pine", "jurisdiction: Pine County", "numbering: source", "source:", "  document: Pine Code", "  issuer: Pine County", "sections:", "  - id: conduct", "    title: Conduct", "    standards:"];
    const mended = standards.map((line, at) =>
      at === 1 ? line.replace("txet:", "text:") : at === 2 ? line.replace("1", "2") : at === 5 ? `${line}"` : at === 7 ? '        text: "Staff shall be kind: always."' : line,
    );
    writeFileSync(fixed, [...header, ...mended, ""].join("\n"));
    const result = ethics(["validate", fixed]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("1 file valid\n");
    expect(result.code).toBe(0);
  });
});
