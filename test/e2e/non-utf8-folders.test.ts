// A folder whose name is not UTF-8 (a Latin-1 name from an old archive or a Windows share)
// reaches ethics with U+FFFD for each bad byte, a name no folder has: validate says why it
// cannot be opened, and for a file inside it too, rather than "no such file or directory".
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

/** `…/caf<0xE9>` holding a valid code; its path as Node reads it back, with U+FFFD. */
function latin1Folder(): string {
  const parent = mkdtempSync(join(tmpdir(), "ethics-latin1-folder-"));
  const name = Buffer.concat([Buffer.from(join(parent, "caf")), Buffer.from([0xe9])]);
  mkdirSync(name);
  copyFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), Buffer.concat([name, Buffer.from("/riverside-agency.yaml")]));
  return join(parent, "caf\ufffd");
}

describe("a folder whose name is not UTF-8", () => {
  const folder = latin1Folder();

  it("validate FOLDER says its name is not UTF-8", () => {
    const result = ethics(["validate", folder]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${folder}: folder name is not UTF-8, so it cannot be opened by name; rename it`);
    expect(result.stdout).not.toContain("no such file");
  });

  it("validate FOLDER/FILE names the folder whose name is not UTF-8", () => {
    const result = ethics(["validate", join(folder, "riverside-agency.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${join(folder, "riverside-agency.yaml")}: folder name 'caf\ufffd' is not UTF-8, so nothing in it can be opened by name; rename it`);
    expect(result.stdout).not.toContain("no such file");
  });
});
