// `export --id` marks a copy's title and short name with its id, as the original's names would
// otherwise be two codes' names. A copy of a copy stacked the marks ("Alaska (my-alaska) (my2)");
// now each copy carries its own id alone, and names of the user's own stay as written.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

function namesOf(yaml: string): string[] {
  return yaml.split("\n").filter((line) => /^(title|shortName|  derivedFrom):/.test(line));
}

describe("export --id of a code that is itself a copy", () => {
  const first = mkdtempSync(join(tmpdir(), "ethics-copy-"));
  const second = mkdtempSync(join(tmpdir(), "ethics-copy-"));
  const copy = ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "my-alaska"]);
  writeFileSync(join(first, "my-alaska.yaml"), copy.stdout);

  it("the copy of the copy carries its own id, once", () => {
    const result = ethics(["--data", first, "export", "--format", "yaml", "--code", "my-alaska", "--id", "my2"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(namesOf(result.stdout)).toEqual([
      "title: Code of Ethics for Alaska Peer Support Professionals (my2)",
      "shortName: Alaska (my2)",
      "  derivedFrom: my-alaska",
    ]);
    writeFileSync(join(second, "my2.yaml"), result.stdout);
    // All three load side by side, each under a name of its own.
    const listed = ethics(["--data", first, "--data", second, "show", "my2", "conduct", "1"]);
    expect(listed.stderr).toBe("");
    expect(listed.stdout).toMatch(/^Alaska \(my2\) · Conduct 1\n/);
    expect(listed.code).toBe(0);
  });

  it("a name the user gave the copy is kept, and marked", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-copy-"));
    const renamed = copy.stdout.replace("title: Code of Ethics for Alaska Peer Support Professionals (my-alaska)", "title: Our agency's code").replace("shortName: Alaska (my-alaska)", "shortName: Ours");
    writeFileSync(join(folder, "my-alaska.yaml"), renamed);
    const result = ethics(["--data", folder, "export", "--format", "yaml", "--code", "my-alaska", "--id", "my3"]);
    expect(result.code).toBe(0);
    expect(namesOf(result.stdout)).toEqual(["title: Our agency's code (my3)", "shortName: Ours (my3)", "  derivedFrom: my-alaska"]);
  });
});
