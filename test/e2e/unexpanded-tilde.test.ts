// `--data '~/codes'` (quoted) or `--data=~/codes` reaches ethics with its ~ as is: the shell
// expands it only unquoted, at a word's start. The message named '<cwd>/~/codes' without a word
// on why; it now says the ~ was not expanded and how to write it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a --data path with a ~ the shell did not expand", () => {
  const cwd = mkdtempSync(join(tmpdir(), "ethics-tilde-"));

  it.each([
    [["--data", "~/my-codes", "list"], "~/my-codes", '"$HOME/my-codes"'],
    [["--data=~/my-codes", "list"], "~/my-codes", '"$HOME/my-codes"'],
    [["--data", "~", "list"], "~", '"$HOME"'],
  ])("%j says why, exit 1", (args, path, written) => {
    const result = ethics(args, { cwd });
    expect(result.stdout).toBe("");
    expect(result.stderr.replace(/\n {8}/g, " ")).toBe(
      `ethics: data directory '${path}' does not exist: ~ was not expanded (a shell expands it unquoted, at a word's start)\n` +
        `hint: write --data ${path} unquoted, or --data ${written}\n`,
    );
    expect(result.code).toBe(1);
  });

  it("a folder really named ~ is read", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-tilde-real-"));
    mkdirSync(join(dir, "~", "codes"), { recursive: true });
    writeFileSync(
      join(dir, "~", "codes", "tilde.yaml"),
      "id: tilde\ntitle: Tilde Code\nshortName: Tilde\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Tilde\n" +
        "sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    const result = ethics(["--data", "~/codes", "show", "tilde", "1"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Will not accept gifts from people they support.");
    expect(result.code).toBe(0);
  });
});
