// The heading before a redline ("Cultural Responsiveness & Humility 2 → Cultural Relevancy 1:")
// was wrapped with the redline's words as one text, at every space: at COLUMNS=50 "→ Cultural"
// ended a line and "Relevancy 1:" began the next, at 70 "Medi-Cal · Safety &" and
// "Protection 6:". Rows and lists of citations already wrapped them whole
// (adv48-diff-narrow-citations.test.ts); a redline's heading now breaks between its citations too.
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics } from "./run.js";

interface ExportedCode {
  /** "position": the standards carry no number; each is numbered by its place. */
  numbering: string;
  sections: { title: string; standards: { number?: number }[] }[];
}

/** A code's citations of many words, as a diff shows them within the code: "Safety & Protection 8". */
function labelsOf(code: string): string[] {
  const result = ethics(["export", "--format", "json", "--code", code]);
  expect(result.code).toBe(0);
  const { sections, numbering } = JSON.parse(result.stdout) as ExportedCode;
  return sections.flatMap((section) => section.standards.map((standard, at) => `${section.title} ${numbering === "position" ? at + 1 : standard.number}`));
}

/** The lines of a redline's heading: a citation's line in a section of pairs, up to its colon. */
function redlineHeadings(output: string): string[][] {
  const headings: string[][] = [];
  const lines = output.split("\n");
  for (let at = 0; at < lines.length; at++) {
    if (!/^  \S/.test(lines[at]!) || !lines[at]!.includes("→")) continue;
    const heading = [lines[at]!];
    while (!/\d:( |$)/.test(heading.at(-1)!) && at + 1 < lines.length && lines[at + 1]!.startsWith("    ")) heading.push(lines[++at]!);
    if (/\d:( |$)/.test(heading.at(-1)!)) headings.push(heading);
  }
  return headings;
}

/** The citations `labels` a heading's lines break across two lines. */
function splitCitations(heading: readonly string[], labels: readonly string[]): string[] {
  const split: string[] = [];
  for (let at = 0; at + 1 < heading.length; at++) {
    const tail = heading[at]!.trimEnd();
    const head = heading[at + 1]!.trimStart();
    for (const label of labels) {
      for (let space = label.indexOf(" "); space > 0; space = label.indexOf(" ", space + 1)) {
        const before = label.slice(0, space);
        const after = label.slice(space + 1);
        if ((tail === before || tail.endsWith(` ${before}`)) && head.startsWith(after) && !/^\d/.test(head.slice(after.length))) split.push(`${tail} / ${head}`);
      }
    }
  }
  return split;
}

describe("diff: a redline's heading breaks between its citations", () => {
  it.each([
    ["medi-cal", "california", 50, ["--full"]],
    ["medi-cal", "california", 60, []],
    ["california", "medi-cal", 50, ["--full"]],
    ["california", "medi-cal", 60, ["--full"]],
    ["alaska", "medi-cal", 60, []],
    ["alaska", "medi-cal", 70, ["--full"]],
  ])("%s → %s at COLUMNS=%i %j", (a, b, width, options) => {
    const labels = [...labelsOf(a), ...labelsOf(b)];
    const result = ethics(["diff", a, b, ...options], { env: { COLUMNS: String(width) } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const line of result.stdout.split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
    const headings = redlineHeadings(result.stdout);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.flatMap((heading) => splitCitations(heading, labels))).toEqual([]);
  });

  it("a heading that fits its line keeps the redline after it", () => {
    const result = ethics(["diff", "medi-cal", "california"], { env: { COLUMNS: "60" } });
    expect(result.stdout).toContain("  Cultural Responsiveness & Humility 2 →\n    Cultural Relevancy 1: Strive to [-demonstrate cultural\n");
  });
});
