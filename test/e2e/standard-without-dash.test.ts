// A standard written without its `- ` joins its fields to the standard above, and YAML stops at
// its first field as one written twice: "keep one of them, or join their words in one" had the
// user delete a standard. The `- ` left out is said first, where it goes; the old advice after.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

describe("validate: a standard written without its '- '", () => {
  it("names the '- ' missing, at its line and column, then the other fix", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-no-dash-"));
    writeFileSync(join(dir, "riverside.yaml"), RIVERSIDE_LINES.join("\n").replace("      - number: 2", "        number: 2"));
    const result = ethics(["validate", "riverside.yaml"], { cwd: dir });
    expect(result.stdout).toBe(
      "riverside.yaml:13:9: 'number' is written twice in one standard (first at line 11, column 9): a new standard's '- ' may be missing at line 13, column 7 (- number:); else keep one of them, or join their words in one\n1 problem in 1 file\n",
    );
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });

  it("a field of the file written twice keeps the one fix", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-no-dash-"));
    writeFileSync(join(dir, "riverside.yaml"), `${RIVERSIDE_LINES.join("\n")}title: Again\n`);
    const result = ethics(["validate", "riverside.yaml"], { cwd: dir });
    expect(result.stdout).toBe(
      "riverside.yaml:15:1: 'title' is written twice here (first at line 2, column 1): a field takes one value; keep one of them, or join their words in one\n1 problem in 1 file\n",
    );
    expect([result.stderr, result.code]).toEqual(["ethics: 1 problem found\n", 1]);
  });
});
