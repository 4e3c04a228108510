// `topic`'s rows of where each code says so were word-wrapped at every space: at COLUMNS=60
// "Integrity 5, Integrity 6" read "Integrity 5, Integrity" and "6" on the next line, and
// "Cultural Responsiveness & Humility 1" broke in three. A citation now wraps whole, its comma
// at the line's end, in the concept rows and the concept's "See also" rows alike; only one
// wider than any line of the terminal breaks, since every line must fit.
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics } from "./run.js";

interface CitedRow {
  code: string;
  citations: string[];
}

/** A concept's row of a code: its strength, and how each standard it cites binds on the concept. */
interface ConceptCodeRow extends CitedRow {
  strength: string | null;
  readings: { strength: string }[];
}

interface Report {
  concepts: { id: string; codes: ConceptCodeRow[]; related: CitedRow[] }[];
}

/** A row's citations as it shows them: one that binds otherwise than the row's strength (its strongest) marked with its own, "(allows)", "(requires)". */
const shownCitations = (row: ConceptCodeRow): string[] =>
  row.citations.map((citation, at) => {
    const own = row.readings[at]!.strength;
    return withinCode(citation) + (own !== null && own !== row.strength ? ` (${own})` : "");
  });

/** A citation as a row shows it, within its code: "Integrity 5" of "Medi-Cal · Integrity 5", "15" of "North Carolina 15". */
function withinCode(citation: string): string {
  const dot = citation.lastIndexOf(" · ");
  return dot >= 0 ? citation.slice(dot + 3) : citation.slice(citation.lastIndexOf(" ") + 1);
}

/** A row's lines of citations: what follows its head on the first line (from `start`), then the lines under it. */
interface ShownRow {
  first: string;
  under: string[];
}

/** The rows among `lines`: each line indented `headIndent` starts one; a line indented further goes on the one before. */
function rowsOf(lines: readonly string[], headIndent: number): { head: string; under: string[] }[] {
  const rows: { head: string; under: string[] }[] = [];
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (indent === headIndent) rows.push({ head: line, under: [] });
    else if (indent > headIndent && rows.length > 0) rows[rows.length - 1]!.under.push(line.trim());
  }
  return rows;
}

/**
 * Whether `shown`, read line by line, is `labels` joined by ", " with every line holding whole
 * citations only: each break falls just after a citation's comma.
 */
function wholeOnEachLine(shown: ShownRow, labels: readonly string[]): boolean {
  const lines = [shown.first, ...shown.under].filter((line) => line !== "");
  const joined = labels.join(", ");
  if (lines.join(" ") !== joined) return false;
  const starts = new Set<number>();
  let at = 0;
  for (const label of labels) {
    starts.add(at);
    at += label.length + 2;
  }
  let offset = 0;
  for (const line of lines) {
    if (!starts.has(offset)) return false;
    offset += line.length + 1;
  }
  return true;
}

/**
 * The lines of `lines` but each concept's header: "  Gifts (gifts)", and where it wraps, its
 * lines up to the one its "(id)" ends (`ids`, the concepts' in order), as broken at a hyphen.
 */
function withoutConceptHeaders(lines: readonly string[], ids: readonly string[]): string[] {
  const kept: string[] = [];
  let header: string | undefined;
  let concept = 0;
  for (const line of lines) {
    if (header === undefined && !/^ {2}\S/.test(line)) {
      kept.push(line);
      continue;
    }
    header = (header ?? "") + line.replace(/\s/g, "");
    if (header.endsWith(`(${ids[concept]})`)) {
      header = undefined;
      concept++;
    }
  }
  expect(concept).toBe(ids.length);
  return kept;
}

/** The rows under "By concept" (a code's name, its strength, then where), as lines of citations. */
function conceptRows(stdout: string, ids: readonly string[]): ShownRow[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf("By concept");
  expect(start).toBeGreaterThan(0);
  const section = withoutConceptHeaders(lines.slice(start + 1, lines.indexOf("", start)), ids);
  return rowsOf(section, 4).map(({ head, under }) => {
    const strength = / (prohibits|requires|defers|aspires|allows|describes|—)(?= |$)/.exec(head);
    expect(strength, head).not.toBeNull();
    return { first: head.slice(strength!.index + strength![0].length).trim(), under };
  });
}

/** The "See also" rows of a concept's report: a code's name, then where; `labels` their citations, to find where each starts. */
function seeAlsoRows(stdout: string, labels: readonly (readonly string[])[]): ShownRow[] {
  const lines = stdout.split("\n");
  // The section's first line, "General rules that apply here too, without naming it:", may wrap.
  const start = lines.findIndex((line) => line.endsWith("without naming it:"));
  expect(start).toBeGreaterThan(0);
  const end = lines.findIndex((line, at) => at > start && line.startsWith("  ethics show "));
  return rowsOf(lines.slice(start + 1, end), 2).map(({ head, under }, at) => {
    const first = labels[at]![0]!;
    const from = head.indexOf(first, 3);
    return { first: from >= 0 ? head.slice(from).trim() : "", under };
  });
}

/** Under the rows' head, a citation list starts 6 columns in at the least: one wider (with its comma) than the rest of a line must break. */
const fitsAnyLine = (labels: readonly string[], width: number) => labels.every((label) => label.length + 1 <= width - 6);

function report(args: string[]): Report {
  const result = ethics([...args, "--json"]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe("topic: citations wrap whole in narrow terminals", () => {
  const themes = ["gifts", "cultural-responsiveness", "confidentiality-and-privacy", "dual-relationships"];
  const expected = new Map(themes.map((theme) => [theme, report(["topic", theme])]));

  it.each(themes.flatMap((theme) => [40, 60, 80].map((width) => [theme, width] as const)))("%s at COLUMNS=%i: every line fits, no citation split", (theme, width) => {
    const result = ethics(["topic", theme], { env: { COLUMNS: String(width) } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const line of result.stdout.split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
    const { concepts } = expected.get(theme)!;
    const rows = conceptRows(result.stdout, concepts.map((concept) => concept.id));
    const cited = concepts.flatMap((concept) => concept.codes).map(shownCitations);
    expect(rows).toHaveLength(cited.length);
    let checked = 0;
    for (const [at, labels] of cited.entries()) {
      if (labels.length === 0 || !fitsAnyLine(labels, width)) continue;
      expect(wholeOnEachLine(rows[at]!, labels), [rows[at]!.first, ...rows[at]!.under].join("\n")).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each([40, 60, 80])("a concept's See also rows at COLUMNS=%i: every line fits, no citation split", (width) => {
    const related = report(["topic", "accepting-gifts"]).concepts.flatMap((concept) => concept.related).map((row) => row.citations.map(withinCode));
    const result = ethics(["topic", "accepting-gifts"], { env: { COLUMNS: String(width) } });
    expect(result.code).toBe(0);
    for (const line of result.stdout.split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
    const rows = seeAlsoRows(result.stdout, related);
    expect(rows).toHaveLength(related.length);
    // "Integrity 2, Integrity 3, Integrity 9, Safety & Protection 7" wraps, 24 columns in, at 80 too.
    expect(rows.some((row) => row.under.length > 0)).toBe(true);
    for (const [at, labels] of related.entries()) expect(wholeOnEachLine(rows[at]!, labels), [rows[at]!.first, ...rows[at]!.under].join("\n")).toBe(true);
  });
});
