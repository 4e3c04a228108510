// `topic`'s "By concept" rows measured a code's name in display columns but cut it by
// characters: a Chinese short name too long for its column was printed twice as wide as the
// column (43 columns of 22), and the strength and citations after it shifted right.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics } from "./run.js";
import { codeFile } from "./tagged-code-file.js";

// 39 characters, 78 columns: too long for the name column on any terminal (60 at most).
const wideName = "同伴支持专家职业道德守则补充说明和实施细则同伴支持专家职业道德守则补充说明和实";
const dir = mkdtempSync(join(tmpdir(), "ethics-wide-topic-names-"));
writeFileSync(join(dir, "wide.yaml"), codeFile("wide", wideName, [["accepting-gifts", "gift-value-limits"]]));

/** The rows under "By concept": a code's name, its strength, where it says so. */
function conceptRows(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf("By concept");
  expect(start).toBeGreaterThan(0);
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end).filter((line) => line.startsWith("    ") && !line.startsWith("     "));
}

const STRENGTH = / (prohibits|requires|defers|aspires|—)(?= |$)/;

describe("topic: a code's wide name in the concept rows", () => {
  it.each(["60", "80", "120"])("COLUMNS=%s: cut to its column by display width, the strengths in one column", (columns) => {
    const result = ethics(["--data", dir, "topic", "gifts"], { env: { COLUMNS: columns, ETHICS_NO_CACHE: "1" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const line of result.stdout.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(Number(columns));
    const rows = conceptRows(result.stdout);
    const wideRows = rows.filter((row) => row.includes("同伴"));
    expect(wideRows.length).toBeGreaterThan(0);
    for (const row of wideRows) expect(row).toMatch(/…/);
    const strengthColumns = new Set(
      rows.map((row) => {
        const match = STRENGTH.exec(row);
        expect(match, row).not.toBeNull();
        return visibleLength(row.slice(0, match!.index));
      }),
    );
    expect([...strengthColumns]).toHaveLength(1);
  });
});
