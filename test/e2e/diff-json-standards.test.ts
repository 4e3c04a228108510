// `diff --json` listed each standard as { code, section, sectionTitle, number, text } alone:
// Medi-Cal's Integrity 13 was "…This includes, but is not limited to:" with no items a–c, no
// notes, no editor's notes, no citation, where the text report shows them all. Every standard
// diff's JSON lists is now the standard as `show --json` gives it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

interface Listed {
  code: string;
  section: string;
  number: number;
  [field: string]: unknown;
}

/** Every standard a diff's JSON lists, each with where it was listed. */
function listedStandards(diff: Record<string, any>): [string, Listed][] {
  return [
    ...diff.pairs.flatMap((pair: any, at: number) => [[`pairs[${at}].a`, pair.a], [`pairs[${at}].b`, pair.b]]),
    ...["onlyA", "onlyB", "relatedA", "relatedB"].flatMap((list) => diff[list].map((standard: Listed, at: number) => [`${list}[${at}]`, standard])),
    ...diff.merges.flatMap((merge: any, at: number) => [...merge.a.map((standard: Listed) => [`merges[${at}].a`, standard]), [`merges[${at}].b`, merge.b]]),
    ...diff.splits.flatMap((split: any, at: number) => [[`splits[${at}].a`, split.a], ...split.b.map((standard: Listed) => [`splits[${at}].b`, standard])]),
  ];
}

/** Each standard of the codes as `show --json` gives it, by code, section and number. */
function shownStandards(codes: string[], data: string[] = []): Map<string, Listed> {
  const shown = new Map<string, Listed>();
  for (const code of codes) {
    const whole = JSON.parse(ethics([...data, "show", "--json", code]).stdout) as { sections: { standards: Listed[] }[] };
    for (const section of whole.sections) for (const standard of section.standards) shown.set(`${standard.code} ${standard.section} ${standard.number}`, standard);
  }
  return shown;
}

const everyField = ["--data", join(root, "test/fixtures/every-field")];

describe("diff --json lists every standard whole, as show --json gives it", () => {
  it.each([
    { args: ["california", "medi-cal"], data: [], lists: ["pairs", "onlyB", "relatedB", "merges"] },
    { args: ["medi-cal", "california"], data: [], lists: ["pairs", "onlyA", "relatedA", "splits"] },
    { args: ["alaska", "medi-cal"], data: [], lists: ["pairs", "onlyA", "onlyB", "relatedA", "relatedB"] },
    { args: ["every", "alaska"], data: everyField, lists: ["pairs"] },
  ])("diff $args", ({ args, data, lists }) => {
    const { stdout, code } = ethics([...data, "diff", ...args, "--json"]);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    const listed = listedStandards(diff);
    // The lists the case names hold standards, so that the comparison below compares something.
    for (const list of lists) expect(listed.some(([where]) => where.startsWith(list)), list).toBe(true);
    const shown = shownStandards([diff.a.code, diff.b.code], data);
    for (const [where, standard] of listed) expect(standard, where).toEqual(shown.get(`${standard.code} ${standard.section} ${standard.number}`));
  });

  it("Medi-Cal's Integrity 13, new, with its items a–c and its citation", () => {
    const diff = JSON.parse(ethics(["diff", "california", "medi-cal", "--json"]).stdout);
    const integrity13 = diff.onlyB.find((standard: Listed) => standard.section === "integrity" && standard.number === 13);
    expect(integrity13.citation).toBe("Medi-Cal · Integrity 13");
    expect(integrity13.items.map((item: { label: string }) => item.label)).toEqual(["a", "b", "c"]);
  });

  it("a user's standard carries the concept tags the index has, as show's does", () => {
    const diff = JSON.parse(ethics([...everyField, "diff", "every", "alaska", "--json"]).stdout);
    const lending = listedStandards(diff).find(([, standard]) => standard.code === "every-field" && standard.section === "boundaries" && standard.number === 3)!;
    expect(lending[1].concepts).toEqual(["lending-and-borrowing-money"]);
  });
});

describe("diff --help", () => {
  it("says that the JSON lists each standard whole, and what a merge carries", () => {
    const help = ethics(["diff", "--help"], { env: { COLUMNS: "80" } }).stdout.replace(/\s+/g, " ");
    expect(help).toContain("merges: [{ a, b, changes, noteChanges }]");
    expect(help).toContain("each standard listed whole, as show --json gives it");
  });
});
