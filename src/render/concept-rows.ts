// A topic's concepts across the codes: one row per code under each concept, with how strongly
// the code binds on it and where it says so — the crosswalk at the level rules differ on.
import type { TopicReport } from "../core/concepts/topics.js";
import type { Code, Library, Strength } from "../model.js";
import { listSeparator } from "./list-mark.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { ethicsFor } from "../core/command-start.js";
import { strengthOtherThanRow } from "../core/concepts/strength-otherwise.js";
import { shorten } from "../core/shorten.js";
import { MEASURE, visible, visibleLength, wrap, wrapItems, wrapUnits } from "./terminal-text.js";

/**
 * A code's strength on a concept it does not address: a dash in the column, where a glance finds
 * it; the words with --plain, where a dash is read out as "em dash", or not at all.
 */
export function notAddressedMark(options: RenderOptions): string {
  return options.plain ? "not addressed" : "—";
}
/** The name column's width at most where the line has no room for more, however narrow: "Working Well Together" whole. */
const NAME_WIDTH = 22;
const STRENGTH_WIDTH = 10;
/** Columns a concept row keeps for where the code says so, beside a wider name column: "Integrity 5, Integrity 6". */
const WHERE_ROOM = 24;
/** A concept row's columns besides the name and where: its indent, the strength, the spaces between. */
const ROW_COLUMNS = 4 + 1 + STRENGTH_WIDTH + 1;

export function paintStrength(strength: Strength | null, style: Style, silent = "not addressed"): string {
  if (strength === null) return style.dim(silent);
  if (strength === "prohibits") return style.removed(strength);
  if (strength === "requires") return style.added(strength);
  if (strength === "defers") return style.warn(strength);
  return style.dim(strength);
}

/** "Integrity 5" of "Medi-Cal · Integrity 5"; "15" of "North Carolina 15". */
export function withinCode(citation: string, shortName: string): string {
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
 * A row: `head` (the name and strength columns), then the `citations` wrapped under their
 * column, each whole on one line (wrapUnits). On a terminal too narrow for a citation in that
 * column (60 columns: "Cultural Responsiveness & Humility 1" 37 in), the citations go on the
 * lines below, two columns in from the head, as a list.
 */
function hangingRow(citations: readonly string[], width: number, indent: string, head: string): string {
  const room = Math.min(width, MEASURE) - indent.length;
  // The comma a citation carries at a line's end counts: it goes on that line too.
  if (citations.every((citation, at) => visibleLength(citation) + (at < citations.length - 1 ? 1 : 0) <= room)) return wrapUnits(citations, width, indent, head).trimEnd();
  const under = " ".repeat(head.length - head.trimStart().length + 2);
  return `${head.trimEnd()}\n${wrapUnits(citations, width, under, under)}`;
}

/** The code names' column: its width, each code's name as shown in it, and a legend of the ids shown for names. */
interface NameColumn {
  width: number;
  shown: ReadonlyMap<string, string>;
  /** "riverside-north = Riverside County Peer Support north", by code id, for the codes shown by id. */
  legend: ReadonlyMap<string, string>;
}

/** A code's shortest name of its id and aliases: unique, as every name a code answers to is; where names do not fit, it stands for the code (here and in the `topics` table). */
export function shortestId(code: Code): string {
  return [code.id, ...code.aliases].reduce((shortest, name) => (name.length < shortest.length ? name : shortest));
}

/**
 * The names column of a report's rows: as wide as its longest name, where the line has room for
 * it beside the strength and WHERE_ROOM (NAME_WIDTH at least). Names cut to it that come out
 * alike ("Riverside County Peer…", of its north and south codes) are shown by their codes'
 * shortest ids instead, whole, with a legend, as the `topics` table shows codes' ids.
 */
function nameColumn(report: TopicReport, library: Library, width: number): NameColumn {
  const codesById = new Map(library.codes.map((code) => [code.id, code]));
  const ids = [...new Set([...report.codes.map((entry) => entry.code), ...report.concepts.flatMap((concept) => [...concept.codes, ...concept.related].map((row) => row.code))])];
  const full = new Map(ids.map((id) => [id, visible(codesById.get(id)?.shortName ?? id)]));
  const room = Math.max(NAME_WIDTH, Math.min(width, MEASURE) - ROW_COLUMNS - WHERE_ROOM);
  let columnWidth = Math.min(room, Math.max(0, ...[...full.values()].map(visibleLength)));
  const shown = new Map([...full].map(([id, name]) => [id, shorten(name, columnWidth)]));
  const alike = new Map<string, string[]>();
  for (const [id, name] of shown) alike.set(name, [...(alike.get(name) ?? []), id]);
  const legend = new Map<string, string>();
  for (const id of ids.filter((each) => alike.get(shown.get(each)!)!.length > 1)) {
    const code = codesById.get(id);
    const short = visible(code ? shortestId(code) : id);
    shown.set(id, short);
    // Whole: an id cut could be as alike as the names were.
    columnWidth = Math.max(columnWidth, visibleLength(short));
    legend.set(id, `${short} = ${full.get(id)!}`);
  }
  return { width: columnWidth, shown, legend };
}

/** The legend of the codes among `codeIds` that the column shows by id, dimmed, under the rows. */
function legendLines(column: NameColumn, codeIds: readonly string[], options: RenderOptions, style: Style): string[] {
  const entries = [...new Set(codeIds)].flatMap((id) => column.legend.get(id) ?? []);
  if (entries.length === 0) return [];
  return wrapItems(entries, options.width - 2, listSeparator(options)).split("\n").map((line) => style.dim(`  ${line}`));
}

export function renderConceptRows(report: TopicReport, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const names = new Map(library.codes.map((code) => [code.id, code.shortName]));
  const column = nameColumn(report, library, options.width);
  const nameWidth = column.width;
  const indent = " ".repeat(ROW_COLUMNS + nameWidth);
  const lines: string[] = [];
  for (const concept of report.concepts) {
    lines.push(`  ${style.label(visible(concept.name))} ${style.dim(`(${visible(concept.id)})`)}`);
    for (const row of concept.codes) {
      const shortName = names.get(row.code) ?? row.code;
      const name = fit(column.shown.get(row.code)!, nameWidth);
      // The mark styled, its padding not: a style spanning the spaces was wrapped as a word of
      // its own, a line of escapes alone at 30 columns.
      const mark = notAddressedMark(options);
      const strength = row.strength === null ? style.dim(mark) + " ".repeat(Math.max(0, STRENGTH_WIDTH - mark.length)) : paintStrength(row.strength, style) + " ".repeat(STRENGTH_WIDTH - row.strength.length);
      // Marked as a diff's concept rows are: strength-otherwise.ts says why.
      const otherwise = (at: number) => {
        const own = strengthOtherThanRow(row.readings[at]?.strength, row.strength);
        return own === undefined ? "" : ` ${style.dim(`(${own})`)}`;
      };
      const where = row.citations.map((citation, at) => visible(withinCode(citation, shortName)) + otherwise(at));
      lines.push(hangingRow(where, options.width, indent, `    ${name} ${strength} `));
    }
  }
  lines.push(...legendLines(column, report.concepts.flatMap((concept) => concept.codes.map((row) => row.code)), options, style));
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
  const column = nameColumn(report, library, options.width);
  const indent = " ".repeat(2 + column.width + 1);
  const lines = [wrap(style.dim("General rules that apply here too, without naming it:"), options.width, "  ", "  ")];
  for (const row of related) {
    const shortName = names.get(row.code) ?? row.code;
    const where = row.citations.map((citation) => visible(withinCode(citation, shortName)));
    lines.push(hangingRow(where, options.width, indent, `  ${fit(column.shown.get(row.code)!, column.width)} `));
  }
  lines.push(...legendLines(column, related.map((row) => row.code), options, style));
  // A full citation is what `ethics show` takes back; the shortest is the easiest to type.
  const example = related
    .flatMap((row) => row.citations.map((citation) => ({ citation, code: row.code })))
    .reduce((shortest, each) => (each.citation.length < shortest.citation.length ? each : shortest));
  const exampleCode = library.codes.find((code) => code.id === example.code);
  const ethics = exampleCode ? ethicsFor(exampleCode) : "ethics";
  lines.push(wrap(style.dim(`${visible(ethics)} show "${visible(example.citation)}" shows one whole.`), options.width, "  ", "  "));
  return lines.join("\n");
}
