// `ethics diff big big` on a code of 10,000 standards refused: "too large to compare", the bound
// on pairs of standards weighed (adv33-diff-size: four million, two codes of 2,000). A code
// compared with itself, or with a copy of it under another id, is answered by a pass over each
// standard once: all the same. (3,000 standards here: nine million pairs, past the bound.)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const words = ["peer", "support", "trust", "gifts", "money", "privacy", "dignity", "choice", "safety", "care", "honest", "policy"];
/** A code of one section of `count` standards, each of a few words drawn in turn, and its number (no two the same text). */
function codeFile(dir: string, id: string, count: number, last = ""): void {
  const standards = Array.from({ length: count }, (_, index) => {
    const text = Array.from({ length: 8 }, (_, at) => words[(index * 7 + at * 5 + at * index) % words.length]).join(" ");
    return `      - number: ${index + 1}\n        text: big ${text} (${index + 1})${index === count - 1 ? last : ""}\n`;
  });
  const head = `id: ${id}\naliases: []\ntitle: The ${id} code\nshortName: ${id}\njurisdiction: Test\nnumbering: source\nsource:\n  document: The big code\n  issuer: Test\n  adopted: 2024-03-01\n`;
  writeFileSync(join(dir, `${id}.yaml`), `${head}sections:\n  - id: conduct\n    title: Conduct\n    standards:\n${standards.join("")}`);
}

const dir = mkdtempSync(join(tmpdir(), "ethics-left36-diff-identical-"));
codeFile(dir, "big", 3000);
codeFile(dir, "big-copy", 3000);
codeFile(dir, "big-edited", 3000, " and more");
const env = { COLUMNS: "80" };

describe("diff of a large code with itself or an identical copy", () => {
  it("diff big big: every standard the same, not refused", () => {
    const result = ethics(["--data", dir, "diff", "big", "big"], { env });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("One code, compared with itself.\n  3000 → 3000 standards: 3000 same · 0 changed\n");
    expect(result.code).toBe(0);
  });

  it("diff big big-copy: every standard paired word for word, none only in one", () => {
    const result = ethics(["--data", dir, "diff", "big", "big-copy"], { env });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/3000 standards → 3000: 0 compared by concept · 0 only in big ·\s+0 only in big-copy · 6000 in 3000 pairs by wording/);
    expect(result.stdout).toContain("Pairs by wording (3000): one rule word for word\n");
    expect(result.code).toBe(0);
  });

  it("a copy differing in one standard is still refused as too large", () => {
    const result = ethics(["--data", dir, "diff", "big", "big-edited"], { env });
    expect(result.stderr).toContain("too large to compare");
    expect(result.code).toBe(1);
  });
});
