import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, root } from "./run.js";
import { ethicsAll } from "./terminal-run.js";

/**
 * A revision (Medi-Cal derives from California's code) and two codes written apart, each way
 * round: of the twenty ordered pairs, the longest reports of each kind (195 to 200 lines).
 */
const PAIRS = [["california", "medi-cal"], ["medi-cal", "california"], ["alaska", "medi-cal"], ["medi-cal", "alaska"]];

describe("ethics diff", () => {
  it("california → medi-cal: a revision, in brief: the lineage, the counts, what is new, then the rewordings", () => {
    const { stdout, code } = ethics(["diff", "california", "medi-cal"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Working Well Together → Medi-Cal");
    expect(lines[1]).toBe("  A revision: Medi-Cal derives from Working Well Together.");
    expect(stdout).toMatch(/\n  96 → 108 standards: 26 same · 69 changed · 13 new · 1 merge · 23 renumbered\n/);
    expect(stdout).toContain("Substituted throughout: “served” → “engaging in services” ×22 · “served” → “supported” ×7");
    expect(stdout).toContain("Renamed: Cultural Relevancy → Cultural Responsiveness & Humility");
    expect(stdout).toMatch(/New in Medi-Cal, on matters Working Well Together does not address\n  Integrity 13: Shall not secure a certification by fraud[\s\S]*also addresses[\s\S]*a\. Drugs or medications/);
    expect(stdout.indexOf("New in Medi-Cal")).toBeLessThan(stdout.indexOf("Reworded"));
    expect(stdout).toContain("  Respect 4 + 5 → Respect 4: Provide empathy and {+be+} able to");
    expect(stdout).toContain("  Respect 13 → 12: Communicate with co-workers and colleagues in ways that promote [-conflict resolution-]{+hope, compassion, and solution-focused interactions+}.");
  });

  it("alaska → medi-cal: codes written apart, by concept", () => {
    const { stdout } = ethics(["diff", "alaska", "medi-cal"], { env: { COLUMNS: "80" } });
    expect(stdout).toContain("  Written apart: compared by what their rules are about.");
    expect(stdout).toMatch(/Alaska binds more strongly \(\d+ concepts\)\n  Accepting gifts · Giving gifts/);
    expect(stdout).toContain("    Medi-Cal defers     Integrity 5; Integrity 6 (aspires)");
    expect(stdout).toMatch(/Only in Alaska \(3\): no standard of Medi-Cal shares a concept\n  Relationship with Clients 1, 2, 9\n/);
    expect(stdout).toMatch(/\nOnly Alaska addresses \(\d+ concepts\)\n/);
    expect(stdout).toMatch(/\n  Concepts: \d+ both address · \d+ only Alaska · \d+ only Medi-Cal\n/);
  });

  it("a user's code written apart: what inference found none of is not said to be unaddressed", () => {
    // Inference finds about half the matters a reader would (README, codes written apart).
    const { stdout, code } = ethics(["--data", join(root, "test/fixtures/user-codes"), "diff", "riverside", "alaska"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stdout).toContain("Riverside's concepts are inferred from its wording, not curated.");
    expect(stdout).toMatch(/\nOnly Alaska addresses \(\d+ concepts; none found in Riverside\)\n/);
    expect(stdout.replace(/\n {4}/g, " ")).toMatch(/\n  Concepts: \d+ both address · 0 only Riverside · \d+ in Alaska, none found in Riverside\n/);
  });

  it("marks changes with git's brackets on a colour terminal too, not colour alone", () => {
    const { stdout } = ethics(["diff", "wwt", "medi-cal", "--section", "respect", "--only", "changed"], { env: { FORCE_COLOR: "1" } });
    expect(stdout).toContain("\u001b[31m[-are-]\u001b[39m\u001b[32m{+be+}\u001b[39m");
  });

  it("--full prints every redline, the same pairs, and the places of each substitution", () => {
    const { stdout } = ethics(["diff", "wwt", "medi-cal", "--full"]);
    expect(stdout).toContain("  Respect 11 → 10: Use language that is respectful, “person-first{+,+}” and culturally mindful to, and with, those [-served-]{+supported+}, colleagues{+,+} and the community.");
    expect(stdout).toMatch(/\nSame \(26\)\n/);
    expect(stdout).toContain("“served” → “supported” ×7, in Medi-Cal Respect 9, 10; Integrity 2; Advocacy 4, 5; Confidentiality 2");
  });

  it("--json follows the contract", () => {
    const result = JSON.parse(ethics(["diff", "california", "medi-cal", "--json"]).stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["kind", "a", "b", "summary", "pairs", "onlyA", "onlyB", "topics", "concepts"]));
    expect(result.kind).toBe("revision");
    expect(result.onlyB.map((ref: { section: string; number: number }) => `${ref.section} ${ref.number}`)).toEqual(["integrity 13", "integrity 14"]);
    expect(result.relatedB.filter((ref: { section: string }) => ref.section === "reciprocity").map((ref: { number: number }) => ref.number)).toEqual([3, 4]);
    const personFirst = result.pairs.find((pair: any) => pair.a.section === "respect" && pair.a.number === 11);
    expect(personFirst).toMatchObject({ status: "changed", edit: "substitutions", b: { section: "respect", number: 10 } });
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
    // Each standard whole, as show --json gives it: its items, notes and editor's notes are part of what it says.
    expect(Object.keys(result.pairs[0].a)).toEqual(Object.keys(JSON.parse(ethics(["show", "--json", "california", "hope", "1"]).stdout)));
    expect(Object.keys(result.pairs[0].a)).toEqual(["code", "section", "sectionTitle", "number", "text", "items", "notes", "editorial", "citation"]);
    expect(result.topics.onlyB.map((topic: { id: string }) => topic.id)).toContain("documentation-and-records");
    expect(result.topics.both[0]).toEqual({ id: expect.any(String), name: expect.any(String) });
  });

  it("--json for codes written apart: a row per concept, A's standards against B's, each side's strength", () => {
    const result = JSON.parse(ethics(["diff", "alaska", "medi-cal", "--json"]).stdout);
    expect(result.kind).toBe("apart");
    const gifts = result.concepts.find((row: { id: string }) => row.id === "accepting-gifts");
    expect(gifts).toMatchObject({
      name: "Accepting gifts",
      a: [{ code: "alaska", section: "conflicts-of-interest", sectionTitle: "Conflicts of Interest", number: 3, citation: "Alaska · Conflicts of Interest 3" }],
      strength: { a: "prohibits", b: "defers" },
    });
    expect(gifts.b.map((ref: { citation: string }) => ref.citation)).toEqual(["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6"]);
    const pair = result.pairs.find((candidate: any) => candidate.a.section === "relationship-with-clients" && candidate.a.number === 3);
    expect(pair.b).toMatchObject({ section: "safety-and-protection", number: 6 });
    expect(result.pairs.find((candidate: any) => candidate.a.section === "relationship-with-clients" && candidate.a.number === 2)).toBeUndefined();
  });

  it("--only narrows what is listed", () => {
    const result = JSON.parse(ethics(["diff", "wwt", "medi-cal", "--only", "added", "--json"]).stdout);
    expect(result.pairs).toEqual([]);
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB.length + result.relatedB.length).toBe(13);
    expect(result.summary.added).toBe(13);
  });

  // Every pair of the five codes is rendered in-process (test/render/diff.test.ts: at most 200
  // lines and none wider than 80 columns, plain and coloured); here the command itself, at the
  // width COLUMNS gives it, for a revision and for codes written apart, each way round.
  it("reads a revision and codes written apart, each way round, in one sitting at 80 columns: at most 200 lines, none wider", async () => {
    const results = await ethicsAll(
      PAIRS.map((pair) => ["diff", ...pair]),
      { COLUMNS: "80" },
    );
    results.forEach((result, index) => {
      const label = PAIRS[index]!.join(" → ");
      expect(result.code, label).toBe(0);
      expect(result.stderr, label).toBe("");
      const lines = result.stdout.replace(/\n$/, "").split("\n");
      expect(lines.length, label).toBeLessThanOrEqual(200);
      expect(lines.filter((line) => [...line].length > 80), label).toEqual([]);
    });
  });

  it("compares a user's code that derives from a built-in one as a revision, and validates the lineage", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-lineage-"));
    const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
    writeFileSync(join(dir, "riverside.yaml"), riverside.replace("source:\n", "source:\n  derivedFrom: alaska\n"));
    const text = ethics(["--data", dir, "diff", "alaska", "riverside"], { env: { COLUMNS: "80" } }).stdout;
    expect(text).toContain("  A revision: Riverside derives from Alaska.");
    expect(text).toContain("Riverside's concepts are inferred from its wording, not curated.");
    expect(JSON.parse(ethics(["--data", dir, "diff", "riverside", "wisconsin", "--json"]).stdout).kind).toBe("apart");

    writeFileSync(join(dir, "riverside.yaml"), riverside.replace("source:\n", "source:\n  derivedFrom: alaskaa\n"));
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain("source.derivedFrom: no code 'alaskaa': expected the id of a built-in code or of a code validated with it — did you mean alaska?");
  });

  it.each([
    [["diff", "alaska"], 2, "diff needs <b>: the code to compare to"],
    [["diff", "alaska", "medcal"], 1, "did you mean medi-cal?"],
    [["diff", "wwt", "medi-cal", "--only", "addd"], 2, "'addd' is not a diff status — did you mean added?"],
    [["diff", "wwt", "medi-cal", "--section", "integrty"], 1, "did you mean integrity?"],
  ])("%j fails with a short message", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});

describe("ethics diff of a user's code with itself", () => {
  it("says once that its concepts are inferred", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-diff-self-"));
    writeFileSync(
      join(dir, "solo.yaml"),
      "id: solo\ntitle: Solo Code\nshortName: Solo\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Solo\n" +
        "sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    const { stdout, stderr, code } = ethics(["--data", dir, "diff", "solo", "solo"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 2)).toEqual(["Solo → Solo", "  One code, compared with itself."]);
    expect(stdout.match(/Solo's concepts are inferred from its wording, not curated\./g)).toHaveLength(1);
  });

  it("a short name ending in s takes the apostrophe alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-diff-possessive-"));
    writeFileSync(
      join(dir, "providers.yaml"),
      "id: providers\ntitle: Peer Providers Code\nshortName: Peer Providers\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: Providers\n" +
        "sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    const { stdout, code } = ethics(["--data", dir, "diff", "providers", "alaska"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Peer Providers' concepts are inferred from its wording, not curated.");
    expect(stdout).not.toContain("Providers's");
  });
});

describe("ethics diff of two users' codes of one standard each", () => {
  it("counts one standard in the singular", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-diff-one-"));
    const code = (id: string, text: string) =>
      `id: ${id}\ntitle: ${id} code\nshortName: ${id}\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: ${id}\n` +
      `sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: ${text}\n`;
    writeFileSync(join(dir, "uno.yaml"), code("uno", "Will not accept gifts from people they support."));
    writeFileSync(join(dir, "due.yaml"), code("due", "Will not lend money to people they support."));
    const { stdout, stderr, code: exit } = ethics(["--data", dir, "diff", "uno", "due"]);
    expect(stderr).toBe("");
    expect(exit).toBe(0);
    expect(stdout).toContain("\n  1 standard → 1: ");
    expect(stdout).not.toContain("1 standards");
  });

  it("calls a pair of the same words word for word, not 'in other words'", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-diff-same-"));
    const code = (id: string) =>
      `id: ${id}\ntitle: ${id} code\nshortName: ${id}\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: ${id}\n` +
      `sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n`;
    writeFileSync(join(dir, "uno.yaml"), code("uno"));
    writeFileSync(join(dir, "due.yaml"), code("due"));
    const { stdout, stderr, code: exit } = ethics(["--data", dir, "diff", "uno", "due"]);
    expect(stderr).toBe("");
    expect(exit).toBe(0);
    expect(stdout).toContain("\nPairs by wording (1): one rule word for word\n");
  });
});

// `diff north carolina alaska` and `diff alaska and wi` were "too many arguments for 'diff'":
// the two codes are read as show, list and export read codes, a name of several words and an
// "and" among them. Three codes are still too many, counted as codes (adv61-diff-several-codes).
describe("diff's two codes, named as words", () => {
  it.each([
    [["north", "carolina", "alaska"], ["north-carolina", "alaska"]],
    [["alaska", "and", "wi"], ["alaska", "wi"]],
    [["working", "well", "together", "medi-cal"], ["california", "medi-cal"]],
  ])("diff %j is diff %j", (words, ids) => {
    const named = ethics(["diff", ...words, "--json"]);
    expect(named.stderr).toBe("");
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(ethics(["diff", ...ids, "--json"]).stdout);
  });

  it("three codes are too many", () => {
    expectShortFailure(ethics(["diff", "alaska", "wi", "and", "nc"]), 2, "ethics: diff compares two codes, not 3: alaska, wisconsin and north-carolina");
  });
});
