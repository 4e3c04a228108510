// A flag is two regional indicator letters (🇺🇸 is U and S). A run of flags wider than a line
// was cut between code points, so a line could end on the U of a flag and the next start with
// its S: the terminal then paired the letters anew and showed other flags (🇸🇺, …) or lone
// letters. A line now breaks between flags, never inside one, as between any graphemes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const flags = "🇺🇸🇫🇷".repeat(20);

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-flags-"));
  const text = "Will not accept gifts of more than token value from people they support.";
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace(text, `${text} ${flags} end.`));
  return dir;
}

const REGIONAL_INDICATOR = /[\u{1f1e6}-\u{1f1ff}]/gu;

describe("a run of flags wider than the line", () => {
  const dir = folder();

  it.each(["80", "57", "40", "33", "31", "20"])("show at COLUMNS=%s: every line holds whole flags, and fits", (columns) => {
    const result = ethics(["--data", dir, "show", "riverside", "boundaries", "1"], { env: { COLUMNS: columns } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    // a flag takes two columns, as two regional indicators of one each
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(Number(columns));
    for (const line of lines) expect((line.match(REGIONAL_INDICATOR) ?? []).length % 2, line).toBe(0);
    // and the flags are all there, in order: the lines joined give the run back
    const joined = lines.map((line) => line.trim()).join("");
    expect(joined).toContain(flags);
  });

  it("search at COLUMNS=30 quotes the standard with whole flags too", () => {
    const result = ethics(["--data", dir, "search", "gifts", "--code", "riverside"], { env: { COLUMNS: "30" } });
    expect(result.code).toBe(0);
    for (const line of result.stdout.split("\n")) expect((line.match(REGIONAL_INDICATOR) ?? []).length % 2, line).toBe(0);
  });
});
