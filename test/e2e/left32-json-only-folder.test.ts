// A --data folder holding only .json files (codes saved with `export --format json`) was told it
// had no .yaml files, as if it were empty: the warning, and `validate`, now name the .json files
// as not read and say what makes them codes (JSON is YAML, so a .yaml name is all it takes).
import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n {8}/g, " ");

describe("a --data folder of .json files only", () => {
  const exported = ethics(["export", "--format", "json", "--code", "alaska", "--id", "my-json"]).stdout;
  const builtIn = ethics(["list"]).stdout;

  it("one file: the warning names it and the .yaml name that would be read", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-json-"));
    writeFileSync(join(folder, "mine.json"), exported);
    const result = ethics(["--data", folder, "list"]);
    expect(result.stdout).toBe(builtIn);
    expect(unwrap(result.stderr)).toBe(
      `ethics: warning: '${folder}' has no .yaml or .yml code files; mine.json is not read (JSON is YAML: named mine.yaml, it would be); only the built-in codes are used\n`,
    );
    expect(result.code).toBe(0);

    const validated = ethics(["validate", folder]);
    expect(validated.stdout).toBe(`${folder}: no .yaml or .yml code files in this directory; mine.json is not read (JSON is YAML: named mine.yaml, it would be)\n1 problem in 1 file\n`);
    expect(validated.code).toBe(1);

    // The advice holds: renamed, the same bytes are a code.
    renameSync(join(folder, "mine.json"), join(folder, "mine.yaml"));
    const renamed = ethics(["--data", folder, "show", "my-json", "conduct", "1"]);
    expect(renamed.stderr).toBe("");
    expect(renamed.stdout).toMatch(/^Alaska \(my-json\) · Conduct 1\n/);
    expect(renamed.code).toBe(0);
  });

  it("several: the first three named and the rest counted", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-json-"));
    for (const name of ["a", "b", "c", "d", "e"]) writeFileSync(join(folder, `${name}.json`), "{}");
    const result = ethics(["--data", folder, "list"]);
    expect(unwrap(result.stderr)).toBe(
      `ethics: warning: '${folder}' has no .yaml or .yml code files; a.json, b.json, c.json and 2 more are not read (JSON is YAML: named .yaml, they would be); only the built-in codes are used\n`,
    );
    expect(result.code).toBe(0);
  });

  it("no .json files: the warning as before", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-json-"));
    const result = ethics(["--data", folder, "list"]);
    expect(unwrap(result.stderr)).toBe(`ethics: warning: '${folder}' has no .yaml or .yml code files (folders inside it are not read); only the built-in codes are used\n`);
  });
});
