// A standard is its text, its lettered items and its notes: every command that shows one shows it
// whole, the editor's notes marked as such (issue 14, item 1).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const BOLD_YELLOW = (word: string) => `\u001b[1m\u001b[33m${word}\u001b[39m\u001b[22m`;

describe("search shows each hit whole", () => {
  it("under the influence: Medi-Cal Integrity 12 with both lettered items, and the items in --json", () => {
    const { stdout, code } = ethics(["search", "under the influence", "--limit", "1"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Medi-Cal · Integrity 12\n  Shall not provide services[\s\S]*Health and Safety Code, except:\n  a\. Drugs or medications prescribed[\s\S]*\n  b\. Over-the-counter drugs or medications used in the dosage and frequency\n     described on the box, bottle, or package insert\.\n$/);
    const [hit] = JSON.parse(ethics(["search", "under the influence", "--limit", "1", "--json"]).stdout).hits;
    expect(Object.keys(hit)).toEqual(["code", "section", "sectionTitle", "number", "text", "citation", "score", "matched", "items", "notes", "editorial", "concepts", "loose"]);
    expect(hit.items.map((item: { label: string }) => item.label)).toEqual(["a", "b"]);
  });

  it("shows the source's note and the editor's, and highlights matches in items and notes", () => {
    const note = ethics(["search", "inappropriate", "--code", "ak", "--limit", "1"], { env: { FORCE_COLOR: "1" } }).stdout;
    expect(note).toContain("Alaska · Conflicts of Interest 3");
    expect(note).toContain(`as deemed ${BOLD_YELLOW("inappropriate")} or unacceptable by the agency`);
    const items = ethics(["search", "dosage", "--limit", "1"], { env: { FORCE_COLOR: "1" } }).stdout;
    expect(items.match(new RegExp(BOLD_YELLOW("dosage").replace(/\[/g, "\\["), "g"))).toHaveLength(2);
    const editorial = ethics(["search", "inspire hope", "--code", "medi-cal", "--section", "hope"]).stdout;
    expect(editorial).toMatch(/Medi-Cal · Hope 1\n[\s\S]*Editor's note: The source gives this standard no number/);
  });
});

describe("topic shows each standard whole", () => {
  it("gifts: Alaska Conflicts of Interest 3 with the note that defers to agency policy", () => {
    const { stdout, code } = ethics(["topic", "gifts", "--codes", "ak"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Alaska · Conflicts of Interest 3 · prohibits[^\n]*\n(?:        [^\n]*\n)*    I will not accept substantial gifts[\s\S]*\n    Note: Given the diversity of peer support services[\s\S]*guidelines I work under\.\n/);
  });
});

describe("topic --json gives each standard whole, as show --json does", () => {
  interface Shown {
    citation: string;
    items: unknown[];
    notes: unknown[];
    editorial: unknown[];
  }
  const standardsOf = (args: string[]) =>
    (JSON.parse(ethics(["topic", ...args, "--json"]).stdout) as { codes: { standards: (Shown & Record<string, unknown>)[] }[] }).codes.flatMap((code) => code.standards);
  /** What `show --json` gives of the standard a topic's entry cites, read from the entry itself: the topic's own fields left out. */
  const asShown = ({ strength: _strength, qualifiers: _qualifiers, concepts: _concepts, inferred: _inferred, ...rest }: Record<string, unknown>) => rest;
  const shown = (citation: string, data: string[] = []) => JSON.parse(ethics([...data, "show", citation, "--json"]).stdout) as Record<string, unknown>;

  // The text showed items, notes and editor's notes; the JSON had the standard's text alone.
  it.each([
    [["gifts"], "Alaska · Conflicts of Interest 3", "notes"],
    [["substance-use-and-impairment"], "Medi-Cal · Integrity 12", "items"],
    [["prescribed-and-over-the-counter-medication"], "Medi-Cal · Integrity 12", "items"],
    [["hope-and-recovery", "--code", "medi-cal"], "Medi-Cal · Hope 1", "editorial"],
  ] as const)("%j: %s with its %s", (args, citation, field) => {
    const standards = standardsOf([...args]);
    const entry = standards.find((standard) => standard.citation === citation)!;
    expect(entry[field]).not.toHaveLength(0);
    for (const standard of standards) expect(asShown(standard)).toEqual(shown(standard.citation));
  });

  it("a user's code's standards too, cold and warm through the cache alike", () => {
    const data = ["--data", "test/fixtures/user-codes"];
    const cache = { ETHICS_CACHE_DIR: mkdtempSync(join(tmpdir(), "ethics-topic-json-")) };
    const run = (env: NodeJS.ProcessEnv) => ethics([...data, "topic", "confidentiality", "--code", "riverside", "--json"], { env }).stdout;
    const uncached = run({ ETHICS_NO_CACHE: "1" });
    expect(run(cache)).toBe(uncached);
    expect(run(cache)).toBe(uncached);
    const [standard] = (JSON.parse(uncached) as { codes: { standards: Record<string, unknown>[] }[] }).codes[0]!.standards;
    expect(standard!.items).toEqual([{ label: "a", text: "Tell people the limits of confidentiality at the first meeting." }]);
    expect(asShown(standard!)).toEqual(shown(standard!.citation as string, data));
  });
});

describe("diff shows each standard whole", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-body-"));
  writeFileSync(
    join(dir, "diff-a.yaml"),
    `id: diff-a
title: Diff A
shortName: Diff A
jurisdiction: test
source: { document: Diff A }
sections:
  - id: rules
    title: Rules
    standards:
      - number: 1
        text: Never accept gifts or presents from the people you serve.
        notes: [Token gifts are a matter for agency policy.]
        editorial: [A remark of the editor on rule one.]
      - number: 2
        text: Keep records of every meeting with a peer.
        items:
          - { label: a, text: Write the date of the meeting. }
          - { label: b, text: Write who was there. }
`,
  );
  writeFileSync(
    join(dir, "diff-b.yaml"),
    `id: diff-b
title: Diff B
shortName: Diff B
jurisdiction: test
source: { document: Diff B }
sections:
  - id: rules
    title: Rules
    standards:
      - number: 1
        text: Never accept gifts or presents of value from persons you support.
        notes: [Ask your supervisor when unsure.]
        items:
          - { label: a, text: Return what was given. }
      - number: 2
        text: Talk with your supervisor about conflicts of interest.
`,
  );

  it("in the two wordings of a pair worded apart, and in what only one code has", () => {
    const { stdout, code } = ethics(["--data", dir, "diff", "diff-a", "diff-b", "--full"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        "    A: Never accept gifts or presents from the people you serve.",
        "       Note: Token gifts are a matter for agency policy.",
        "       Editor's note: A remark of the editor on rule one.",
        "    B: Never accept gifts or presents of value from persons you support.",
        "       a. Return what was given.",
        "       Note: Ask your supervisor when unsure.",
      ].join("\n"),
    );
    expect(stdout).toContain(["Only in Diff A (1): no standard of Diff B shares a concept", "", "  Diff A 2", "    Keep records of every meeting with a peer.", "    a. Write the date of the meeting.", "    b. Write who was there."].join("\n"));
  });
});

describe("exports show each standard whole", () => {
  it("csv has the editor's notes in a column of their own; md marks them", () => {
    const rows = ethics(["export", "--format", "csv", "--code", "medi-cal"]).stdout.trimEnd().split("\r\n");
    expect(rows[0]).toBe("code,section,section_title,number,citation,text,items,notes,editorial");
    expect(rows.find((row) => row.startsWith("medi-cal,hope,Hope,1,"))).toMatch(/,,,"?The source gives this standard no number; it is the first in the section, followed by standards 2 and 3\."?$/);
    const md = ethics(["export", "--format", "md", "--code", "medi-cal"]).stdout;
    expect(md).toContain("1. Inspire hope in those engaging in services by living a life of recovery and/or resiliency\n    - *Editor's note: The source gives this standard no number");
    expect(md).toContain("12. Shall not provide services under the influence");
    expect(md).toContain("    - **b.** Over-the-counter drugs or medications");
  });
});
