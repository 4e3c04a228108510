// `export --format yaml --code medi-cal --id respect` wrote a copy whose short name, "Medi-Cal
// (respect)", reads as Medi-Cal's section Respect: exit 0, and the file then failed `validate`
// and every `--data` run. The id is refused before anything is written, with one that loads.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE } from "./run.js";

describe("export --id that would read as a code's section", () => {
  it.each([
    ["medi-cal", "respect", "--id 'respect' makes the copy's short name 'Medi-Cal (respect)', which\n        reads as the section 'Respect' of the built-in code 'medi-cal'\nhint: choose another id, e.g. --id respect-local\n"],
    ["medi-cal", "medi-cal-integrity", "--id 'medi-cal-integrity' reads as the section 'Integrity' of the\n        built-in code 'medi-cal'\nhint: choose another id, e.g. --id medi-cal-integrity-local\n"],
  ])("%s --id %s: refused, nothing written", (code, id, message) => {
    const result = ethics(["export", "--format", "yaml", "--code", code, "--id", id]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).toBe(`ethics: ${message}`);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(1);
  });

  it("the id the hint gives writes a copy that validates and loads", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-adv50-"));
    const exported = ethics(["export", "--format", "yaml", "--code", "wisconsin", "--id", "code-of-conduct-local"]);
    expect(exported.code).toBe(0);
    writeFileSync(join(folder, "copy.yaml"), exported.stdout);
    expect(ethics(["validate", folder])).toMatchObject({ code: 0, stdout: "1 file valid\n" });
    expect(ethics(["--data", folder, "list", "code-of-conduct-local", "--json"]).code).toBe(0);
  });
});
