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
    // What a report of Conduct must leave out is there to leave: the whole codes' report cites
    // standards of Alaska's Relationship with Clients (River's Relationships too).
    const whole = ethics([...data, "diff", ...codes, "--full"], { env: { COLUMNS: "80" } });
    expect(whole.stdout, `diff ${codes.join(" ")} no longer cites a Relationship section: the test below cannot fail; choose codes that do`).toContain("Relationship");
    const text = ethics([...args, "--full"], { env: { COLUMNS: "80" } });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("Relationship");
    const json = JSON.parse(ethics([...args, "--json"]).stdout) as { concepts: Row[]; onlyA: unknown[]; pairs: unknown[] };
    for (const row of json.concepts) for (const ref of row.a) expect(ref.citation).toMatch(/^Alaska · Conduct \d+$/);
    // Its counts are its lists': each standard of "Only in Alaska" is listed whole, under its citation.
    const only = blocks(text.stdout).find((block) => block.startsWith("Only in Alaska ("));
    expect(only, `diff ${codes.join(" ")} --section conduct has no standard only in Alaska: its counts cannot be held to a list`).toBeDefined();
    expect(only!.split("\n")[0]).toBe(`Only in Alaska (${json.onlyA.length}): no standard of ${b} shares a concept`);
    expect(only!.match(/^ {2}Alaska · Conduct \d+$/gm)).toHaveLength(json.onlyA.length);
    expect(text.stdout).toContain(`${json.onlyA.length} only in Alaska`);
    expect(text.stdout).toMatch(new RegExp(`\\b${json.pairs.length} pairs? by wording`));
  });

  it("pairs by wording: only those of the section's standards", () => {
    // The whole codes pair by wording outside Medi-Cal's Integrity (Person-Driven 3 with Alaska's
    // Relationship with Clients 6, …): those are what a report of Integrity must leave out. Held
    // here, so that the test cannot pass for there being none to leave out.
    type Pairs = { pairs: { a: { section: string } }[] };
    const whole = JSON.parse(ethics(["diff", "medi-cal", "alaska", "--json"]).stdout) as Pairs;
    const outside = whole.pairs.filter((pair) => pair.a.section !== "integrity");
    expect(outside.length, "diff medi-cal alaska pairs no standard outside Medi-Cal's Integrity by wording: the test cannot fail; choose a section that leaves pairs out").toBeGreaterThan(0);
    const text = ethics(["diff", "medi-cal", "alaska", "--section", "integrity", "--full"], { env: { COLUMNS: "80" } });
    expect(text.code).toBe(0);
    expect([...text.stdout.matchAll(/Medi-Cal · ([^\d\n]+?) \d/g)].map((match) => match[1]).filter((title) => title !== "Integrity")).toEqual([]);
    const json = JSON.parse(ethics(["diff", "medi-cal", "alaska", "--section", "integrity", "--json"]).stdout) as Pairs;
    expect(json.pairs.filter((pair) => pair.a.section !== "integrity")).toEqual([]);
    // however many of Integrity's own pair, one or none or more
    expect(text.stdout).toMatch(new RegExp(`\\b${json.pairs.length} pairs? by wording`));
  });

  it("North Carolina against Alaska's Conduct: one's role is explained in Conduct 2", () => {
    const text = ethics(["diff", "alaska", "nc", "--section", "conduct", "--full"], { env: { COLUMNS: "80" } });
    expect(text.stdout).toContain("  Explaining your role\n    Alaska         requires   Conduct 2\n");
  });

  it("a standard whose matter the user's code speaks of only outside that section is only in Alaska", () => {
    type OnlyA = { onlyA: { citation: string }[] };
    // River speaks of it, in its Relationships: the whole codes share Conduct 2's matter.
    const whole = JSON.parse(ethics(["--data", riverFolder(), "diff", "alaska", "river", "--json"]).stdout) as OnlyA;
    expect(whole.onlyA.map((ref) => ref.citation), "River no longer shares Conduct 2's matter outside its Conduct: the test cannot fail").not.toContain("Alaska · Conduct 2");
    const json = JSON.parse(ethics(["--data", riverFolder(), "diff", "alaska", "river", "--section", "conduct", "--json"]).stdout) as OnlyA;
    expect(json.onlyA.map((ref) => ref.citation)).toContain("Alaska · Conduct 2");
  });
});
