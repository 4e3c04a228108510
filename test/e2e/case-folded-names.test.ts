// Names are compared as slugs, folded as Unicode folds case: "Medı-Cal" (Turkish dotless ı)
// answers to medi-cal as "MEDİ-CAL" does, and "Straße" to strasse, so neither can take a name
// another code answers to. What a slug keeps apart, other scripts' letters, stays apart.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A folder of codes made from the fixture, each with its own id, alias and short name. */
function folderOf(codes: { id: string; shortName: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-folded-"));
  for (const { id, shortName } of codes) {
    const text = fixture
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^aliases: .*$/m, `aliases: [${id}-alias]`)
      .replace(/^title: .*$/m, `title: ${id} code`)
      .replace(/^shortName: .*$/m, `shortName: ${shortName}`);
    writeFileSync(join(dir, `${id}.yaml`), text);
  }
  return dir;
}

describe("names folded as Unicode folds case", () => {
  it("'Medı-Cal' clashes with the built-in medi-cal", () => {
    const dir = folderOf([{ id: "turkish", shortName: "Medı-Cal" }]);
    const validate = ethics(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain("shortName: 'Medı-Cal' clashes with the built-in code 'medi-cal': both answer to 'medi-cal'");
    const data = ethics(["--data", dir, "list"]);
    expect(data.code).toBe(1);
    expect(data.stderr).toContain("clashes with the built-in code 'medi-cal'");
  });

  it("'Straße' clashes with 'Strasse'", () => {
    const dir = folderOf([
      { id: "first", shortName: "Strasse" },
      { id: "second", shortName: "Straße" },
    ]);
    const validate = ethics(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain("both answer to 'strasse'");
  });

  it("a reference typed with ı (a Turkish keyboard's lowercase I) finds the code", () => {
    const result = ethics(["show", "medı-cal", "integrity", "12"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12"]).stdout);
  });

  it("other scripts' look-alikes stay apart: Cyrillic а is not Latin a", () => {
    const dir = folderOf([{ id: "cyrillic", shortName: "Аlaska" }]);
    expect(ethics(["validate", dir]).code).toBe(0);
  });
});
