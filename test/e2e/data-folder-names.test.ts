// --data folders named in ways that misled: one whose name is not UTF-8 was said not to exist,
// and the hint after a broken file named the first --data folder whose path begins the file's,
// so with --data /x/a --data /x/ab it sent the user to validate /x/a for a file in /x/ab.
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

describe("a --data folder whose name is not UTF-8", () => {
  const parent = mkdtempSync(join(tmpdir(), "ethics-latin1-data-"));
  mkdirSync(Buffer.concat([Buffer.from(join(parent, "caf")), Buffer.from([0xe9])]));
  const folder = join(parent, "caf\ufffd");

  it("is said to be not UTF-8, not missing", () => {
    const result = ethics(["--data", folder, "list"]);
    expect(result.code).toBe(1);
    const said = result.stderr.replace(/\s+/g, " ");
    expect(said).toContain("folder name is not UTF-8");
    expect(said).not.toContain("does not exist");
  });
});

describe("the validate hint after a broken file", () => {
  const parent = mkdtempSync(join(tmpdir(), "ethics-prefix-folders-"));
  const short = join(parent, "a");
  const long = join(parent, "ab");
  mkdirSync(short);
  mkdirSync(long);
  copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(short, "riverside-agency.yaml"));
  copyFileSync(join(root, "test/fixtures/bad/malformed.yaml"), join(long, "malformed.yaml"));

  it("names the folder that holds it, not one whose path begins the same", () => {
    const result = ethics(["--data", short, "--data", long, "list"]);
    expect(result.code).toBe(1);
    const said = result.stderr.replace(/\s+/g, " ");
    expect(said).toContain(`ethics validate ${long}`);
    expect(said).not.toContain(`ethics validate ${short}\``);
  });
});
