// A standard's number is the source's, as it prints it: 12. YAML also reads 0x10, 0o17, 1e2,
// +1 and 1.0 as numbers (16, 15, 100, 1, 1), which no source prints: whoever wrote them meant
// something else, so each is a problem at its line:col saying what is expected, not a number.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** The fixture with boundaries 2 numbered as `written`, in a folder of its own. */
function codeNumbered(written: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-number-form-"));
  const file = join(dir, "riverside-agency.yaml");
  const text = fixture.replace("      - number: 2\n", `      - number: ${written}\n`);
  expect(text).not.toBe(fixture);
  writeFileSync(file, text);
  return { dir, file };
}

const line = fixture.split("\n").indexOf("      - number: 2") + 1;

describe("a standard numbered in a form other than plain decimal digits", () => {
  it.each([
    ["0x10", 16],
    ["0o17", 15],
    ["1e2", 100],
    ["+1", 1],
    ["1.0", 1],
  ])("%s is a problem at its line:col, in validate and --data", (written, read) => {
    const { dir, file } = codeNumbered(written);
    const expected = `${file}:${line}:17 sections[0].standards[1].number: expected a plain decimal number such as 12, not '${written}' (which YAML reads as ${read})`;
    const validate = ethics(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout.split("\n")[0]).toBe(expected);
    const data = ethics(["--data", dir, "list"]);
    expect(data.code).toBe(1);
    expect(data.stderr.replace(/\n +/g, " ")).toContain(expected);
  });

  it("1_000, a string to YAML, is said to be no number", () => {
    const { dir, file } = codeNumbered("1_000");
    const validate = ethics(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout.split("\n")[0]).toBe(`${file}:${line}:17 sections[0].standards[1].number: expected a whole number ≥ 1`);
  });

  it("plain digits are a number as before", () => {
    const { dir } = codeNumbered("3");
    expect(ethics(["validate", dir]).code).toBe(0);
  });
});
