// A file in a data folder whose name is not UTF-8 (a Latin-1 name from an old archive or a
// Windows share) cannot be opened by the name Node reads for it, where each bad byte is U+FFFD:
// it is a problem that says so, not "no such file or directory" for a file that is there.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

function folderWithLatin1Name(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-latin1-"));
  // "café.yaml" in Latin-1: é is the byte 0xE9, not UTF-8.
  const name = Buffer.concat([Buffer.from(join(dir, "caf")), Buffer.from([0xe9]), Buffer.from(".yaml")]);
  copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), name);
  return dir;
}

describe("a code file whose name is not UTF-8", () => {
  it("is a problem naming why, in validate, --data and ETHICS_DATA", () => {
    const dir = folderWithLatin1Name();
    const expected = "file name is not UTF-8, so it cannot be opened by name; rename it";
    const validate = ethics(["validate", dir]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`${dir}/caf\ufffd.yaml: ${expected}`);
    expect(validate.stdout).not.toContain("no such file");
    const data = ethics(["--data", dir, "list"]);
    expect(data.code).toBe(1);
    expect(data.stderr.replace(/\s+/g, " ")).toContain(expected);
    const env = ethics(["list"], { env: { ETHICS_DATA: dir } });
    expect(env.code).toBe(0);
    expect(env.stderr.replace(/\s+/g, " ")).toContain(expected);
  });
});
