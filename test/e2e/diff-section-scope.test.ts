// `diff --section` cited standards from outside the section: `diff alaska nc --section conduct`,
// headed "Alaska → North Carolina (Conduct)" and "9 standards → 4", printed "Alaska requires
// Relationship with Clients 1; Conduct 2", and read how Alaska binds on a matter from standards
// the report does not compare. A report of a section now cites and weighs that section's
// standards alone, in text and in --json, and its counts are those of its lists.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

/** A user's code of two sections: it explains one's role in its Relationships, keeps records in its Conduct. */
const riverFolder = (): string => join(root, "test/fixtures/diff-section");

interface Row {
  a: { citation: string }[];
  b: { citation: string }[];
}

/** The report's blocks, each a heading and its lines. */
function blocks(text: string): string[] {
  return text.split(/\n(?=\S)/);
}

describe("diff --section cites the section's standards alone", () => {
  it.each([
    ["against a code B is narrowed to what the section is about", [], ["alaska", "north-carolina"], "North Carolina"],
    ["against a user's code's section of the same name", ["--data", riverFolder()], ["alaska", "river"], "River"],
  ])("%s", (_what, data, codes, b) => {
    const args = [...data, "diff", ...codes, "--section", "conduct"];
    const text = ethics([...args, "--full"], { env: { COLUMNS: "80" } });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("Relationship");
    const json = JSON.parse(ethics([...args, "--json"]).stdout) as { concepts: Row[]; onlyA: unknown[]; pairs: unknown[] };
    for (const row of json.concepts) for (const ref of row.a) expect(ref.citation).toMatch(/^Alaska · Conduct \d+$/);
    // Its counts are its lists': each standard of "Only in Alaska" is listed whole, under its citation.
    const only = blocks(text.stdout).find((block) => block.startsWith("Only in Alaska ("))!;
    expect(only.split("\n")[0]).toBe(`Only in Alaska (${json.onlyA.length}): no standard of ${b} shares a concept`);
    expect(only.match(/^ {2}Alaska · Conduct \d+$/gm)).toHaveLength(json.onlyA.length);
    expect(text.stdout).toContain(`${json.onlyA.length} only in Alaska`);
    expect(text.stdout).toMatch(new RegExp(`\\b${json.pairs.length} pairs? by wording`));
  });

  it("pairs by wording: only those of the section's standards", () => {
    const text = ethics(["diff", "medi-cal", "alaska", "--section", "integrity", "--full"], { env: { COLUMNS: "80" } });
    expect(text.code).toBe(0);
    expect([...text.stdout.matchAll(/Medi-Cal · ([^\d\n]+?) \d/g)].map((match) => match[1]).filter((title) => title !== "Integrity")).toEqual([]);
    const json = JSON.parse(ethics(["diff", "medi-cal", "alaska", "--section", "integrity", "--json"]).stdout) as { pairs: { a: { section: string } }[] };
    expect(json.pairs.filter((pair) => pair.a.section !== "integrity")).toEqual([]);
    expect(text.stdout).toContain(`${json.pairs.length} pairs by wording`);
  });

  it("North Carolina against Alaska's Conduct: one's role is explained in Conduct 2", () => {
    const text = ethics(["diff", "alaska", "nc", "--section", "conduct", "--full"], { env: { COLUMNS: "80" } });
    expect(text.stdout).toContain("  Explaining your role\n    Alaska         requires   Conduct 2\n");
  });

  it("a standard whose matter the user's code speaks of only outside that section is only in Alaska", () => {
    const json = JSON.parse(ethics(["--data", riverFolder(), "diff", "alaska", "river", "--section", "conduct", "--json"]).stdout) as { onlyA: { citation: string }[] };
    expect(json.onlyA.map((ref) => ref.citation)).toContain("Alaska · Conduct 2");
  });
});
