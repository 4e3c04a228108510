// Two files whose names differ only by a character the output keeps raw in text (a soft hyphen,
// which a terminal shows as nothing): a clash between their codes named the same file twice, to
// the eye. In a file name, and in a code's names quoted in a clash, it is written as its code
// point; a path in a command to paste is escaped as the shell reads it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, unwrapped } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const SOFT = "\u00ad";

describe("file names that look alike in a clash message", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-look-alike-"));
  writeFileSync(join(dir, "items.yaml"), riverside);
  writeFileSync(join(dir, `ite${SOFT}ms.yaml`), riverside);

  it("validate names the file with its soft hyphen shown, beside the file it clashes with", () => {
    const result = ethics(["validate", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${dir}/ite<U+00AD>ms.yaml:2:1 id: 'riverside-agency' clashes with 'riverside-agency' in ${dir}/items.yaml; rename it`);
    expect(result.stdout).not.toContain(SOFT);
  });

  it("--data says it in the error and in the hint", () => {
    const result = ethics(["--data", dir, "list"]);
    expect(result.code).toBe(1);
    const said = unwrapped(result.stderr);
    expect(said).toContain(`ethics: ${dir}/ite<U+00AD>ms.yaml: id 'riverside-agency' clashes with the user code 'riverside-agency' in ${dir}/items.yaml`);
    expect(said).toContain(`hint: rename it in ${dir}/ite<U+00AD>ms.yaml`);
    expect(result.stderr).not.toContain(SOFT);
  });

  it("a file of the other's name, checked against the folder, says whose it is with the hyphen shown", () => {
    const other = mkdtempSync(join(tmpdir(), "ethics-look-alike-"));
    writeFileSync(join(other, `ite${SOFT}ms.yaml`), riverside);
    const result = ethics(["--data", other, "validate", join(dir, "items.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`in ${other}/ite<U+00AD>ms.yaml`);
    expect(result.stdout).not.toContain(SOFT);
  });

  it("a short name with a soft hyphen, clashing, is shown with it", () => {
    const names = mkdtempSync(join(tmpdir(), "ethics-look-alike-"));
    writeFileSync(join(names, "riverside-agency.yaml"), riverside);
    writeFileSync(join(names, "lakeside.yaml"), riverside.replace("id: riverside-agency", "id: lakeside").replace(/^aliases:.*$/m, "aliases: []").replace(/^title: .*$/m, "title: Lakeside code").replace(/^shortName: .*$/m, `shortName: River${SOFT}side`));
    const result = ethics(["validate", names]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/shortName: 'River<U\+00AD>side' clashes with/);
  });

  it("a folder of such a name, in a command to paste, is escaped as the shell reads it", () => {
    const parent = mkdtempSync(join(tmpdir(), "ethics-look-alike-"));
    const folder = join(parent, `co${SOFT}des`);
    mkdirSync(folder);
    writeFileSync(join(folder, "broken.yaml"), "id: broken\ntitle: [unclosed\n");
    const result = ethics(["--data", folder, "list"]);
    expect(result.code).toBe(1);
    expect(unwrapped(result.stderr)).toContain(`\`ethics validate $'${parent}/co\\302\\255des'\``);
    expect(result.stderr).not.toContain(SOFT);
  });
});
