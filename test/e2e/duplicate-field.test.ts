// A field written twice (a second `text:` pasted under a standard) was "this key appears twice in
// one mapping": neither which key nor where the first one is. Both are said now, with the fix.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const folder = mkdtempSync(join(tmpdir(), "ethics-duplicate-field-"));
const file = join(folder, "county.yaml");
writeFileSync(
  file,
  ["id: county", "title: County Code", "shortName: County", "jurisdiction: A county", "source:", "  document: County Code", "sections:", "  - id: rules", "    title: Rules", "    standards:", "      - number: 1", "        text: Will not lend or borrow money from people they support.", "        text: Will not lend money.", ""].join("\n"),
);
// In a list of standards the second may be a standard whose `- ` was left out: said first.
const said = "'text' is written twice in one standard (first at line 12, column 9): a new standard's '- ' may be missing at line 13, column 7 (- text:); else keep one of them, or join their words in one";

describe("a field written twice", () => {
  it("validate names the field, both places and the fix", () => {
    const { stdout, code } = ethics(["validate", folder]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:13:9: ${said}`);
  });

  it("any other command refuses the file so, within 80 columns, with no stack trace", () => {
    const { stdout, stderr, code } = ethics(["--data", folder, "list"], { env: { COLUMNS: "80" } });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(stderr)).toContain(said);
    for (const line of stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });
});
