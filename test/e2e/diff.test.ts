import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const CODES = ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"];

describe("ethics diff", () => {
  it("california → medi-cal: summary first, the rename, the merge, and word-level changes", () => {
    const { stdout, code } = ethics(["diff", "california", "medi-cal"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Working Well Together → Medi-Cal");
    expect(lines[1]).toMatch(/^  96 standards → 108 standards: \d+ same · \d+ changed · 13 only in Medi-Cal · 1 only in Working Well Together · 1 merge · 1 renamed section$/);
    expect(stdout).toContain("Renamed sections\n  Cultural Relevancy → Cultural Responsiveness & Humility");
    expect(stdout).toContain("Working Well Together · Respect 4 + Working Well Together · Respect 5 → Medi-Cal · Respect 4");
    expect(stdout).toContain("Use language that is respectful, “person-first{+,+}” and culturally mindful to, and with, those [-served-]{+supported+}");
    expect(stdout).toMatch(/Only in Medi-Cal[\s\S]*Medi-Cal · Integrity 12\n\s+Shall not provide services under the influence[\s\S]*a\. Drugs or medications/);
  });

  it("colours the redline on a terminal instead of bracketing it", () => {
    const { stdout } = ethics(["diff", "wwt", "medi-cal", "--section", "respect", "--only", "changed"], { env: { FORCE_COLOR: "1" } });
    expect(stdout).toContain("those \u001b[31mserved\u001b[39m\u001b[32msupported\u001b[39m, colleagues\u001b[32m,\u001b[39m and");
    expect(stdout).not.toContain("[-served-]");
  });

  it("--json follows the contract", () => {
    const result = JSON.parse(ethics(["diff", "california", "medi-cal", "--json"]).stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["a", "b", "summary", "pairs", "onlyA", "onlyB", "topics"]));
    expect(result.onlyB.filter((ref: { section: string }) => ref.section === "integrity").map((ref: { number: number }) => ref.number)).toEqual([10, 11, 12, 13, 14]);
    expect(result.onlyB.filter((ref: { section: string }) => ref.section === "reciprocity").map((ref: { number: number }) => ref.number)).toEqual([3, 4]);
    const personFirst = result.pairs.find((pair: any) => pair.a.section === "respect" && pair.a.number === 11);
    expect(personFirst).toMatchObject({ status: "changed", b: { section: "respect", number: 10 } });
    expect(personFirst.changes).toEqual([
      { type: "same", text: "Use language that is respectful, “person-first" },
      { type: "added", text: "," },
      { type: "same", text: "” and culturally mindful to, and with, those " },
      { type: "removed", text: "served" },
      { type: "added", text: "supported" },
      { type: "same", text: ", colleagues" },
      { type: "added", text: "," },
      { type: "same", text: " and the community." },
    ]);
    expect(Object.keys(result.pairs[0].a).sort()).toEqual(["code", "number", "section", "sectionTitle", "text"]);
    expect(result.topics.onlyB.map((topic: { id: string }) => topic.id)).toContain("fraud-and-certification");
    expect(result.topics.both[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
  });

  it("alaska → medi-cal pairs differently worded codes and shows topic coverage", () => {
    const result = JSON.parse(ethics(["diff", "alaska", "medi-cal", "--json"]).stdout);
    const pair = result.pairs.find((candidate: any) => candidate.a.section === "relationship-with-clients" && candidate.a.number === 3);
    expect(pair.b).toMatchObject({ section: "safety-and-protection", number: 6 });
    expect(result.onlyA).toContainEqual(expect.objectContaining({ section: "conflicts-of-interest", number: 4 }));
    expect(result.topics.both.length + result.topics.onlyA.length + result.topics.onlyB.length).toBeGreaterThanOrEqual(20);
    const text = ethics(["diff", "alaska", "medi-cal"]).stdout;
    expect(text).toMatch(/Topics\n  both: .*gifts/);
    expect(text).toMatch(/only Alaska: /);
    expect(text).toMatch(/only Medi-Cal: .*self-disclosure/);
  });

  it("--only narrows what is listed", () => {
    const result = JSON.parse(ethics(["diff", "wwt", "medi-cal", "--only", "added", "--json"]).stdout);
    expect(result.pairs).toEqual([]);
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB).toHaveLength(13);
  });

  it.each(CODES.flatMap((a) => CODES.filter((b) => b !== a).map((b) => [a, b])))("%s → %s runs", (a, b) => {
    const { stdout, stderr, code } = ethics(["diff", a, b, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const result = JSON.parse(stdout);
    expect(result.pairs.length + result.onlyA.length).toBe(result.a.standards);
    expect(result.pairs.length + result.onlyB.length).toBe(result.b.standards);
  });

  it.each([
    [["diff", "alaska"], 2, "missing required argument 'b'"],
    [["diff", "alaska", "medcal"], 1, "did you mean medi-cal?"],
    [["diff", "wwt", "medi-cal", "--only", "addd"], 2, "'addd' is not a diff status — did you mean added?"],
    [["diff", "wwt", "medi-cal", "--section", "integrty"], 1, "did you mean integrity?"],
  ])("%j fails with a short message", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});
