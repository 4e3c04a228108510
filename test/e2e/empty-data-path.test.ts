// `--data "$DIR"` with DIR unset or empty is `--data ""`: a path that names nothing, not the
// current folder (which resolving "" gives). Read as the current folder, whatever codes happen
// to be there were added without a word; it is a usage error, as `--code ''` is.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

describe("--data with an empty value", () => {
  const cwd = mkdtempSync(join(tmpdir(), "ethics-empty-data-"));
  copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(cwd, "riverside-agency.yaml"));

  it("is a usage error, and the current folder's codes are not read", () => {
    const result = ethics(["--data", "", "list"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: --data needs a directory\nhint: e.g. --data my-codes; an empty value (an unset variable?) names none\n");
  });

  it("--data= alike; a real folder after it is read as before", () => {
    expect(ethics(["--data=", "list"], { cwd }).code).toBe(2);
    const result = ethics(["--data", ".", "list"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("riverside-agency");
  });
});

describe("completion with --data '' typed", () => {
  it("offers the built-in codes, reading no folder", () => {
    const cwd = mkdtempSync(join(tmpdir(), "ethics-empty-data-complete-"));
    copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(cwd, "riverside-agency.yaml"));
    const result = ethics(["__complete", "--current", "", "--", "--data", "", "show"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toContain("medi-cal");
    expect(result.stdout).not.toContain("riverside");
    expect(result.stderr).toBe("");
  });
});

describe("validate with an empty path", () => {
  it.each([[[""]], [["test/fixtures/user-codes", ""]]])("%j: a usage error, naming what is wrong", (paths) => {
    const result = ethics(["validate", ...paths]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: validate needs a file or directory, not an empty path\nhint: e.g. `ethics validate my-codes/`; an empty value (an unset variable?)\n      names none\n");
  });
});
