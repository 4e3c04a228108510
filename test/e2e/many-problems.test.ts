// A code file with very many problems: the first twenty are shown and the rest counted (the hint's
// `ethics validate` lists every one), and a file of 180,000 problems is reported like one of two,
// not as an internal error (a spread of that many overflowed the stack).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

/** A folder holding Alaska's code renamed, with `count` unknown keys after its title. */
function folderWithUnknownKeys(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-many-problems-"));
  const keys = Array.from({ length: count }, (_, at) => `a${at.toString(16)}: 1`).join("\n");
  const text = readFileSync(join(root, "data/alaska.yaml"), "utf8")
    .replace(/^id: alaska$/m, "id: many-keys")
    .replace(/^aliases: .*$/m, "aliases: []")
    .replace(/^shortName: .*$/m, "shortName: Many Keys")
    .replace(/^(title: .*)$/m, `$1\n${keys}`);
  writeFileSync(join(dir, "many-keys.yaml"), text);
  return dir;
}

describe("a code file with many problems", () => {
  it("25 problems: the first twenty shown, the other five counted", () => {
    const dir = folderWithUnknownKeys(25);
    const { stdout, stderr, code } = ethics(["--data", dir, "list"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("ethics: 25 problems in code files:");
    expect(lines.filter((line) => line.includes("unknown field"))).toHaveLength(20);
    expect(lines).toContain("… and 5 more");
    expect(stderr).toContain("\nhint: fix the files; `ethics validate");
  });

  it("180,000 problems: counted, exit 1, no internal error", { timeout: 120_000 }, () => {
    const dir = folderWithUnknownKeys(180_000);
    const { stderr, code } = ethics(["--data", dir, "list"]);
    expect(stderr).not.toContain("internal error");
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toBe("ethics: 180,000 problems in code files:");
    expect(stderr).toContain("… and 179,980 more");
  });
});
