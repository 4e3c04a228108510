// A revision that substitutes many words throughout (a county's copy with its own terms) named
// every substitution in the summary: dozens of lines before the report. The brief report names
// the most frequent eight and counts the rest; --full names them all.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const words = ["peer", "support", "services", "recovery", "persons", "individuals", "family", "culture", "respect", "rights", "information", "confidentiality"];
const folder = mkdtempSync(join(tmpdir(), "ethics-many-substitutions-"));
const exported = ethics(["export", "--format", "yaml", "--code", "medi-cal", "--id", "county-mc"]).stdout;
writeFileSync(join(folder, "county-mc.yaml"), words.reduce((text, word) => text.replace(new RegExp(`\\b${word}\\b`, "g"), `${word}z`), exported).replace(/^id: \S+$/m, "id: county-mc"));

const summaryOf = (stdout: string) => stdout.split("\n\n")[0]!.replace(/\n {4}/g, " ");

describe("a revision with many substitutions throughout", () => {
  it("names eight in the brief report's summary and counts the rest", () => {
    const { stdout, code } = ethics(["--data", folder, "diff", "medi-cal", "county-mc"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    const line = summaryOf(stdout).split("\n").find((each) => each.startsWith("  Substituted throughout: "))!;
    expect(line.split(" · ")).toHaveLength(9);
    expect(line).toMatch(/ · … and \d+ more: --full shows them$/);
    for (const each of stdout.split("\n")) expect(each.length).toBeLessThanOrEqual(80);
  });

  it("--full names them all", () => {
    const { stdout } = ethics(["--data", folder, "diff", "medi-cal", "county-mc", "--full"], { env: { COLUMNS: "80" } });
    const line = summaryOf(stdout).split("\n").find((each) => each.startsWith("  Substituted throughout: "))!;
    expect(line).not.toContain("more: --full");
    expect(line.split(" · ").length).toBeGreaterThan(9);
  });
});
