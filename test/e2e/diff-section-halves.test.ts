// `diff --section` lists a pair for its half in the section, wherever the other half stands; the
// summary counted only the section's standards: `diff alaska harbor --section conduct` said
// "9 standards → 1: … 4 in 2 pairs by wording", one of the four Harbor's Records 1, so its parts
// came to 11 of 10; a revision that moved a standard said "4 → 5 standards: 4 same · 1 changed".
// Each side now counts what the report lists of it, and the summary's parts add up to both sides.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethicsAsync, root } from "./run.js";

const halves = join(root, "test/fixtures/diff-halves");

interface Side {
  standards: number;
}
interface Ref {
  citation: string;
}
interface Report {
  kind: "revision" | "apart";
  a: Side;
  b: Side;
  summary: { same: number; changed: number; added: number; removed: number; merges: number; splits: number; onlyA: number; onlyB: number; relatedA: number; relatedB: number };
  pairs: { a: Ref; b: Ref }[];
  onlyA: Ref[];
  onlyB: Ref[];
  relatedA: Ref[];
  relatedB: Ref[];
  merges: { a: Ref[]; b: Ref }[];
  splits: { a: Ref; b: Ref[] }[];
}

/** The numbers of the summary's line of counts, in order. */
function countsLine(stdout: string): number[] {
  const line = stdout.split("\n\n")[0]!.replace(/\n +/g, " ").split("\n").find((text) => /standards?\b.*: /.test(text))!;
  return [...line.matchAll(/\d+/g)].map((match) => Number(match[0]));
}

/** The citations of each side the report lists. */
function listed(report: Report): { a: Set<string>; b: Set<string> } {
  return {
    a: new Set([...report.pairs.map((pair) => pair.a), ...report.merges.flatMap((merge) => merge.a), ...report.splits.map((split) => split.a), ...report.onlyA, ...report.relatedA].map((ref) => ref.citation)),
    b: new Set([...report.pairs.map((pair) => pair.b), ...report.merges.map((merge) => merge.b), ...report.splits.flatMap((split) => split.b), ...report.onlyB, ...report.relatedB].map((ref) => ref.citation)),
  };
}

describe.concurrent("diff --section: the summary counts what the report lists", () => {
  it.each([
    ["a pair whose half in B is outside B's section", ["--data", halves, "diff", "alaska", "harbor", "--section", "conduct"], [9, 2]],
    ["a revision's pair whose half in A was moved in from another section", ["--data", halves, "diff", "alaska", "alaska-moved", "--section", "conflicts"], [5, 5]],
    ["a revision's pair whose half in B was moved out to another section", ["--data", halves, "diff", "alaska-moved", "alaska", "--section", "conflicts"], [5, 5]],
    ["a revision's section against its source's", ["--data", halves, "diff", "alaska-moved", "alaska", "--section", "conduct"], [3, 9]],
    ["codes written apart, B narrowed to what A's section is about", ["diff", "alaska", "north-carolina", "--section", "conduct"], null],
    ["a revision, section by section", ["diff", "california", "medi-cal", "--section", "integrity"], null],
  ] as const)("%s", async (_what, args, sizes) => {
    const [text, json] = await Promise.all([ethicsAsync([...args]), ethicsAsync([...args, "--json"])]);
    expect(text.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    if (sizes) expect([report.a.standards, report.b.standards]).toEqual(sizes);
    // Each side's count is the standards listed of it, every one once.
    const { a, b } = listed(report);
    expect([report.a.standards, report.b.standards]).toEqual([a.size, b.size]);
    const { summary } = report;
    const pairs = summary.same + summary.changed;
    if (report.kind === "apart") {
      // "9 standards → 2: 0 compared by concept · 7 only in Alaska · 0 only in Harbor · 4 in 2 pairs by wording"
      const inMerges = report.merges.reduce((sum, merge) => sum + merge.a.length + 1, 0) + report.splits.reduce((sum, split) => sum + split.b.length + 1, 0);
      expect(summary.relatedA + summary.relatedB + summary.onlyA + summary.onlyB + 2 * pairs + inMerges).toBe(report.a.standards + report.b.standards);
      expect(countsLine(text.stdout).slice(0, 6)).toEqual([report.a.standards, report.b.standards, summary.relatedA + summary.relatedB, summary.onlyA, summary.onlyB, ...(pairs > 0 ? [2 * pairs] : [0])]);
    } else {
      // "5 → 5 standards: 4 same · 1 changed · 1 moved": every standard of A paired or left out, of B paired or new
      const mergedA = report.merges.reduce((sum, merge) => sum + merge.a.length, 0) + report.splits.length;
      const mergedB = report.merges.length + report.splits.reduce((sum, split) => sum + split.b.length, 0);
      expect(pairs + summary.removed + mergedA).toBe(report.a.standards);
      expect(pairs + summary.added + mergedB).toBe(report.b.standards);
      expect(countsLine(text.stdout).slice(0, 4)).toEqual([report.a.standards, report.b.standards, summary.same, summary.changed]);
    }
  });
});
