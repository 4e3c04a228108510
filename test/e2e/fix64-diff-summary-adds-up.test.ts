// `diff riverbend alaska --topic gifts` said "4 standards → 1: 0 only in Riverbend · 0 only in
// Alaska · 0 pairs by wording": five standards accounted for nowhere, those compared by concept.
// Between codes written apart the summary's counts now add up to both codes' standards.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethicsAsync, root } from "./run.js";

const riverbend = ["--data", join(root, "test/fixtures/riverbend")];

/** The summary's standards line, its wrapped lines joined: "22 standards → 108: 69 compared by concept · …". */
async function standardsLine(args: string[]): Promise<string> {
  const { stdout, stderr } = await ethicsAsync(args, { env: { COLUMNS: "80" } });
  expect(stderr).toBe("");
  for (const line of stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
  const summary = stdout.split("\n\n")[0]!.replace(/\n {4}/g, " ");
  return summary.split("\n").find((line) => / standards? → /.test(line))!.trim();
}

const number = (line: string, pattern: RegExp) => Number(pattern.exec(line)?.[1] ?? Number.NaN);

describe.concurrent("diff between codes written apart: the summary accounts for every standard", () => {
  it("an agency's code against Alaska's on gifts: the five compared by concept are counted", async () => {
    expect(await standardsLine([...riverbend, "diff", "riverbend", "alaska", "--topic", "gifts"])).toBe(
      "4 standards → 1: 5 compared by concept · 0 only in Riverbend · 0 only in Alaska · 0 pairs by wording",
    );
  });

  it.each([
    [["diff", "alaska", "medi-cal"]],
    [["diff", "north-carolina", "wisconsin"]],
    [["diff", "wisconsin", "california"]],
    [["diff", "alaska", "medi-cal", "--section", "conduct"]],
    [["diff", "alaska", "wisconsin", "--topic", "cultural-responsiveness"]],
    [[...riverbend, "diff", "alaska", "riverbend"]],
  ])("%j: the counts add up to both codes' sizes, a pair being two standards", async (args) => {
    const line = await standardsLine(args);
    const [, a, b] = /^(\d+) standards? → (\d+):/.exec(line)!;
    const pairs = /(\d+) in (\d+) pairs? by wording/.exec(line);
    if (pairs) expect(Number(pairs[1])).toBe(2 * Number(pairs[2]));
    else expect(line).toContain("0 pairs by wording");
    const only = [...line.matchAll(/(\d+) only in /g)].map((match) => Number(match[1]));
    expect(only).toHaveLength(2);
    const total = number(line, /(\d+) compared by concept/) + only[0]! + only[1]! + (pairs ? Number(pairs[1]) : 0);
    expect(total).toBe(Number(a) + Number(b));
  });
});
