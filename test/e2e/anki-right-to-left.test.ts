// Anki shows a card as a web page, left to right: an Arabic or Hebrew text on it is isolated in
// a <bdi>, as in the printed handout (test/e2e/handout.test.ts prints one and reads where its
// full stops stand), so that it reads from the right. Other texts are as they were.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-anki-rtl-"));
writeFileSync(
  join(dir, "arabic.yaml"),
  [
    "id: arabic-code",
    'title: "ميثاق أخلاقيات دعم الأقران"',
    'shortName: "ميثاق"',
    "jurisdiction: Jordan",
    "source:",
    '  document: "ميثاق أخلاقيات دعم الأقران"',
    "sections:",
    "  - id: boundaries",
    '    title: "الحدود"',
    "    standards:",
    "      - number: 1",
    '        text: "لا يقبل الهدايا من الأشخاص الذين يدعمهم (انظر المادة 12)."',
    "        items:",
    "          - label: a",
    '            text: "الهدايا الصغيرة مقبولة."',
    '        notes: ["ראו את מדיניות הסוכנות."]',
    '        editorial: ["النص الأصلي مكرر."]',
    "      - number: 2",
    "        text: Will keep to the agreed arrangements (see 12).",
    "",
  ].join("\n"),
);

/** The card of a standard: its row's fields. */
function row(format: string, number: number): string[] {
  const { stdout, stderr, code } = ethics(["--data", dir, "export", "--format", format, "--code", "arabic-code"], { env: { ETHICS_NO_CACHE: "1" } });
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return stdout.split("\n").find((line) => line.split("\t")[0]!.includes(`<bdi>ميثاق ${number}</bdi>`))!.split("\t");
}

describe("Anki cards of a code written right to left", () => {
  it("--format anki: the citation, text, items, notes and editor's notes each isolated", () => {
    const [front, back] = row("anki", 1);
    expect(front).toBe("<bdi>ميثاق 1</bdi>");
    expect(back).toBe(
      "<bdi>لا يقبل الهدايا من الأشخاص الذين يدعمهم (انظر المادة 12).</bdi><br>a. <bdi>الهدايا الصغيرة مقبولة.</bdi>" +
        "<br><i>Note:</i> <bdi>ראו את מדיניות הסוכנות.</bdi><br><i>Editor's note: <bdi>النص الأصلي مكرر.</bdi></i>",
    );
  });

  it("--format anki-cloze: the text with its deletion isolated whole, and the code's title", () => {
    const [text, title] = row("anki-cloze", 1);
    expect(text).toMatch(/^<b><bdi>ميثاق 1<\/bdi><\/b><br><bdi>[^<]*\{\{c1::[^}]+\}\}[^<]*<\/bdi><br>a\. <bdi>/);
    expect(title).toBe("<bdi>ميثاق أخلاقيات دعم الأقران</bdi>");
  });

  it("a text without right-to-left letters is as it was", () => {
    expect(row("anki", 2).slice(0, 2)).toEqual(["<bdi>ميثاق 2</bdi>", "Will keep to the agreed arrangements (see 12)."]);
    const builtIn = ethics(["export", "--format", "anki", "--code", "alaska"]);
    expect(builtIn.code).toBe(0);
    expect(builtIn.stdout).not.toContain("<bdi>");
  });
});
