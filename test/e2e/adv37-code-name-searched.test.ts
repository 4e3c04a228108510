// A search for a code's name alone, as someone looking for the code types it: `ethics search
// alaska` answered with Alaska Relationship with Clients 4 and Working Well Together Cultural
// Relevancy 3 (on diversity), `search wi` with confidentiality rules, `search north carolina`
// with the gift rules as "loosely related": none holds the name or says anything of the code.
// `search nc` said "did you mean c?". As for a query of numbers, only the standards whose words
// hold the name are kept, and a hint says how to print the code and how to search it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

describe("a search for a code's name alone", () => {
  it.each([
    ["alaska", "alaska"],
    ["wi", "wisconsin"],
    ["nc", "north-carolina"],
    ["north carolina", "north-carolina"],
    ["Wisconsin", "wisconsin"],
  ])("%s: no unrelated answers, and the hint names show and --code", (query, id) => {
    const run = ethics(["search", query]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    // The hint as one line: where it wraps depends on the name's length.
    expect(run.stderr.replace(/\n {6}/g, " ")).toBe(
      `ethics: no standard matches '${query}'\nhint: '${query}' names a code: \`ethics show ${id}\` prints it whole; to search it, e.g. \`ethics search gifts --code ${id}\`\n`,
    );
  });

  it("the standards that print the name are still found", () => {
    const run = ethics(["search", "medi-cal", "--limit", "2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Medi-Cal · /);
    expect(run.stdout).toContain("Medi-Cal Peer Support Services");
    expect(run.stderr).toContain("hint: 'medi-cal' names a code: `ethics show medi-cal` prints it whole");
  });

  it("--json: the empty result", () => {
    const run = ethics(["search", "alaska", "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ query: "alaska", hits: [], concepts: [] });
  });

  it("a name with other words is searched as before", () => {
    const run = ethics(["search", "alaska gifts", "--limit", "1"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Alaska · Conflicts of Interest 3\n/);
  });

  // "medical" (an alias of Medi-Cal) answered only the 2 standards that print Medi-Cal, of 26
  // about medical matters; a user's code aliased "boundaries" kept 3 of 35 boundary rules.
  it("a name of one everyday word is searched as a word", () => {
    const run = ethics(["search", "medical", "--limit", "50"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("names a code");
    expect(run.stdout).toContain("PSS do not make medical diagnoses.");
    expect(run.stdout.match(/^\S.* · .* \d+$/gm)!.length).toBeGreaterThan(10);
  });

  it("a user's code aliased with an everyday word does not narrow a search for it", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-everyday-alias-"));
    const example = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
    writeFileSync(join(dir, "riverside-agency.yaml"), example.replace("aliases: [riverside]", "aliases: [riverside, boundaries]"));
    const run = ethics(["--data", dir, "search", "boundaries", "--limit", "50", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("names a code");
    expect(JSON.parse(run.stdout).hits.length).toBeGreaterThan(10);
  });
});
