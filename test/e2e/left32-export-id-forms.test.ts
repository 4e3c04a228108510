// `export --id ＭＹ-alaska` and `--id My-Alaska` were refused as no ids, while `show` reads both
// as my-alaska. The id is now read as names are (full-width as plain letters, in lowercase),
// written so, and named on stderr; other marks (My_Code) are still refused, naming the id meant.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n {6,8}/g, " ");

describe("export --id in the forms lookups read", () => {
  it.each([
    ["ＭＹ-alaska", "my-alaska"],
    ["My-Alaska", "my-alaska"],
    ["Ｍｙ-Ａｌａｓｋａ２", "my-alaska2"],
  ])("%s is written as %s, said on stderr, and loads", (typed, id) => {
    const result = ethics(["export", "--format", "yaml", "--code", "alaska", "--id", typed]);
    expect(result.code).toBe(0);
    expect(unwrap(result.stderr)).toBe(`ethics: warning: --id '${typed}' is written ${id}, as names are read (ids are lowercase plain letters)\n`);
    expect(result.stdout).toContain(`\nid: ${id}\n`);
    expect(result.stdout).toContain(`\nshortName: Alaska (${id})\n`);
    const folder = mkdtempSync(join(tmpdir(), "ethics-id-form-"));
    writeFileSync(join(folder, `${id}.yaml`), result.stdout);
    // The name typed reaches the code written.
    const shown = ethics(["--data", folder, "show", typed, "conduct", "1"]);
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toMatch(new RegExp(`^Alaska \\(${id}\\) · Conduct 1\\n`));
  });

  it("an id typed as written: no word on stderr", () => {
    const result = ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "my-alaska"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it.each([
    ["My_Code", "hint: e.g. --id my-code\n"],
    ["my code", "hint: e.g. --id my-code\n"],
  ])("%s: other marks than case and width are refused, naming the id meant", (typed, hint) => {
    const result = ethics(["export", "--format", "yaml", "--code", "alaska", "--id", typed]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: --id '${typed}' is not an id: expected lowercase letters, digits and single hyphens (e.g. 'my-agency')\n${hint}`);
    expect(result.code).toBe(2);
  });

  it("a full-width id an existing code answers to is taken, as named", () => {
    const result = ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "ＷＩ"]);
    expect(result.stderr).toBe("ethics: --id 'wi' is already an alias of wisconsin\nhint: choose an id no loaded code uses (`ethics list` shows them)\n");
    expect(result.code).toBe(1);
  });
});
