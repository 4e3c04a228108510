// Everything a person reads fits the terminal: 80 columns, 60, with many codes; and prose keeps
// a readable measure on a very wide one.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./run.js";
import { ethicsAll, lineWidths, linesWiderThan } from "./terminal-run.js";

const COMMANDS = ["list", "show", "search", "topics", "topic", "diff", "export", "validate", "completion"];

/** Twelve users' codes besides the five: long ids, some with an alias, some without. */
function manyCodes(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-many-"));
  const example = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
  for (let site = 1; site <= 12; site++) {
    const aliases = site % 3 === 0 ? "" : `aliases: [rs${site}]`;
    writeFileSync(join(dir, `site-${site}.yaml`), example.replace("id: riverside-agency", `id: riverside-site-${site}`).replace("aliases: [riverside]", aliases));
  }
  return dir;
}

async function expectFit(runs: string[][], width: number, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const results = await ethicsAll(runs, { COLUMNS: String(width), ...env });
  results.forEach((result, index) => {
    const label = runs[index]!.join(" ");
    expect(result.stdout + result.stderr, label).not.toBe("");
    expect(linesWiderThan(result.stdout, width), `${label} (stdout)`).toEqual([]);
    expect(linesWiderThan(result.stderr, width), `${label} (stderr)`).toEqual([]);
  });
}

describe("at 80 columns", () => {
  it("every command's output fits", async () => {
    await expectFit(
      [
        ["list"],
        ["list", "medi-cal"],
        ["topics"],
        ["show", "medi-cal"],
        ["search", "can I accept a gift from someone I support?"],
        ["topic", "confidentiality"],
        ["diff", "wwt", "medi-cal"],
        ["diff", "alaska", "medi-cal"],
        ["validate", "test/fixtures/bad", "test/fixtures/duplicate-ids"],
      ],
      80,
    );
  });

  it("coloured too", async () => {
    await expectFit([["diff", "alaska", "medi-cal"], ["topics"], ["list", "medi-cal"]], 80, { FORCE_COLOR: "1" });
  });

  it("and so do messages", async () => {
    await expectFit([["show", "medi-cal", "integrty", "12"], ["--data", "test/fixtures/bad", "list"], ["lst"], ["show", "medi-cal", "--nope"]], 80);
  });

  it("and help, the examples too", async () => {
    await expectFit([["--help"], ...COMMANDS.map((command) => [command, "--help"])], 80);
  });
});

describe("at 60 columns, and with 12 users' codes", () => {
  it("the tables adapt", async () => {
    const many = manyCodes();
    await expectFit([["list"], ["list", "medi-cal"], ["topics"], ["--data", many, "list"], ["--data", many, "topics"]], 60);
  });
});

describe("at 50 and 40 columns", () => {
  it("the concept rows and the help's examples adapt", async () => {
    // The rows' citations hang under a column 37 in; the examples' notes 46 in.
    const runs = [["topic", "confidentiality"], ["topic", "gifts"], ["export", "--help"]];
    await expectFit(runs, 50);
    await expectFit([["topic", "gifts"], ["export", "--help"]], 40);
  });
});

describe("a word wider than the line", () => {
  // A user's code may hold a URL or a path no line can hold: left whole, the terminal folds it at
  // its last column, outside every layout.
  const url = "https://www.example.org/peer-support/certification/code-of-ethics/appendix-b/gifts-and-money-policy-2024-revision-final.pdf";
  const longWords = () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-long-word-"));
    const example = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
    writeFileSync(join(dir, "riverside.yaml"), example.replace("text: Will not accept gifts", `text: See ${url} and will not accept gifts`));
    return dir;
  };

  it.each([80, 40])("is broken to fit %i columns, every character kept", async (width) => {
    const dir = longWords();
    await expectFit([["--data", dir, "show", "riverside", "boundaries", "1"], ["--data", dir, "search", "token gifts"], ["--data", dir, "topic", "gifts"]], width);
    const [shown] = await ethicsAll([["--data", dir, "show", "riverside", "boundaries", "1"]], { COLUMNS: String(width) });
    expect(shown!.stdout.replace(/\s+/g, "")).toContain(url);
  });
});

describe("on a very wide terminal", () => {
  it("prose keeps a readable measure of 100 columns", async () => {
    const runs = [["show", "medi-cal", "integrity"], ["topic", "gifts"], ["search", "gifts"], ["search", "--help"]];
    const results = await ethicsAll(runs, { COLUMNS: "250" });
    results.forEach((result, index) => {
      const widths = lineWidths(result.stdout);
      expect(Math.max(...widths), runs[index]!.join(" ")).toBeLessThanOrEqual(100);
      expect(Math.max(...widths), runs[index]!.join(" ")).toBeGreaterThan(90);
    });
  });

  it("a table takes the width it needs", async () => {
    const [list] = await ethicsAll([["list"]], { COLUMNS: "250" });
    expect(list!.stdout).toMatch(/│ california \(wwt, ca, working-well-together\) │ Working Well Together Code of Ethics for Peer Providers in California │/);
  });
});
