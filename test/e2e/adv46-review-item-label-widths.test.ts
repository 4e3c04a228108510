// An item's wrapped lines hung by its label's UTF-16 length, not its display width: under a
// label "甲" (two columns, one unit) they stood a column left of the text's first line, under
// "𝐜" (one column, two units: outside the BMP) a column right of it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const itemText = "Tell people the limits of confidentiality at the first meeting, and again whenever they ask.";

function folderWithLabel(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-label-width-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace("          - label: a\n            text: Tell people the limits of confidentiality at the first meeting.", `          - label: ${label}\n            text: ${itemText}`));
  return dir;
}

describe("an item's wrapped lines under a label of any width", () => {
  it.each([
    ["甲", "a wide label"],
    ["𝐜", "a label outside the BMP"],
    ["e\u0301", "a letter and a combining mark"],
    ["a", "a plain letter"],
  ])("%s (%s): every line of the text starts in the column its first word does", (label) => {
    const result = ethics(["--data", folderWithLabel(label), "show", "riverside", "privacy", "1"], { env: { COLUMNS: "40" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    const first = lines.findIndex((line) => line.startsWith(`  ${label}. `));
    expect(first).toBeGreaterThan(0);
    const textColumn = visibleLength(`  ${label}. `);
    const rest = lines.slice(first + 1);
    expect(rest.length).toBeGreaterThan(0);
    for (const line of rest) expect(line.length - line.trimStart().length).toBe(textColumn);
    expect([lines[first]!.slice(`  ${label}. `.length), ...rest.map((line) => line.trim())].join(" ")).toBe(itemText);
  });
});
