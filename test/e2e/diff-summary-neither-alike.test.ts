// The summary of two codes written apart said "neither on 66 (39 alike)", and nothing but the
// README told what "neither" and "alike" meant, or where those concepts were. It says so under
// the count now: how many read the same, how many bind as firmly but read otherwise, and that
// --full lists them.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const atWidth = { env: { COLUMNS: "80" } };

/** The counts in a --full report's headings: "Alike (39 concepts)", "As firmly: … (22 concepts)". */
function headingCount(stdout: string, lead: RegExp): number {
  return stdout
    .split("\n")
    .filter((line) => lead.test(line))
    .reduce((sum, line) => sum + Number(/\((\d+) concepts?\)$/.exec(line)![1]), 0);
}

describe("diff: what neither code binds more strongly on, said in the summary", () => {
  it("`diff alaska medi-cal` says what the 69 come to, and where they are listed", () => {
    const run = ethics(["diff", "alaska", "medi-cal"], atWidth);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("  Binds more strongly: Alaska on 5 · Medi-Cal on 2 · neither on 69:\n    39 alike, read the same · 30 as firmly, read otherwise (--full lists them)\n");
    for (const line of run.stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it.each([
    ["alaska", "medi-cal"],
    ["north-carolina", "wisconsin"],
    ["wisconsin", "alaska"],
  ])("%s and %s: the counts are the --full report's sections", (a, b) => {
    const brief = ethics(["diff", a, b], atWidth);
    const [, neither, alike, otherwise] = /neither on (\d+):\n {4}(\d+) alike, read the same · (\d+) as firmly, read otherwise \(--full lists them\)/.exec(brief.stdout)!.map(Number);
    expect(alike! + otherwise!).toBe(neither);
    const full = ethics(["diff", a, b, "--full"], atWidth);
    expect(full.code).toBe(0);
    expect(full.stderr).toBe("");
    expect(full.stdout).not.toContain("--full lists them");
    expect(headingCount(full.stdout, /^Alike \(/)).toBe(alike);
    expect(headingCount(full.stdout, /^(?:As firmly|Neither binds): /)).toBe(otherwise);
  });

  it("says no --full where --only lists standards, whose report has no such sections", () => {
    const run = ethics(["diff", "alaska", "medi-cal", "--only", "added"], atWidth);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("    39 alike, read the same · 30 as firmly, read otherwise\n");
    expect(run.stdout).not.toContain("--full lists them");
  });

  it("says nothing more where neither binds more strongly on none", () => {
    const run = ethics(["diff", "alaska", "medi-cal", "--topic", "gifts"], atWidth);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ neither on 0\n/);
    expect(run.stdout).not.toContain("read the same");
  });
});
