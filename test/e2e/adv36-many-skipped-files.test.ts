// A data folder of 5,000 empty files (placeholders, a sync gone wrong): every run wrote 10,000
// lines of warnings, one skipped file each, before its answer; so did an ETHICS_DATA file of
// thousands of problems, one line each. As a data error lists its problems, the first twenty
// are named and the rest counted, with the command that lists every one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, unwrapped } from "./run.js";

/** A folder of `count` empty code files and the riverside code. */
function folderOfEmptyFiles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-empty-files-"));
  for (let at = 0; at < count; at++) writeFileSync(join(dir, `empty-${String(at).padStart(4, "0")}.yaml`), "");
  writeFileSync(join(dir, "riverside.yaml"), RIVERSIDE_LINES.join("\n"));
  return dir;
}

const warningsOf = (stderr: string) => unwrapped(stderr).trimEnd().split("\n");

describe("a data folder of many files skipped", () => {
  it("--data, 5,000 empty files: twenty named, the rest counted, and the codes answer", () => {
    const dir = folderOfEmptyFiles(5000);
    const { stdout, stderr, code } = ethics(["--data", dir, "show", "riverside", "1"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Will not accept gifts of more than token value.");
    const lines = warningsOf(stderr);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(`ethics: warning: skipped ${join(dir, "empty-0000.yaml")}: the file is empty (no code in it); write a code in it, or delete it`);
    expect(lines.filter((line) => line.includes("the file is empty"))).toHaveLength(20);
    expect(lines[20]).toBe(`ethics: warning: … and 4,980 more like these; \`ethics validate ${dir}\` lists every one`);
  });

  it("twenty or fewer: each named, with no count", () => {
    const { stderr, code } = ethics(["--data", folderOfEmptyFiles(20), "show", "riverside", "1"]);
    expect(code).toBe(0);
    expect(warningsOf(stderr)).toHaveLength(20);
    expect(stderr).not.toContain("more like these");
  });

  it("ETHICS_DATA, a file of 3,000 problems: twenty named, the rest counted, then the files skipped", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-many-problems-"));
    const keys = Array.from({ length: 3000 }, (_, at) => `a${at}: 1`);
    writeFileSync(join(dir, "many-keys.yaml"), [RIVERSIDE_LINES[0], ...keys, ...RIVERSIDE_LINES.slice(1)].join("\n"));
    const { stdout, stderr, code } = ethics(["show", "wi", "1"], { env: { ETHICS_DATA: dir } });
    expect(code).toBe(0);
    expect(stdout).not.toBe("");
    const lines = warningsOf(stderr);
    expect(lines.filter((line) => line.includes("unknown field"))).toHaveLength(20);
    expect(lines.slice(20)).toEqual([
      `ethics: warning: … and 2,980 more like these; \`ethics validate ${dir}\` lists every one`,
      `ethics: warning: 1 file in ETHICS_DATA skipped; \`ethics validate ${dir}\` checks it`,
    ]);
  });

  it("ETHICS_DATA, 1,200 broken files: counted as the rest are, 1,200 not 1200", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-broken-files-"));
    for (let at = 0; at < 1200; at++) writeFileSync(join(dir, `broken-${at}.yaml`), "id: [\n");
    const { stderr, code } = ethics(["show", "wi", "1"], { env: { ETHICS_DATA: dir } });
    expect(code).toBe(0);
    expect(warningsOf(stderr).at(-1)).toBe(`ethics: warning: 1,200 files in ETHICS_DATA skipped; \`ethics validate ${dir}\` checks them`);
  });
});
