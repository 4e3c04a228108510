// A trainer's agency code (test/fixtures/riverbend): Gifts 1 grants small gifts on terms, and Gifts
// 4's "cannot accept" says which gift it is about. `topic` read the one as requiring and the other
// as prohibiting, and its row said "Riverbend prohibits Gifts 1, Gifts 2, Gifts 4".
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const data = ["--data", join(root, "test/fixtures/riverbend")];

interface Reading {
  citation: string;
  strength: string;
  qualifiers: string[];
}

describe("a permission on terms, and a negation in a relative clause, in an agency's own code", () => {
  const report = JSON.parse(ethics([...data, "topic", "gifts", "--code", "riverbend", "--json"]).stdout);
  const reading = (citation: string) => (report.codes[0].standards as Reading[]).find((standard) => standard.citation === citation)!;

  it.each([
    ["Riverbend · Gifts 1", "allows", ["worth no more than $20", "must tell their supervisor about it the same week"]],
    ["Riverbend · Gifts 2", "prohibits", []],
    ["Riverbend · Gifts 4", "requires", []],
  ])("%s on gifts: %s %j", (citation, strength, qualifiers) => {
    expect(reading(citation)).toMatchObject({ strength, qualifiers });
  });

  it("a row says which of its standards bind otherwise than its strongest (only allows, requires), in 80 columns", () => {
    const { stdout } = ethics([...data, "topic", "accepting-gifts", "--code", "riverbend"], { env: { COLUMNS: "80" } });
    expect(stdout).toContain("Riverbend prohibits  Gifts 1 (allows), Gifts 2, Gifts 4 (requires)\n");
    expect(stdout).toContain("Riverbend · Gifts 1 · allows (worth no more than $20; must tell their\n");
    expect(stdout).toContain("Riverbend · Gifts 4 · requires · inferred\n");
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("the row's JSON gives each standard's reading, in the order of its citations", () => {
    const row = report.concepts.find((concept: { id: string }) => concept.id === "accepting-gifts").codes[0];
    expect(row.citations).toEqual(["Riverbend · Gifts 1", "Riverbend · Gifts 2", "Riverbend · Gifts 4"]);
    expect(row.readings.map((each: Reading) => each.strength)).toEqual(["allows", "prohibits", "requires"]);
  });

  it("the handout's badge on Gifts 4 requires, and Gifts 1's allows", () => {
    const html = ethics([...data, "export", "--format", "html", "--topic", "gifts", "--code", "riverbend"]).stdout;
    const badge = (number: number) => new RegExp(`id="riverbend_gifts_${number}">\\n<p><span class="citation">Riverbend · Gifts ${number}</span> <span class="strength (\\w+)"`).exec(html)?.[1];
    expect([badge(1), badge(4)]).toEqual(["allows", "requires"]);
  });
});
