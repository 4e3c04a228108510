// `-` means stdin to most tools (`cat draft.yaml | ethics validate -`); validate looked it up as
// a file named "-" and answered "-: no such file or directory", exit 1, as if a code had been
// read and found missing. It reads files only, and says so as a usage error.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const refusal = /^ethics: validate reads files: '-' \(stdin\) is not read\nhint: save the code to a file and name it, e\.g\. `ethics validate draft\.yaml`; a\n {6}file named - is \.\/-\n$/;

describe("validate -", () => {
  const code = readFileSync(join(root, "test/fixtures/bad/wrong-shape.yaml"), "utf8");

  it.each([
    ["alone, a code piped in", ["validate", "-"]],
    ["beside a file", ["validate", "test/fixtures/bad/wrong-shape.yaml", "-"]],
    ["with --json", ["validate", "--json", "-"]],
  ])("%s: a usage error, exit 2, nothing on stdout", (_, args) => {
    const result = ethics(args, { input: code });
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(refusal);
    expect(result.code).toBe(2);
  });

  it("a file named - is still read as ./-", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-dash-"));
    writeFileSync(join(folder, "-"), code);
    const result = ethics(["validate", "./-"], { cwd: folder });
    expect(result.stdout).toMatch(/^\.\/-:13:17 sections\[0\]\.standards\[1\]\.number:/);
    expect(result.stderr).toBe("ethics: 2 problems found\n");
    expect(result.code).toBe(1);
  });
});
