// The brief diff of two long users' codes is read in one sitting (at most 200 lines), each list
// cut short telling how many it left out. Cutting it short counted the whole report again after
// each entry it gave up: a revision of 2,000 standards, all reworded, took 18 s (3 s now); the
// count is now kept as entries go, and must still come to the report's lines.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const STANDARDS = 2000;
/** Words of the two codes, none shared: no standard of one is a rewording of one of the other. */
const WORDS = [
  ["boundaries", "gifts", "money", "privacy", "respect", "dignity", "recovery", "supervision", "agency", "policy", "honesty", "integrity"],
  ["kindness", "courage", "patience", "welcome", "listening", "learning", "growth", "hope", "trust", "community", "fairness", "humility"],
];

/**
 * A code of STANDARDS standards in one section, each a line of the words of `vocabulary`;
 * `derivedFrom` makes it a revision; `untagged`, each standard tagged with no concept.
 */
function longCode(id: string, vocabulary: 0 | 1, derivedFrom?: string, untagged = false): string {
  const words = WORDS[vocabulary]!;
  const standards: string[] = [];
  for (let number = 1; number <= STANDARDS; number++) {
    const text = Array.from({ length: 12 }, (_, at) => words[(number * 7 + at * 5 + (number % 11)) % words.length]!);
    standards.push(`      - number: ${number}`, `        text: ${text.join(" ")} ${id} ${number}.`, ...(untagged ? ["        concepts: []"] : []));
  }
  const source = derivedFrom ? `source: { document: ${id}, derivedFrom: ${derivedFrom} }` : `source: { document: ${id} }`;
  return [`id: ${id}`, `title: ${id} code`, `shortName: ${id}`, "jurisdiction: Here", source, "sections:", "  - id: rules", "    title: Rules", "    standards:", ...standards, ""].join("\n");
}

const dir = mkdtempSync(join(tmpdir(), "ethics-long-diff-"));
writeFileSync(join(dir, "first.yaml"), longCode("first", 0));
writeFileSync(join(dir, "second.yaml"), longCode("second", 1, "first"));
// Two codes written apart, alike word for word but for their names, that address no concept:
// their pairs by wording are the report's only list, which was printed whole.
writeFileSync(join(dir, "apart.yaml"), longCode("apart", 0, undefined, true));
writeFileSync(join(dir, "aside.yaml"), longCode("aside", 0, undefined, true));

describe("the brief diff of two codes of 2,000 standards", () => {
  it.each([
    ["second", "first"],
    ["first", "second"],
  ])("%s → %s: at most 200 lines, each list cut short telling how many it left out", (a, b) => {
    const { stdout, stderr, code } = ethics(["--data", dir, "diff", a, b], { env: { COLUMNS: "80", ETHICS_NO_CACHE: "1" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(200);
    // Filled, not cut further than it had to be.
    expect(lines.length).toBeGreaterThanOrEqual(195);
    expect(stdout).toMatch(/ standards: 0 same · 0 changed · 2000 new · 2000 left out\n/);
    // Each list of whole standards: the entries shown and those told of come to all 2,000.
    const lists = stdout.split(/\n\n(?=(?:New in|Left out of) )/).slice(1);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const shown = list.split("\n").filter((line) => /^ {2}\d+: /.test(line)).length;
      const more = Number(/ {2}… and (\d+) more: --full shows them/.exec(list)?.[1] ?? 0);
      expect(shown + more, list.slice(0, 80)).toBe(STANDARDS);
    }
  });

  it("apart → aside, written apart with no concept: their only list, of pairs, is cut short too", () => {
    const { stdout, stderr, code } = ethics(["--data", dir, "diff", "apart", "aside"], { env: { COLUMNS: "80", ETHICS_NO_CACHE: "1" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(200);
    expect(lines.length).toBeGreaterThanOrEqual(195);
    expect(stdout).toMatch(/\nPairs by wording \(2000\): one rule in other words\n/);
    const shown = lines.filter((line) => /^ {2}apart \d+ → aside \d+/.test(line)).length;
    expect(shown).toBeGreaterThan(0);
    expect(stdout).toContain(`  … and ${STANDARDS - shown} more: --full shows them\n`);
  });
});
