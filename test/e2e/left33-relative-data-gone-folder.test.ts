// ETHICS_DATA entries that name no folder (missing, a file, unreadable) are a warning, the entry
// skipped and the rest read; a relative one run from a folder deleted under the shell was an
// error instead ("the current folder was deleted or moved", exit 1), so that with ETHICS_DATA
// set in a profile every command failed there, even `show` of a built-in code. It is now a
// warning like the others; `--data` with a relative path, typed for this run, stays an error.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runEnvironment } from "./run.js";

const parent = mkdtempSync(join(tmpdir(), "ethics-left33-gone-"));
const codes = join(parent, "codes");
mkdirSync(codes);
copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(codes, "riverside-agency.yaml"));

/** ethics run from a folder removed just before it starts (the shell's cd, then rmdir). */
function fromDeletedFolder(args: string[], env: NodeJS.ProcessEnv) {
  const gone = mkdtempSync(join(parent, "gone-"));
  const script = 'cd "$1" && rmdir "$1" && shift && exec "$@"';
  const result = spawnSync("sh", ["-c", script, "sh", gone, process.execPath, join(root, "bin/ethics.cjs"), ...args], { env: runEnvironment({ env }), encoding: "utf8", input: "" });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

const warning = "ethics: warning: ETHICS_DATA: 'codes' is relative, and the current folder was\n        deleted or moved; skipped\n";

describe("a relative ETHICS_DATA entry, run from a folder that was deleted", () => {
  it("is a warning, skipped; the built-in codes answer, exit 0", () => {
    const result = fromDeletedFolder(["show", "alaska", "conduct", "1"], { ETHICS_DATA: "codes" });
    expect(result.stdout).toMatch(/^Alaska · Conduct 1\n/);
    expect(result.stderr).toBe(warning);
    expect(result.code).toBe(0);
  });

  it("the other, absolute, entries are still read", () => {
    const result = fromDeletedFolder(["show", "riverside", "boundaries", "1"], { ETHICS_DATA: `codes:${codes}` });
    expect(result.stdout).toBe("Riverside · Boundaries 1\n  Will not accept gifts of more than token value from people they support.\n");
    expect(result.stderr).toBe(warning);
    expect(result.code).toBe(0);
  });

  it("--json: JSON alone on stdout, the warning on stderr", () => {
    const result = fromDeletedFolder(["list", "--json"], { ETHICS_DATA: "codes" });
    expect(JSON.parse(result.stdout).codes.map((code: { id: string }) => code.id)).toContain("alaska");
    expect(result.stderr).toBe(warning);
    expect(result.code).toBe(0);
  });

  it("--data with a relative path is still an error: it was typed for this run", () => {
    const result = fromDeletedFolder(["--data", "codes", "list"], { ETHICS_DATA: "codes" });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: the current folder was deleted or moved: no relative path can be found\n        from it\nhint: cd to a folder that exists, or give each path in full (from /)\n");
    expect(result.code).toBe(1);
  });
});
