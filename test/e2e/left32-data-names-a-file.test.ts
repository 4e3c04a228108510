// `--data my-codes/riverside.yaml` (a file where a folder belongs) was told only that --data
// takes directories; the hint now names the file's folder as typed, to run again with, and
// `validate` for checking the one file.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shellPath } from "../../src/core/shell-path.js";
import { ethics, unwrapped } from "./run.js";

describe("--data naming a code file", () => {
  const home = mkdtempSync(join(tmpdir(), "ethics-data-file-"));
  mkdirSync(join(home, "my codes"));
  const code = ethics(["export", "--format", "yaml", "--code", "wi", "--id", "my-wi"]).stdout;
  writeFileSync(join(home, "my codes", "my-wi.yaml"), code);

  it.each([
    ["a path into a folder", join("my codes", "my-wi.yaml")],
    ["a file of the current folder", "my-wi.yaml"],
  ])("%s: the hint names the folder that holds it", (_, typed) => {
    const cwd = typed.startsWith("my codes") ? home : join(home, "my codes");
    const folder = join(home, "my codes");
    const result = ethics(["--data", typed, "list"], { cwd });
    expect(result.stdout).toBe("");
    const fixed = `ethics --data ${shellPath(folder)}`;
    expect(unwrapped(result.stderr)).toBe(
      `ethics: '${join(folder, "my-wi.yaml")}' is not a directory\nhint: --data takes a folder: \`${fixed} list\` reads the one that holds it, and \`${fixed} validate ${shellPath(join(folder, "my-wi.yaml"))}\` checks the file\n`,
    );
    expect(result.code).toBe(1);
    // The hint's folder works.
    const retried = ethics(["--data", folder, "show", "my-wi", "1"], { cwd });
    expect(retried.stderr).toBe("");
    expect(retried.stdout).toMatch(/^Wisconsin \(my-wi\) 1\n/);
  });

  it("from ETHICS_DATA: a warning naming the file's folder, and the rest answers", () => {
    const path = join(home, "my codes", "my-wi.yaml");
    const result = ethics(["show", "wi", "1"], { env: { ETHICS_DATA: path } });
    expect(result.stdout).toMatch(/^Wisconsin 1\n/);
    expect(result.stderr.replace(/\n {8}/g, " ")).toBe(`ethics: warning: ETHICS_DATA: '${path}' is not a folder: a file, in the folder '${join(home, "my codes")}'; skipped\n`);
    expect(result.code).toBe(0);
  });

  it("a device is no file: the general hint", () => {
    const result = ethics(["--data", "/dev/null", "list"]);
    expect(result.stderr).toBe("ethics: '/dev/null' is not a directory\nhint: --data and ETHICS_DATA take directories of YAML code files\n");
    expect(result.code).toBe(1);
  });
});
