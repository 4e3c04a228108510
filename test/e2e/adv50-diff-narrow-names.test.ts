// `diff` at COLUMNS=30 to 80: every line fits, and no name a line could hold whole is broken
// across two. Its headings, summary, lists of concepts and topics, notes and editor's notes were
// wrapped as prose: "Left out of Working Well" / "Together, on matters…", "Renamed: Cultural
// Responsiveness & Humility → Cultural" / "Relevancy", "Falsified or inaccurate" / "records",
// "standard 1 of Family Driven and" / "Child-Centered.". A name no line holds breaks where it must.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics, root } from "./run.js";

/** A user's code and its revision, with long names, a renamed section and one left out. */
const dir = mkdtempSync(join(tmpdir(), "ethics-narrow-names-"));
writeFileSync(
  join(dir, "county.yaml"),
  `id: county
title: Riverside County Peer Workforce Code of Conduct
shortName: Riverside County Peer Workforce
jurisdiction: Here
source: { document: A code }
sections:
  - id: boundaries
    title: Boundaries and Dual Relationships
    standards:
      - number: 1
        text: Peer workers keep clear boundaries with the people they support and never accept gifts of significant value.
      - number: 2
        text: Peer workers do not enter into romantic or sexual relationships with the people they support.
      - number: 3
        text: Peer workers do not lend money to the people they support or borrow money from them.
  - id: records
    title: Documentation and Record Keeping
    standards:
      - number: 1
        text: Peer workers keep accurate and timely records of the services they provide, as their agency requires.
      - number: 2
        text: Peer workers never falsify a record.
`,
);
writeFileSync(
  join(dir, "county-revised.yaml"),
  `id: county-revised
title: Riverside County Peer Workforce Code of Conduct, Revised
shortName: County Workforce Revised
jurisdiction: Here
source: { document: A code, derivedFrom: county }
sections:
  - id: boundaries
    title: Boundaries, Dual Relationships and Conduct
    standards:
      - number: 1
        text: Peer workers keep clear boundaries with the people they support and never accept gifts of any value.
        editorial:
          - The revision drops 'significant' from Boundaries and Dual Relationships 1 of Riverside County Peer Workforce.
      - number: 2
        text: Peer workers do not enter into romantic or sexual relationships with the people they support.
      - number: 3
        text: Peer workers do not lend money to the people they support.
`,
);

interface ExportedCode {
  shortName: string;
  sections: { title: string; standards: { text: string }[] }[];
}

interface Concepts {
  topics: { name: string; concepts: { name: string }[] }[];
}

/**
 * The names of many words a diff of `codes` may print: the codes' names, their sections' titles,
 * topics and concepts. Those the codes' own text holds are left out: a standard is prose, and
 * wraps as prose ("this Code" / "of Ethics").
 */
function namesOf(data: string[], codes: string[]): string[] {
  const exported = codes.map((code) => JSON.parse(ethics([...data, "export", "--format", "json", "--code", code]).stdout) as ExportedCode);
  const { topics } = JSON.parse(ethics([...data, "concepts", "--json"]).stdout) as Concepts;
  const names = [
    ...exported.flatMap((code) => [code.shortName, ...code.sections.map((section) => section.title)]),
    ...topics.flatMap((topic) => [topic.name, ...topic.concepts.map((concept) => concept.name)]),
  ];
  const texts = exported.flatMap((code) => code.sections.flatMap((section) => section.standards.map((standard) => standard.text)));
  return [...new Set(names)].filter((name) => name.includes(" ") && !texts.some((text) => text.includes(name)));
}

/**
 * The names broken across two lines where the second line could have held the name whole: the
 * longest name that a line's end and the next line's start spell, and it with a mark each side
 * no wider than the next line's room.
 */
function splitNames(lines: readonly string[], names: readonly string[], width: number): string[] {
  const split: string[] = [];
  for (let at = 0; at + 1 < lines.length; at++) {
    const tail = lines[at]!.trimEnd();
    const head = lines[at + 1]!.trimStart();
    const room = width - (lines[at + 1]!.length - head.length);
    let longest = "";
    for (const name of names) {
      for (let space = name.indexOf(" "); space > 0; space = name.indexOf(" ", space + 1)) {
        const before = name.slice(0, space);
        const endsWithBefore = tail === before || new RegExp(`[\\s(“'‘]${before.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`).test(tail);
        if (endsWithBefore && head.startsWith(name.slice(space + 1)) && name.length > longest.length) longest = name;
      }
    }
    if (longest !== "" && visibleLength(longest) + 2 <= room) split.push(`${longest}: ${tail} / ${head}`);
  }
  return split;
}

const user = ["--data", dir];
const dataOf = (codes: string): string[] => (codes === "a user's codes" ? user : []);

describe("diff: names wrap whole in narrow terminals", () => {
  it.each([
    ["built-in codes", "medi-cal", "california"],
    ["built-in codes", "california", "medi-cal"],
    ["built-in codes", "alaska", "california"],
    ["built-in codes", "wisconsin", "north-carolina"],
    ["a user's codes", "county", "county-revised"],
  ])("%s, %s → %s at COLUMNS=30, 50 and 80, brief and in full: every line fits, no name split that a line could hold", (codes, a, b) => {
    const data = dataOf(codes);
    const names = namesOf(data, [a, b]);
    expect(names.length).toBeGreaterThan(5);
    for (const width of [30, 50, 80]) {
      for (const options of [[], ["--full"]]) {
        const result = ethics([...data, "diff", a, b, ...options], { env: { COLUMNS: String(width), ETHICS_NO_CACHE: "1" } });
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        const lines = result.stdout.split("\n");
        expect(lines.filter((line) => visibleLength(line) > width)).toEqual([]);
        expect(splitNames(lines, names, width), `COLUMNS=${width} ${options.join(" ")}`).toEqual([]);
      }
    }
  });

  it("says what the summary binds on, and keeps a renamed section's titles whole", () => {
    const { stdout } = ethics([...user, "diff", "county", "county-revised"], { env: { COLUMNS: "60", ETHICS_NO_CACHE: "1" } });
    expect(stdout).toContain("\n  Renamed: Boundaries and Dual Relationships →\n    Boundaries, Dual Relationships and Conduct\n");
    expect(stdout.replace(/\n +/g, " ")).toContain("binds no more or less strongly on any concept both address");
  });
});

describe("diff: a standard only one code has, in Chinese", () => {
  it("starts beside its citation, broken next to a wide character, as before", () => {
    // Its citation kept whole as a phrase, a text of no spaces went under it, the line after "1:" empty.
    const zh = mkdtempSync(join(tmpdir(), "ethics-narrow-zh-"));
    copyFileSync(join(root, "test/fixtures/wide-text/cjk.yaml"), join(zh, "cjk.yaml"));
    const exported = ethics(["--data", zh, "export", "--format", "yaml", "--code", "zh-code", "--id", "zh-copy"], { env: { ETHICS_NO_CACHE: "1" } });
    expect(exported.code).toBe(0);
    // The copy without its standard 1: left out of it.
    const withoutFirst = exported.stdout.replace(/\n {6}- number: 1\n[\s\S]*?(?=\n {6}- number: 2\n)/, "");
    expect(withoutFirst).not.toBe(exported.stdout);
    writeFileSync(join(zh, "zh-copy.yaml"), withoutFirst);
    const { stdout, stderr } = ethics(["--data", zh, "diff", "zh-code", "zh-copy"], { env: { COLUMNS: "40", ETHICS_NO_CACHE: "1" } });
    expect(stderr).toBe("");
    expect(stdout).toMatch(/\n {2}1: 同伴支持专家不得接受/);
    for (const line of stdout.split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(40);
  });
});
