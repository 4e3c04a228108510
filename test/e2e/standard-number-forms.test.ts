// A standard's number as a county's Word list wrote it: `2)`, `５` (fullwidth), `3a`. Each was
// "expected a whole number ≥ 1", where `1.` was already explained; each now has its fix.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

describe("validate: a standard's number written otherwise than in digits", () => {
  it.each([
    ["2)", "expected a number, not '2)': write 2"],
    ["５", "expected a number in the digits 0-9, not '５': write 5 (other scripts' digits are read in references, not in a code file)"],
    ["2a", "expected a number, not '2a': a letter after a number labels an item; write 2, and the text under items: as - label: a"],
  ])("number: %s is said with what to write", (number, message) => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-number-forms-"));
    writeFileSync(join(dir, "riverside.yaml"), RIVERSIDE_LINES.join("\n").replace("- number: 2", `- number: ${number}`));
    const result = ethics(["validate", "riverside.yaml"], { cwd: dir });
    expect(result.stdout).toBe(`riverside.yaml:13:17 sections[0].standards[1].number: ${message}\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });
});
