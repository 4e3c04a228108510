// `diff --section` lists a pair for its half in the section, wherever the other half stands; the
// concept lines now weigh that half too. A revision that moved Alaska's Conduct 8 (no private
// practice) into its Conflicts of Interest was said to add private practice, and Harbor, whose
// Records 1 is paired with Alaska's Conduct 5, to keep no records.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const halves = ["--data", join(root, "test/fixtures/diff-halves")];
const atWidth = { env: { COLUMNS: "80" } };

describe("diff --section: the concept lines count the other code's paired standards, wherever they sit", () => {
  it.each([
    [["alaska", "alaska-moved"], "  By concept, Alaska Moved adds 0, drops 2;"],
    [["alaska-moved", "alaska"], "  By concept, Alaska adds 2, drops 0;"],
  ])("a revision that moved a standard: diff %j --section conflicts", (codes, byConcept) => {
    const run = ethics([...halves, "diff", ...codes, "--section", "conflicts"], atWidth);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(byConcept);
    expect(run.stdout).not.toContain("Private practice");
  });

  it("codes written apart: Harbor's Records 1, paired with Alaska's Conduct 5, keeps required records", () => {
    // "as required by my agency" and "as my agency requires" are one duty: the two bind alike,
    // where Harbor was once said to bind more strongly on three concepts for its word order.
    const run = ethics([...halves, "diff", "alaska", "harbor", "--section", "conduct", "--full"], atWidth);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("  Binds more strongly: Alaska on 0 · Harbor on 0 · neither on 8:\n");
    expect(run.stdout).toContain("  Keeping required records\n    Alaska requires   Conduct 5 (as required by my agency)\n    Harbor requires   Records 1 (as my agency requires)\n");
    expect(run.stdout).not.toMatch(/Only Alaska addresses[^\n]*\n(?: {2}[^\n]*\n)*? {2}[^\n]*Keeping required records/);
    const json = JSON.parse(ethics([...halves, "diff", "alaska", "harbor", "--section", "conduct", "--json"]).stdout) as { concepts: { id: string; b: { citation: string }[] }[] };
    expect(json.concepts.find((row) => row.id === "keeping-required-records")!.b.map((ref) => ref.citation)).toEqual(["Harbor · Records 1"]);
  });
});
