// A topic's concepts across the codes: one row per code under each concept, with how strongly
// the code binds on it and where it says so — the crosswalk at the level rules differ on.
import type { TopicReport } from "../core/concepts/topics.js";
import type { Library, Strength } from "../model.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { shorten } from "../core/shorten.js";
import { visible, visibleLength, wrap } from "./terminal-text.js";

const NOT_ADDRESSED = "—";
const NAME_WIDTH = 22;
const STRENGTH_WIDTH = 10;

export function paintStrength(strength: Strength | null, style: Style, silent = "not addressed"): string {
  if (strength === null) return style.dim(silent);
  if (strength === "prohibits") return style.removed(strength);
  if (strength === "requires") return style.added(strength);
  if (strength === "defers") return style.warn(strength);
  return style.dim(strength);
}

/** "Integrity 5" of "Medi-Cal · Integrity 5"; "15" of "North Carolina 15". */
function withinCode(citation: string, shortName: string): string {
  if (citation.startsWith(`${shortName} · `)) return citation.slice(shortName.length + 3);
  if (citation.startsWith(`${shortName} `)) return citation.slice(shortName.length + 1);
  return citation;
}

/** `text` in exactly `width` columns: padded, or cut with "…" by display columns (a Chinese name cut by characters took twice its column). */
function fit(text: string, width: number): string {
  const cut = shorten(text, width);
  return cut + " ".repeat(Math.max(0, width - visibleLength(cut)));
}

/**
 * A row: `head` (the name and strength columns), then `where` wrapped under its column. On a
 * terminal too narrow for a word of `where` in that column (50 columns: "Confidentiality" 37
 * in), the citations go on the lines below, two columns in from the head, as a list.
 */
function hangingRow(where: string, width: number, indent: string, head: string): string {
  const room = width - indent.length;
  if (where.split(" ").every((word) => visibleLength(word) <= room)) return wrap(where, width, indent, head).trimEnd();
  const under = " ".repeat(head.length - head.trimStart().length + 2);
  return `${head.trimEnd()}\n${wrap(where, width, under, under)}`;
}

/** The width of the code names' column: the longest of the report's codes, up to NAME_WIDTH. */
function nameWidthOf(report: TopicReport, names: ReadonlyMap<string, string>): number {
  return Math.min(NAME_WIDTH, Math.max(...report.codes.map((entry) => visibleLength(visible(names.get(entry.code) ?? entry.code)))));
}

export function renderConceptRows(report: TopicReport, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const names = new Map(library.codes.map((code) => [code.id, code.shortName]));
  const nameWidth = nameWidthOf(report, names);
  const indent = " ".repeat(4 + nameWidth + 1 + STRENGTH_WIDTH + 1);
  const lines: string[] = [];
  for (const concept of report.concepts) {
    lines.push(`  ${style.label(visible(concept.name))} ${style.dim(`(${visible(concept.id)})`)}`);
    for (const row of concept.codes) {
      const shortName = names.get(row.code) ?? row.code;
      const name = fit(visible(shortName), nameWidth);
      const strength = row.strength === null ? style.dim(NOT_ADDRESSED.padEnd(STRENGTH_WIDTH)) : paintStrength(row.strength, style) + " ".repeat(STRENGTH_WIDTH - row.strength.length);
      const where = row.citations.map((citation) => visible(withinCode(citation, shortName))).join(", ");
      lines.push(hangingRow(where, options.width, indent, `    ${name} ${strength} `));
    }
  }
  return lines.join("\n");
}

/**
 * A concept's related general rules ("see also"), a row per code, aligned as the concept rows
 * are; empty where it has none.
 */
export function renderRelatedRows(report: TopicReport, library: Library, options: RenderOptions): string {
  const related = report.concepts.flatMap((concept) => concept.related);
  if (related.length === 0) return "";
  const style = styleFor(options);
  const names = new Map(library.codes.map((code) => [code.id, code.shortName]));
  const nameWidth = nameWidthOf(report, names);
  const indent = " ".repeat(2 + nameWidth + 1);
  const lines = [wrap(style.dim("General rules that apply here too, without naming it:"), options.width, "  ", "  ")];
  for (const row of related) {
    const shortName = names.get(row.code) ?? row.code;
    const where = row.citations.map((citation) => visible(withinCode(citation, shortName))).join(", ");
    lines.push(hangingRow(where, options.width, indent, `  ${fit(visible(shortName), nameWidth)} `));
  }
  // A full citation is what `ethics show` takes back; the shortest is the easiest to type.
  const example = related.flatMap((row) => row.citations).reduce((shortest, citation) => (citation.length < shortest.length ? citation : shortest));
  lines.push(wrap(style.dim(`ethics show "${visible(example)}" shows one whole.`), options.width, "  ", "  "));
  return lines.join("\n");
}
