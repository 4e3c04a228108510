// Output sent into a code file the run reads: `>` had the shell empty it before ethics began
// (reported only as "the file is empty"), `>>` had ethics write a second code, or validate's
// "1 file valid", after the first (a file that failed on the next run). Refused as GNU cat
// refuses "input file is output file": the file named, nothing written, exit 1.
// An export of one code file into the file a `>` made or emptied for it is the exception
// (export-into-data-folder.test.ts).
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, runEnvironment, type RunResult } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A folder holding the riverside code, and a file outside it. */
function folder(): { dir: string; code: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-output-into-input-"));
  const code = join(dir, "riverside-agency.yaml");
  writeFileSync(code, riverside);
  return { dir, code, outside: join(mkdtempSync(join(tmpdir(), "ethics-output-elsewhere-")), "out.yaml") };
}

/** ethics with stdout on `file`, opened as a shell's `>` ("w") or `>>` ("a") opens it. */
function ethicsInto(file: string, flags: "w" | "a", args: string[]): RunResult {
  const fd = openSync(file, flags);
  try {
    const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), ...args], { env: runEnvironment({}), stdio: ["ignore", fd, "pipe"], encoding: "utf8", timeout: 60_000 });
    return { stdout: "", stderr: result.stderr, code: result.status ?? -1 };
  } finally {
    closeSync(fd);
  }
}

/** stderr with its lines joined: a long path is wrapped at 80 columns. */
const said = (result: { stderr: string }) => result.stderr.replace(/\s+/g, " ");

describe("output sent into a code file that is read", () => {
  it.each([
    ["export --format yaml", ["export", "--format", "yaml", "--code", "riverside"]],
    ["show", ["show", "riverside"]],
    ["list", ["list"]],
  ])("by >> (%s): refused, the file as it was", (_, args) => {
    const { dir, code } = folder();
    const result = ethicsInto(code, "a", ["--data", dir, ...args]);
    expect(result.code).toBe(1);
    expect(said(result)).toBe(`ethics: the output file is a code file ethics reads: ${code} hint: write to a file outside the folder, then move it over: … > new.yaml && mv new.yaml ${code} `);
    expect(readFileSync(code, "utf8")).toBe(riverside);
  });

  it("by >: refused, and said that the shell emptied it", () => {
    const { dir, code } = folder();
    const result = ethicsInto(code, "w", ["--data", dir, "show", "riverside"]);
    expect(result.code).toBe(1);
    expect(said(result)).toContain(`the output file is a code file ethics reads: ${code} (now empty: a shell's > empties its file before the command starts)`);
    expect(result.stderr).not.toContain("the file is empty");
    expect(readFileSync(code, "utf8")).toBe("");
  });

  it("by > from an export of the code the file held: no such code, since the shell emptied it first", () => {
    const { dir, code } = folder();
    const result = ethicsInto(code, "w", ["--data", dir, "export", "--format", "yaml", "--code", "riverside"]);
    expect(result.code).toBe(1);
    expect(said(result)).toContain(`no code 'riverside': the output file ${code} is a code file ethics reads, and the shell emptied it before ethics could read it (a shell's > empties its file before the command starts)`);
    expect(result.stderr).not.toContain("the file is empty");
    expect(readFileSync(code, "utf8")).toBe("");
  });

  it("by > into a new file of the folder, from a command that writes no code: refused; the empty file left is skipped by name, the hint's way works, validate reports it", () => {
    const { dir, outside } = folder();
    const left = join(dir, "new.yaml");
    const args = ["--data", dir, "export", "--format", "yaml", "--code", "riverside", "--id", "riverside-two"];
    const refused = ethicsInto(left, "w", ["--data", dir, "list"]);
    expect(refused.code).toBe(1);
    expect(said(refused)).toContain(`the output file is a code file ethics reads: ${left} (now empty`);
    expect(readFileSync(left, "utf8")).toBe("");
    // Every later run over the folder answered "the file is empty", exit 1, the hint's way included.
    const skipped = `ethics: warning: skipped ${left}: the file is empty (no code in it); write a code in it, or delete it `;
    const shown = ethics(["--data", dir, "show", "riverside", "boundaries", "1"]);
    expect(said(shown)).toBe(skipped);
    expect(shown.stdout).toBe("Riverside · Boundaries 1\n  Will not accept gifts of more than token value from people they support.\n");
    expect(shown.code).toBe(0);
    const exported = ethicsInto(outside, "w", args);
    expect(said(exported)).toBe(skipped);
    expect(exported.code).toBe(0);
    renameSync(outside, left);
    const listed = ethics(["--data", dir, "list", "riverside-two"]);
    expect(listed.stderr).toBe("");
    expect(listed.code).toBe(0);
    // Emptied again: validate still calls it a problem, by file and line.
    writeFileSync(left, "");
    const validated = ethics(["validate", dir]);
    expect(validated.stdout).toBe(`${left}:1:1: the file is empty; expected a code (id, title, sections, …)\n1 problem in 1 of 2 files\n`);
    expect(validated.code).toBe(1);
  });

  it("under another name (a link beside it): the code file is named", () => {
    const { dir, code } = folder();
    symlinkSync("riverside-agency.yaml", join(dir, "notes.txt"));
    const result = ethicsInto(join(dir, "notes.txt"), "a", ["--data", dir, "show", "riverside", "boundaries", "1"]);
    expect(result.code).toBe(1);
    expect(said(result)).toContain(`reads: ${code} hint:`);
    expect(readFileSync(code, "utf8")).toBe(riverside);
  });

  it("from ETHICS_DATA as from --data", () => {
    const { dir, code } = folder();
    const fd = openSync(code, "a");
    const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), "list"], { env: runEnvironment({ env: { ETHICS_DATA: dir } }), stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    closeSync(fd);
    expect(result.status).toBe(1);
    expect(said(result)).toContain(`reads: ${code} hint:`);
    expect(readFileSync(code, "utf8")).toBe(riverside);
  });

  it("by validate, of the folder or of the file: refused, the file as it was", () => {
    const { dir, code } = folder();
    for (const path of [dir, code]) {
      const result = ethicsInto(code, "a", ["validate", path]);
      expect(result.code).toBe(1);
      expect(said(result)).toContain(`the output file is a code file ethics reads: ${code} hint:`);
      expect(readFileSync(code, "utf8")).toBe(riverside);
    }
  });

  it("is the only output refused: a file outside the folder, or in it but not a code, is written", () => {
    const { dir, outside } = folder();
    for (const file of [outside, join(dir, "notes.txt")]) {
      const result = ethicsInto(file, "w", ["--data", dir, "show", "riverside", "boundaries", "1"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(readFileSync(file, "utf8")).toBe("Riverside · Boundaries 1\n  Will not accept gifts of more than token value from people they support.\n");
      const validated = ethicsInto(file, "w", ["validate", dir]);
      expect(validated.code).toBe(0);
      expect(readFileSync(file, "utf8")).toBe("1 file valid\n");
    }
  });
});
