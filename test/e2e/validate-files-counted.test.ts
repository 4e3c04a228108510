// `ethics validate` of a folder whose one file is empty ended "1 problem in 1 of 1 file": where
// every file checked has a problem, the count of files is said once.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A folder of `empty` empty code files, and a valid one where `valid` is 1. */
function folderOf(empty: number, valid: 0 | 1): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-validate-counted-"));
  for (let at = 0; at < empty; at++) writeFileSync(join(dir, `empty-${at}.yaml`), "");
  if (valid === 1) writeFileSync(join(dir, "riverside-agency.yaml"), riverside);
  return dir;
}

describe("validate's count of the files with problems", () => {
  it.each<[number, 0 | 1, string]>([
    [1, 0, "1 problem in 1 file"],
    [2, 0, "2 problems in both files"],
    [3, 0, "3 problems in all 3 files"],
    [1, 1, "1 problem in 1 of 2 files"],
  ])("%i empty and %i valid: %s", (empty, valid, said) => {
    const run = ethics(["validate", folderOf(empty, valid)]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").at(-2)).toBe(said);
  });
});
