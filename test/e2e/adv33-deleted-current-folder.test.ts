// A shell standing in a folder deleted under it (`cd build; rm -rf ../build`): every relative
// path ethics resolved there threw ENOENT from uv_cwd, reported as "internal error … this is a
// bug", exit 3. It is now said as what it is, with what to do, exit 1; absolute paths and the
// built-in codes, which need no current folder, still answer.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runEnvironment } from "./run.js";

const parent = mkdtempSync(join(tmpdir(), "ethics-adv33-gone-"));
const codes = join(parent, "codes");
mkdirSync(codes);
copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(codes, "riverside-agency.yaml"));

/** ethics run from a folder removed just before it starts (the shell's cd, then rmdir). */
function fromDeletedFolder(args: string[]) {
  const gone = mkdtempSync(join(parent, "gone-"));
  const script = 'cd "$1" && rmdir "$1" && shift && exec "$@"';
  const result = spawnSync("sh", ["-c", script, "sh", gone, process.execPath, join(root, "bin/ethics.cjs"), ...args], { env: runEnvironment({}), encoding: "utf8", input: "" });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

const gone = "ethics: the current folder was deleted or moved: no relative path can be found\n        from it\nhint: cd to a folder that exists, or give each path in full (from /)\n";

describe("run from a folder that was deleted", () => {
  it.each([
    [["--data", "codes", "list"]],
    [["--data", ".", "search", "gifts"]],
    [["validate", "draft.yaml"]],
    [["validate", "."]],
  ])("%j says the current folder is gone and what to do, exit 1", (args) => {
    const result = fromDeletedFolder(args);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(gone);
    expect(result.code).toBe(1);
  });

  // A relative ETHICS_DATA is a warning, the entry skipped, as any ETHICS_DATA entry that names
  // no folder: left33-relative-data-gone-folder.test.ts.

  it("absolute paths and the built-in codes need no current folder: they answer", () => {
    const shown = fromDeletedFolder(["--data", codes, "show", "riverside", "boundaries", "1"]);
    expect(shown.stdout).toBe("Riverside · Boundaries 1\n  Will not accept gifts of more than token value from people they support.\n");
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    const builtin = fromDeletedFolder(["show", "alaska", "conduct", "1"]);
    expect(builtin.stdout).toMatch(/^Alaska · Conduct 1\n/);
    expect(builtin.code).toBe(0);
  });
});
