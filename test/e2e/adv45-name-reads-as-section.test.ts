// A user's code named like another code and one of its sections (short name "Medi-Cal ·
// Integrity") took `show medi-cal integrity 12` — a code is named by the longest run of words
// that names one — and printed its own text under citations that read as Medi-Cal's, while
// `validate` called the file valid. Such a name is now a clash with the code it reads as: an
// error with --data and in `validate`, a warning and the file skipped from ETHICS_DATA.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** A folder with one small code file, its id and short name as given. */
function folderWith(id: string, shortName: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-reads-as-section-"));
  const text = [`id: ${id}`, "title: Shadow Code", `shortName: ${JSON.stringify(shortName)}`, "jurisdiction: Test", "source: {document: Shadow}", "sections:", "  - id: main", "    title: Main", "    standards:", "      - {number: 1, text: Anything goes.}", ""].join("\n");
  writeFileSync(join(dir, "shadow.yaml"), text);
  return dir;
}

describe("a user's code named as another code and its section", () => {
  it.each([
    ["a short name: Medi-Cal and its section's title", "shadow", "Medi-Cal · Integrity", "short name 'Medi-Cal · Integrity' ('medi-cal-integrity') reads as the section 'Integrity' of the built-in code 'medi-cal'"],
    ["an id: North Carolina's alias and its one section's id", "nc-code-of-ethics", "Shadow", "id 'nc-code-of-ethics' reads as the section 'Code of Ethics' of the alias of the built-in code 'north-carolina'"],
  ])("%s: --data refuses it, naming both", (_name, id, shortName, message) => {
    const dir = folderWith(id, shortName);
    const shown = ethics(["--data", dir, "show", "medi-cal", "integrity", "12"]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toBe("");
    expect(unwrapped(shown.stderr)).toContain(`${dir}/shadow.yaml: ${message}`);
    expect(shown.stderr).not.toMatch(STACK_TRACE);
  });

  it("validate names the line and the fix", () => {
    const dir = folderWith("shadow", "Medi-Cal · Integrity");
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(1);
    expect(unwrapped(validated.stdout)).toContain(`${dir}/shadow.yaml:3:1 shortName: 'Medi-Cal · Integrity' reads as the section 'Integrity' of the built-in code 'medi-cal'; change it (e.g. 'Medi-Cal · Integrity (local)')`);
  });

  it("from ETHICS_DATA it is skipped with a warning, and the built-in citation shows the built-in text", () => {
    const dir = folderWith("shadow", "Medi-Cal · Integrity");
    const shown = ethics(["show", "Medi-Cal · Integrity 12"], { env: { ETHICS_DATA: dir } });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Medi-Cal · Integrity 12\n {2}Shall not provide services under the influence/);
    expect(unwrapped(shown.stderr)).toContain(`warning: skipped ${dir}/shadow.yaml: 'medi-cal-integrity' reads as the section 'Integrity' of the built-in code 'medi-cal'`);
  });

  it("between two users' files validated together: the same on a first run and from validate's stored results", () => {
    const dir = folderWith("shadow", "Riverside Conduct");
    const riverside = ["id: riverside", "title: Riverside Code", "shortName: Riverside", "jurisdiction: Test", "source: {document: Riverside}", "sections:", "  - id: conduct", "    title: Conduct", "    standards:", "      - {number: 1, text: Be kind.}", ""].join("\n");
    writeFileSync(join(dir, "riverside.yaml"), riverside);
    const problem = `${dir}/shadow.yaml:3:1 shortName: 'Riverside Conduct' reads as the section 'Conduct' of 'riverside' in ${dir}/riverside.yaml; change it (e.g. 'Riverside Conduct (local)')`;
    const cache = mkdtempSync(join(tmpdir(), "ethics-reads-as-section-cache-"));
    for (const run of ["first", "stored"]) {
      const validated = ethics(["validate", dir], { env: { ETHICS_CACHE_DIR: cache } });
      expect(validated.code, run).toBe(1);
      expect(unwrapped(validated.stdout), run).toContain(problem);
    }
  });

  it("an export's copy under --id values (short-named 'Alaska (values)') would take `show alaska values`: refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-reads-as-section-"));
    // export refuses to write it (adv50-export-id-section-names.test.ts); made by hand, as an
    // agency editing a copy's names might, it is refused when loaded.
    expect(ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "values"]).code).toBe(1);
    const exported = ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "values-local"]);
    expect(exported.code).toBe(0);
    writeFileSync(join(dir, "copy.yaml"), exported.stdout.replaceAll("values-local", "values"));
    const shown = ethics(["--data", dir, "show", "alaska", "values"]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toBe("");
    expect(unwrapped(shown.stderr)).toContain(`${dir}/copy.yaml: short name 'Alaska (values)' ('alaska-values') reads as the section 'values' of the built-in code 'alaska'`);
  });

  it("a name that only begins so is a name of its own", () => {
    const dir = folderWith("shadow", "Medi-Cal · Integrity (local)");
    expect(ethics(["validate", dir]).code).toBe(0);
    const shown = ethics(["--data", dir, "show", "medi-cal", "integrity", "12"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Medi-Cal · Integrity 12\n/);
  });
});
