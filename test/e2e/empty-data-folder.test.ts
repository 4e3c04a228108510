// A --data folder with no code file of its own (the codes one level down, or the wrong folder)
// answers with the built-in codes alone: a warning says so, since the user named it.
import { mkdirSync, mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

describe("a data folder with no code file of its own", () => {
  const folder = mkdtempSync(join(tmpdir(), "ethics-empty-"));
  mkdirSync(join(folder, "codes"));
  copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(folder, "codes/riverside-agency.yaml"));
  const builtIn = ethics(["list"]);

  it("--data: the built-in codes answer, and a warning names the folder", () => {
    const result = ethics(["--data", folder, "list"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(builtIn.stdout);
    expect(result.stderr.replace(/\n {8}/g, " ")).toBe(`ethics: warning: '${folder}' has no .yaml or .yml code files (folders inside it are not read); only the built-in codes are used\n`);
  });

  it("ETHICS_DATA: quiet, as a folder kept for codes to come", () => {
    const result = ethics(["list"], { env: { ETHICS_DATA: folder } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(builtIn.stdout);
    expect(result.stderr).toBe("");
  });

  it("a folder with a code of its own: no warning", () => {
    const result = ethics(["--data", join(folder, "codes"), "list"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("riverside-agency");
  });
});
