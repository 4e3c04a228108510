// A search narrowed to some codes, whose question names a matter none of their rules is on, says
// which other codes have rules on it, with the command that shows them.
import { execSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { harborFolder } from "./harbor-code.js";
import { ethics, root, runEnvironment } from "./run.js";

const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const HOURS_HINT = "hint: Medi-Cal has no standard on supervision hours and requirements; Alaska and Wisconsin do: `ethics show alaska conduct 1 wisconsin 11`";

describe("a matter the codes searched have no rule on", () => {
  it("is said after the answers, with the other codes' rules to show", () => {
    const run = ethics(["search", "supervision hours", "--code", "medi-cal"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Medi-Cal · /);
    expect(flat(run.stderr)).toBe(HOURS_HINT);
    // The command runs as printed.
    const shown = ethics(["show", "alaska", "conduct", "1", "wisconsin", "11"]);
    expect(shown.stdout).toMatch(/^Alaska · Conduct 1\n[\s\S]*\nWisconsin 11\n/);
  });

  it("is said of the codes ETHICS_CODE names, and of several codes together", () => {
    expect(flat(ethics(["search", "supervision hours"], { env: { ETHICS_CODE: "medi-cal" } }).stderr)).toBe(HOURS_HINT);
    expect(flat(ethics(["search", "supervision hours", "--code", "medi-cal,california"]).stderr)).toBe(
      "hint: Medi-Cal and Working Well Together have no standard on supervision hours and requirements; Alaska and Wisconsin do: `ethics show alaska conduct 1 wisconsin 11`",
    );
  });

  it.each([
    ["a matter the code has rules on", ["search", "gifts", "--code", "medi-cal"]],
    ["every code searched", ["search", "supervision hours"]],
    ["JSON", ["search", "supervision hours", "--code", "medi-cal", "--json"]],
    ["a section searched: the code's other sections may have one", ["search", "supervision hours", "--code", "medi-cal", "--section", "integrity"]],
  ])("is not said for %s", (_, args) => {
    const run = ethics(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("fits the terminal, its command broken as the shell reads it pasted", () => {
    const run = ethics(["search", "meeting a peer outside of work hours", "--code", "north-carolina"], { env: { COLUMNS: "80" } });
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines.every((line) => [...line].length <= 80)).toBe(true);
    const command = run.stderr.slice(run.stderr.indexOf("`") + 1, run.stderr.lastIndexOf("`")).replace(/^ethics /, "node bin/ethics.cjs ");
    expect(execSync(command, { cwd: root, encoding: "utf8", env: runEnvironment({ env: { NO_COLOR: "1" } }) })).toMatch(/^Wisconsin 9\n/);
  });

  it("says of a user's code, whose concepts are a guess, that none was found, never that it has none", () => {
    const dir = harborFolder(
      `  - id: privacy
    title: Privacy
    standards:
      - number: 1
        text: "Keep everything a person tells you private, unless they agree in writing or someone's life is at risk."
      - number: 2
        text: "If you already know someone outside work, tell your supervisor before you work with them."
`,
    );
    const run = ethics(["--data", dir, "search", "supervision hours", "--code", "harbor"]);
    expect(run.code).toBe(0);
    expect(flat(run.stderr)).toBe(
      "hint: no standard on supervision hours and requirements was found in Harbor (its concepts are inferred, not curated); Alaska and Wisconsin do: `ethics show alaska conduct 1 wisconsin 11`",
    );
    expect(flat(ethics(["--data", dir, "search", "supervision hours", "--code", "harbor,medi-cal"]).stderr)).toMatch(
      /^hint: no standard on supervision hours and requirements was found in Harbor and Medi-Cal \(Harbor's are inferred, not curated\);/,
    );
  });

  it("says of a user's code whose file tags every standard that it has none, as of a curated code", () => {
    const dir = harborFolder(
      `  - id: boundaries
    title: Boundaries
    standards:
      - number: 1
        text: "If you already know someone outside work, tell your supervisor before you work with them."
        concepts: [consulting-supervisor-on-boundaries]
`,
    );
    const run = ethics(["--data", dir, "search", "supervision hours", "--code", "harbor"]);
    expect(run.code).toBe(0);
    expect(flat(run.stderr)).toMatch(/^hint: Harbor has no standard on supervision hours and requirements; /);
  });
});
