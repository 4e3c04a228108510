// diff weighs every standard of one code against every standard of the other, whatever
// --section says: two codes of 5,000 standards took 60 s and 770 MB, of 10,000 sections of
// one standard, over 120 s and 2 GB (then killed). Past four million pairs it is now refused at
// once, with the sizes, the bound and what to do instead; at the bound (two codes of 2,000,
// as diff-long-codes.test.ts compares) it compares.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const words = ["peer", "support", "trust", "gifts", "money", "privacy", "dignity", "choice", "safety", "care", "honest", "policy"];
/** A code of one section of `count` standards, each of a few words drawn in turn, and its number (no two the same text). */
function codeFile(dir: string, id: string, count: number): void {
  const standards = Array.from({ length: count }, (_, index) => {
    const text = Array.from({ length: 8 }, (_, at) => words[(index * 7 + at * 5 + at * index) % words.length]).join(" ");
    return `      - number: ${index + 1}\n        text: ${id} ${text} (${index + 1})\n`;
  });
  const head = `id: ${id}\naliases: []\ntitle: The ${id} code\nshortName: ${id}\njurisdiction: Test\nnumbering: source\nsource:\n  document: The ${id} code\n  issuer: Test\n  adopted: 2024-03-01\n`;
  writeFileSync(join(dir, `${id}.yaml`), `${head}sections:\n  - id: conduct\n    title: Conduct\n    standards:\n${standards.join("")}`);
}

const dir = mkdtempSync(join(tmpdir(), "ethics-adv33-diff-size-"));
codeFile(dir, "large", 5000);
codeFile(dir, "at-bound", 800); // 5,000 × 800: four million pairs
codeFile(dir, "past-bound", 801); // 5,000 × 801
const env = { COLUMNS: "80" };

describe("diff of codes too large to compare", () => {
  it.each([
    [["diff", "large", "past-bound"], "large and past-bound", "5,000 × 801", "large", "past-bound"],
    [["diff", "past-bound", "large", "--section", "conduct", "--json"], "past-bound and large", "801 × 5,000", "past-bound", "large"],
  ])("%j is refused at once with the sizes, the bound and what to do instead, exit 1", (args, both, sizes, a, b) => {
    const result = ethics(["--data", dir, ...args], { env });
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(
      `ethics: ${both} are too large to compare: ${sizes} standards; diff weighs at most 4,000,000 pairs (two codes of 2,000 standards)\n` +
        // the codes are the --data folder's: the command carries it, to run as printed
        `hint: compare their text instead: \`ethics --data ${dir} export --format md --code ${a} > a.md\`, the same for ${b} > b.md, then \`diff a.md b.md\`\n`,
    );
    // A command in backticks too wide for a line goes on after a backslash: every line fits.
    for (const line of result.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(result.code).toBe(1);
  });

  it("at the bound, four million pairs, it compares", () => {
    const result = ethics(["--data", dir, "diff", "large", "at-bound"], { env });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^large → at-bound\n {2}Written apart: compared by what their rules are about\.\n {2}5000 standards → 800:/);
    expect(result.code).toBe(0);
  });
});
