// `diff`'s rows of where each code binds on a concept, and its lists of citations, were
// word-wrapped at every space, as `topic`'s were (adv48-topic-narrow-citations.test.ts): at
// COLUMNS=60 "Safety &" ended a line and "Protection 8" began the next, "Family" and "Driven and
// Child-Centered 5", "Advocacy" and "7". A section's run of citations now wraps whole; a
// note's words wrap as words.
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics } from "./run.js";

interface ExportedCode {
  sections: { title: string; standards: { number?: number }[] }[];
}

/** A code's citations of many words, as a diff shows them within the code: "Safety & Protection 8". */
function labelsOf(code: string): string[] {
  const result = ethics(["export", "--format", "json", "--code", code]);
  expect(result.code).toBe(0);
  const { sections } = JSON.parse(result.stdout) as ExportedCode;
  return sections.length > 1 ? sections.flatMap((section) => section.standards.map((standard, at) => `${section.title} ${standard.number ?? at + 1}`)) : [];
}

/**
 * The citations `labels` that `lines` break across two lines: one line ends with its first
 * words and the next (after its indent) starts with the rest.
 */
function splitCitations(lines: readonly string[], labels: readonly string[]): string[] {
  const split: string[] = [];
  for (let at = 0; at + 1 < lines.length; at++) {
    const tail = lines[at]!.trimEnd();
    const head = lines[at + 1]!.trimStart();
    for (const label of labels) {
      for (let space = label.indexOf(" "); space > 0; space = label.indexOf(" ", space + 1)) {
        const before = label.slice(0, space);
        const after = label.slice(space + 1);
        const endsWithBefore = tail === before || tail.endsWith(` ${before}`);
        const rest = head.slice(after.length);
        // A redline's label ("… → Medi-Cal · Safety & Protection 6: [-I will not-]…") is
        // wrapped with its redline as one text still: not a row or a list of citations.
        if (endsWithBefore && head.startsWith(after) && !/^\d/.test(rest) && !rest.startsWith(":")) split.push(`${tail} / ${head}`);
      }
    }
  }
  return split;
}

describe("diff: citations wrap whole in narrow terminals", () => {
  it.each([
    ["alaska", "medi-cal", 60, ["--full"]],
    ["alaska", "medi-cal", 80, ["--full"]],
    ["alaska", "medi-cal", 60, []],
    ["wisconsin", "california", 60, ["--full"]],
    ["california", "medi-cal", 70, ["--full"]],
  ])("%s → %s at COLUMNS=%i %j: every line fits, no citation split", (a, b, width, options) => {
    const labels = [...labelsOf(a), ...labelsOf(b)];
    expect(labels.length).toBeGreaterThan(20);
    const result = ethics(["diff", a, b, ...options], { env: { COLUMNS: String(width) } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    for (const line of lines) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
    expect(splitCitations(lines, labels)).toEqual([]);
  });
});
