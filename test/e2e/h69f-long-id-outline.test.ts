// A code's outline ends with the command that prints its preamble. With an id of hundreds of
// letters it was wrapped as prose, which keeps a command whole: one line of 300-odd columns at
// COLUMNS=80. It is broken with a backslash now, as a hint's command is, and still runs pasted.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("the outline of a code whose id is very long", () => {
  const folder = mkdtempSync(join(tmpdir(), "ethics-long-id-"));
  const id = "a".repeat(300);
  writeFileSync(join(folder, "long.yaml"), ethics(["export", "--format", "yaml", "--code", "ak", "--id", id]).stdout);

  it("fits 80 columns, and the command it prints runs as one when pasted", () => {
    const result = ethics(["--data", folder, "list", id], { env: { COLUMNS: "80" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const line of result.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    // What a shell reads: a backslash before a line break is removed with it.
    const pasted = /Preamble: `([^`]*)`/.exec(result.stdout.replaceAll("\\\n", ""))![1]!.split(/\s+/);
    expect(pasted.slice(-2)).toEqual([id, "preamble"]);
    const shown = ethics(pasted.slice(1));
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toMatch(/· Preamble/);
  });
});
