// A file nested deeper than the loader reads (a generated file gone wrong, or an attack on the
// parser's stack) is a problem where the nesting passes the limit, saying what a code file may
// be, not the parser's "nesting exceeded maxDepth (64)".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a code file nested too deep", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-deep-"));
  const file = join(dir, "deep.yaml");
  writeFileSync(file, `id: deep\ntitle: Deep\nsections:\n  - ${"[".repeat(70)}${"]".repeat(70)}\n`);
  const expected = `${file}:4:66: nested more than 64 levels deep; a code file is at most 64 levels deep (sections, standards and items need 8)`;

  it("validate says how deep a code file may be, and where", () => {
    const result = ethics(["validate", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(expected);
    expect(result.stdout).not.toContain("maxDepth");
  });

  it("--data says the same", () => {
    const result = ethics(["--data", dir, "list"]);
    expect(result.code).toBe(1);
    expect(result.stderr.replace(/\n +/g, " ")).toContain(expected);
  });
});
