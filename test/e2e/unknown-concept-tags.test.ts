// A concept tag the index does not have is skipped by the tool (docs/data-format.md; `ethics
// validate` names it): what show and random print as JSON skips it too.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, unwrapped } from "./run.js";

const data = ["--data", join(root, "test/fixtures/every-field")];

interface Tagged {
  number: number;
  concepts?: string[];
}

describe("--json leaves out concept tags the index lacks", () => {
  it("show: a standard, a section, a code, and by strength", () => {
    const { stdout, code } = ethics([...data, "show", "--json", "every boundaries 3; every boundaries; every"]);
    expect(code).toBe(0);
    const [standard, section, whole] = JSON.parse(stdout) as [Tagged, { standards: Tagged[] }, { sections: { standards: Tagged[] }[] }];
    const tags = [["accepting-gifts", "gift-value-limits"], ["lending-and-borrowing-money"], [], undefined];
    expect(standard.concepts).toEqual(["lending-and-borrowing-money"]);
    expect(section.standards.map((each) => each.concepts)).toEqual(tags);
    expect(whole.sections[0]!.standards.map((each) => each.concepts)).toEqual(tags);
    const byStrength = JSON.parse(ethics([...data, "show", "--json", "--strength", "prohibits", "every boundaries 3"]).stdout) as Tagged[];
    expect(byStrength.map((each) => each.concepts)).toEqual([["lending-and-borrowing-money"]]);
  });

  it("random", () => {
    const picked = JSON.parse(ethics([...data, "random", "--json", "--code", "every", "--topic", "money", "--seed", "1"]).stdout) as Tagged;
    expect([picked.number, picked.concepts]).toEqual([3, ["lending-and-borrowing-money"]]);
  });
});

describe("a tag no concept answers is said on every run, and a standard tagged only so is read by its words", () => {
  // A slip for lending-and-borrowing-money: skipped silently, the code "did not address" lending.
  const folder = mkdtempSync(join(tmpdir(), "ethics-slipped-tag-"));
  writeFileSync(
    join(folder, "riverside.yaml"),
    [
      "id: riverside-agency",
      "aliases: [riverside]",
      "title: Riverside Peer Services Code of Conduct",
      "shortName: Riverside",
      "jurisdiction: Riverside County agency policy",
      "source:",
      "  document: Riverside Peer Services Code of Conduct",
      "sections:",
      "  - id: limits",
      "    title: Limits",
      "    standards:",
      "      - number: 1",
      "        text: Will not accept gifts of more than token value from people they support.",
      "        concepts: [accepting-gifts, gift-value-limits]",
      "      - number: 2",
      "        text: Will not lend or borrow money from people they support.",
      "        concepts: [lending-or-borrowing-money]",
      "",
    ].join("\n"),
  );
  const warning = `${join(folder, "riverside.yaml")} Riverside 2: no concept 'lending-or-borrowing-money': expected an id that \`ethics concepts\` lists — did you mean lending-and-borrowing-money? (the code loads; the tag is ignored)`;

  it("topic reads the standard from its wording, and warns of the tag, cached or not", () => {
    const runs = [ethics(["--data", folder, "topic", "money-and-loans", "--code", "riverside"]), ethics(["--data", folder, "topic", "money-and-loans", "--code", "riverside"]), ethics(["--data", folder, "topic", "money-and-loans", "--code", "riverside"], { env: { ETHICS_NO_CACHE: "1" } })];
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Riverside — prohibits (inferred, not curated)");
      expect(run.stdout).not.toContain("not addressed");
      expect(unwrapped(run.stderr)).toBe(`ethics: warning: ${warning}\n`);
    }
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
  });

  it("search no longer says the code has no rule on what it states", () => {
    const { stderr, code } = ethics(["--data", folder, "search", "lend money", "--code", "riverside"]);
    expect(code).toBe(0);
    expect(unwrapped(stderr)).not.toMatch(/Riverside has no standard on/);
    expect(unwrapped(stderr)).toContain(warning);
  });

  it("validate names it as a problem, once, with no warning beside", () => {
    const { stdout, stderr, code } = ethics(["validate", folder]);
    expect(code).toBe(1);
    expect(stdout).toContain("did you mean lending-and-borrowing-money?");
    expect(stderr).not.toContain("the tag is ignored");
  });

  it("the fixture's own unknown tag is warned of beside a known one", () => {
    const { stderr, code } = ethics([...data, "show", "every boundaries 3"]);
    expect(code).toBe(0);
    expect(unwrapped(stderr)).toMatch(/Every · Boundaries 3: no concept 'no-such-concept'.*\(the code loads; the tag is ignored\)/);
  });
});
