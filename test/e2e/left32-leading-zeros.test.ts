// An unquoted 01 or 007 as a standard's number was read as 1 or 7 without a word, the file then
// showing a number other than the one written. A leading zero is no source's form, and YAML 1.1
// tools (PyYAML, under yamllint and Ansible) read it otherwise: 010 as octal 8, 09 as text,
// which yamllint's octal-values rule and ansible-lint's risky-octal warn of. So it is a problem
// at its line:col, as 0x10 is, saying what each reads and what to write.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const line = fixture.split("\n").indexOf("      - number: 2") + 1;

function codeNumbered(written: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-leading-zero-"));
  const file = join(dir, "riverside-agency.yaml");
  const text = fixture.replace("      - number: 2\n", `      - number: ${written}\n`);
  expect(text).not.toBe(fixture);
  writeFileSync(file, text);
  return { dir, file };
}

describe("a standard's number written with a leading zero", () => {
  it.each([
    ["02", "which YAML reads as 2, and YAML 1.1 tools such as PyYAML as octal): write 2"],
    ["007", "which YAML reads as 7, and YAML 1.1 tools such as PyYAML as octal): write 7"],
    ["010", "which YAML reads as 10, and YAML 1.1 tools such as PyYAML as octal 8): write 10"],
    ["09", "which YAML reads as 9, and YAML 1.1 tools such as PyYAML as the text '09'): write 9"],
  ])("%s: a problem in validate and from --data, nothing shown", (written, says) => {
    const { dir, file } = codeNumbered(written);
    const expected = `${file}:${line}:17 sections[0].standards[1].number: expected a plain decimal number such as 12, not '${written}' (${says}`;
    const validate = ethics(["validate", dir]);
    expect(validate.stdout).toBe(`${expected}\n1 problem in 1 file\n`);
    expect(validate.stderr).toBe("ethics: 1 problem found\n");
    expect(validate.code).toBe(1);
    const shown = ethics(["--data", dir, "show", "riverside-agency", "boundaries", "2"]);
    expect(shown.stdout).toBe("");
    expect(shown.stderr.replace(/\n +/g, " ")).toContain(expected);
    expect(shown.code).toBe(1);
  });

  it("quoted, it is text, which a number may not be: the number to write is named", () => {
    const { file, dir } = codeNumbered('"02"');
    const validate = ethics(["validate", dir]);
    expect(validate.stdout.split("\n")[0]).toBe(`${file}:${line}:18 sections[0].standards[1].number: expected a number, not the text '02': write 2 (no leading zero), without quotes`);
    expect(validate.code).toBe(1);
  });

  it("written plainly, the same code loads and shows the number", () => {
    const { dir } = codeNumbered("2 # was 02");
    const shown = ethics(["--data", dir, "show", "riverside-agency", "boundaries", "2"]);
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toMatch(/^Riverside · Boundaries 2\n  Will not lend or borrow money/);
    expect(shown.code).toBe(0);
  });
});
