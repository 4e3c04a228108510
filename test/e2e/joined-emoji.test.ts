// Emoji joined into one picture (👨‍👩‍👧‍👦, four emoji and three zero width joiners) take two
// columns: text of them wraps to the width, as other emoji do. They were measured as eight,
// so a line held a quarter of what fits.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics } from "./run.js";

const family = "👨\u200d👩\u200d👧\u200d👦";
const folder = mkdtempSync(join(tmpdir(), "ethics-joined-emoji-"));
writeFileSync(
  join(folder, "fam.yaml"),
  `id: fam
title: Family Code
shortName: Fam
jurisdiction: Test
numbering: position
source:
  document: Family Code
sections:
  - id: duties
    title: Duties
    standards:
      - text: ${Array(12).fill(family).join(" ")}
`,
);

describe("emoji joined by zero width joiners", () => {
  it("wrap as two columns each", () => {
    const result = ethics(["--data", folder, "show", "fam", "1"], { env: { COLUMNS: "30" } });
    expect(result.stderr).toBe("");
    // "  " and nine families of two columns with a space between: 28 columns; ten would be 31.
    const families = (count: number) => `  ${Array(count).fill(family).join(" ")}`;
    expect(result.stdout).toBe(`Fam 1\n${families(9)}\n${families(3)}\n`);
    expect(result.stdout.split("\n").every((line) => visibleLength(line) <= 30)).toBe(true);
    expect(result.code).toBe(0);
  });
});
