// An item's label longer than a few columns (a file's whole clause number, or a runaway) was set
// beside its text as "a. " is: `show` hung the text in a column past it (60 columns in, a word a
// line), and the quiz, whose hanging indent is fixed, printed a line of 208 columns. A long label
// now stands on a line of its own, the text under it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const label = "Section-4.2.1-subsection-" + "a".repeat(120);
const itemText = "Tell people the limits of confidentiality at the first meeting.";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-long-label-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace("label: a", `label: ${label}`));
  return dir;
}

describe("an item with a long label", () => {
  const dir = folder();

  it.each(["80", "40", "20"])("show at COLUMNS=%s: every line fits, the label whole, its text under it", (columns) => {
    const result = ethics(["--data", dir, "show", "riverside", "privacy", "1"], { env: { COLUMNS: columns } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Number(columns));
    const at = lines.findIndex((line) => line.startsWith("  Section-4.2.1"));
    expect(at).toBeGreaterThan(0);
    // the label, its pieces joined, then the text on lines of its own at one indent
    const rest = lines.slice(at);
    const textAt = rest.findIndex((line) => line.startsWith("     Tell"));
    expect(rest.slice(0, textAt).map((line) => line.trim()).join("")).toBe(`${label}.`);
    expect(rest.slice(textAt).map((line) => line.trim()).join(" ")).toBe(itemText);
  });

  it("quiz at COLUMNS=80: no line past 80 columns", () => {
    // "Which code says this?" quotes the standard with its items, and is asked of two codes or
    // more: every question of Riverside's and Wisconsin's codes, Privacy 1 among them.
    const result = ethics(["--data", dir, "quiz", "--code", "riverside,wi", "--kind", "which-code", "--count", "20", "--seed", "1"], { env: { COLUMNS: "80" }, input: "a\n".repeat(20) });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Section-4.2.1");
    for (const line of result.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("a short label stays beside its text", () => {
    const result = ethics(["--data", dir, "show", "riverside", "privacy", "1"], { env: { COLUMNS: "80" } });
    expect(ethics(["show", "medi-cal", "integrity", "12"], { env: { COLUMNS: "80" } }).stdout).toMatch(/\n  a\. Drugs or medications prescribed/);
    expect(result.code).toBe(0);
  });
});
