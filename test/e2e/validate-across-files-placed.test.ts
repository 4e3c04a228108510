// Problems found across files (two codes answering to one name, a lineage naming no code) are
// placed at the field they are about, as every other problem is: they were "file path: …"
// without a line, and line 0, col 0 in --json, so an editor jumping to problems had nowhere to go.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics } from "./run.js";

/** The shared small code under another id, with aliases (its second line), and `more` lines after `document:`. */
function code(id: string, more: readonly string[] = []): string {
  const lines = RIVERSIDE_LINES.map((line) => (line === "id: riverside" ? `id: ${id}` : line));
  lines.splice(1, 0, "aliases: [rv]");
  lines.splice(lines.indexOf("  document: Riverside Code") + 1, 0, ...more);
  return lines.join("\n");
}

describe("validate places problems across files", () => {
  it("names two codes answer to, at their place in the second file", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-placed-"));
    writeFileSync(join(dir, "a.yaml"), code("river-one"));
    writeFileSync(join(dir, "b.yaml"), code("river-two"));
    const run = ethics(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("b.yaml:2:11 aliases[0]: 'rv' clashes with the alias of 'river-one'");
    expect(run.stdout).toContain("b.yaml:3:1 title: 'Riverside Code' clashes with the title of 'river-one'");
    expect(run.stdout).toContain("b.yaml:4:1 shortName: 'Riverside' clashes with the short name of 'river-one'");
    // In the file's order.
    expect(run.stdout.indexOf("b.yaml:3:1")).toBeLessThan(run.stdout.indexOf("b.yaml:4:1"));
    const problems = JSON.parse(ethics(["validate", dir, "--json"]).stdout).files[1].problems;
    expect(problems.map(({ path, line, col }: { path: string; line: number; col: number }) => [path, line, col])).toEqual([
      ["aliases[0]", 2, 11],
      ["title", 3, 1],
      ["shortName", 4, 1],
    ]);
  });

  it("a lineage naming no code, at derivedFrom under source", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-placed-"));
    writeFileSync(join(dir, "river.yaml"), code("river", ["  derivedFrom: alaskaa"]));
    const run = ethics(["validate", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("river.yaml:8:3 source.derivedFrom: no code 'alaskaa'");
  });
});
