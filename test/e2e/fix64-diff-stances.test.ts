// `diff --full` listed, under "Alike", concepts on which one code prohibits and the other requires
// ("Gift value limits: Riverbend requires Gifts 1 / Alaska prohibits"): they bind as firmly, but
// two codes that take different stances are not alike. "Alike" is the same strength on both sides;
// the rest of what neither binds more strongly on is listed by its two strengths.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const data = ["--data", join(root, "test/fixtures/riverbend")];

/** The sections of a report: each heading (a line that starts at the margin) with the lines under it. */
function sections(stdout: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of stdout.split("\n\n")) {
    const [heading, ...body] = block.split("\n");
    found.set(heading!, body.join("\n"));
  }
  return found;
}

interface Row {
  name: string;
  strength: { a: string | null; b: string | null };
}

describe("diff: alike is one stance, not only as firm a one", () => {
  it("an agency's requirement beside Alaska's prohibition is listed as such, not as alike", () => {
    const { stdout } = ethics([...data, "diff", "riverbend", "alaska", "--topic", "gifts", "--full"], { env: { COLUMNS: "80" } });
    const shown = sections(stdout);
    const alike = [...shown].find(([heading]) => heading.startsWith("Alike"));
    expect(alike?.[0]).toBe("Alike (2 concepts)");
    expect(alike?.[1]).not.toContain("Agency policy on gifts");
    expect(alike?.[1]).not.toMatch(/Riverbend requires/);
    expect(shown.get("As firmly: Riverbend requires, Alaska prohibits (1 concept)")).toMatch(/^ {2}Agency policy on gifts\n {4}Riverbend requires {3}Gifts 4\n {4}Alaska {4}prohibits/);
    expect(stdout).toContain("  Binds more strongly: Riverbend on 0 · Alaska on 1 · neither on 3:\n    2 alike, read the same · 1 as firmly, read otherwise\n");
    for (const line of stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it("of two built-in codes, Alike holds exactly the concepts read the same on both sides, and the rest is told by its strengths", () => {
    const report = JSON.parse(ethics(["diff", "alaska", "medi-cal", "--json"]).stdout);
    const both = (report.concepts as Row[]).filter((row) => row.strength.a !== null && row.strength.b !== null);
    const same = both.filter((row) => row.strength.a === row.strength.b);
    expect(report.summary.concepts.alike).toBe(same.length);
    const shown = sections(ethics(["diff", "alaska", "medi-cal", "--full"], { env: { COLUMNS: "80" } }).stdout);
    expect(shown.has(`Alike (${same.length} concepts)`)).toBe(true);
    const firm = (a: string, b: string) => both.filter((row) => row.strength.a === a && row.strength.b === b).length;
    expect(shown.has(`As firmly: Alaska requires, Medi-Cal prohibits (${firm("requires", "prohibits")} concepts)`)).toBe(true);
    expect(shown.has(`As firmly: Alaska prohibits, Medi-Cal requires (${firm("prohibits", "requires")} concepts)`)).toBe(true);
  });
});
