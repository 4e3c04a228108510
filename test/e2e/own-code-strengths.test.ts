// A county writing its own code says "the county's policy" where the five codes say "agency
// policy", and grants with "may" where they bind: the quiz keys and `topic` read both as a
// reader of the county's code does.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const county = `id: lakeside
title: Lakeside County Peer Staff Code
shortName: Lakeside
jurisdiction: Lakeside County
source:
  document: Lakeside County Peer Staff Code
sections:
  - id: gifts
    title: Gifts
    standards:
      - number: 1
        text: "Will follow the county's policy on gifts."
      - number: 2
        text: "Will follow the program's policy on gifts."
      - number: 3
        text: "Staff may accept token gifts of less than $10 from the people they serve."
`;

describe("a county's own code, read for strength", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-county-"));
  writeFileSync(join(dir, "lakeside.yaml"), county);

  // Standards 1 and 2 say nearly the same words, which a quiz asks about once: each seed asks one of them.
  it("keys 'follow the county's policy' as deferring to agency policy", () => {
    const questions = [7, 42, 99].flatMap((seed) => {
      const { stdout, code } = ethics(["--data", dir, "quiz", "--code", "lakeside", "--kind", "strength", "--count", "2", "--seed", String(seed), "--json"]);
      expect(code).toBe(0);
      return JSON.parse(stdout).questions as { citation: string; answer: number; choices: string[] }[];
    });
    expect([...new Set(questions.map((question) => question.citation))].sort()).toEqual(["Lakeside 1", "Lakeside 2"]);
    for (const question of questions) expect(question.choices[question.answer]).toBe("defers to agency policy");
  });

  it("shows a permission as allowing its matter in topic", () => {
    const { stdout, code } = ethics(["--data", dir, "topic", "gifts", "--code", "lakeside"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Lakeside 3 · allows/);
    expect(stdout).toMatch(/Lakeside 1 · defers/);
  });
});
