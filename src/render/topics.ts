// The topics crosswalk: the matrix of topics × codes, and one topic across the codes.
import type { Code, Library } from "../model.js";
import { relatedRulesOf, type TopicCounts, type TopicReport, type TopicsMatrix } from "../core/concepts/topics.js";
import { paintStrength, renderConceptRows, renderRelatedRows, shortestId, withinCode } from "./concept-rows.js";
import { plural } from "./plural.js";
import { paintWords, renderStandardBody } from "./standard-body.js";
import { boxTable, narrowest, tableWidth, wrapCell, type Align } from "./tables.js";
import { listSeparator } from "./list-mark.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { visible, visibleLength, wrap, wrapItems, wrapPhrases } from "./terminal-text.js";
import { ethicsForLibrary } from "../core/command-start.js";


/** Below this a topic column wraps into too many lines; it gives up its width last. */
const TOPIC_FLOOR = 20;

/** One table of the matrix: some of the codes, their headers, and the columns' widths. */
interface MatrixTable {
  start: number;
  end: number;
  widths: number[];
}

/**
 * Widths for the matrix of codes[start, end) that fit the terminal, the topic ids whole or, if
 * `wrapTopics`, wrapped after a hyphen down to TOPIC_FLOOR; undefined if it does not fit.
 */
function fitMatrix(topics: TopicColumn, headers: readonly string[], start: number, end: number, wrapTopics: boolean, width: number): MatrixTable | undefined {
  const naturalTopic = topics.natural;
  const topicFloor = wrapTopics ? topics.floor : naturalTopic;
  // A count column is as wide as its header (two at least, for the counts); only topics wrap.
  const countWidths = headers.slice(start, end).map((header) => Math.max(visibleLength(header), 2));
  const topicWidth = Math.min(naturalTopic, (Number.isFinite(width) ? width : Infinity) - tableWidth([0, ...countWidths]));
  return topicWidth >= topicFloor ? { start, end, widths: [topicWidth, ...countWidths] } : undefined;
}

/** The topic column's text, its natural width and the narrowest it may wrap to. */
interface TopicColumn {
  ids: string[];
  natural: number;
  floor: number;
}

function topicColumn(matrix: TopicsMatrix): TopicColumn {
  const ids = matrix.topics.map((topic) => visible(topic.id));
  const natural = Math.max(...["topic", ...ids].map(visibleLength));
  return { ids, natural, floor: Math.max(Math.min(natural, TOPIC_FLOOR), ...ids.map(narrowest)) };
}

/** How many lines a table of the matrix takes: borders, header, the topics as wrapped. */
function matrixHeight(topics: TopicColumn, table: MatrixTable): number {
  return 3 + topics.ids.reduce((lines, id) => lines + wrapCell(id, table.widths[0]!).length, 0);
}

function renderMatrixTable(matrix: TopicsMatrix, codes: readonly Code[], headers: readonly string[], table: MatrixTable, style: Style): string {
  const chosen = codes.slice(table.start, table.end);
  const rows = matrix.topics.map((topic) => [
    wrapCell(visible(topic.id), table.widths[0]!).join("\n"),
    ...chosen.map((code) => (topic.counts[code.id] ? String(topic.counts[code.id]) : style.dim("—"))),
  ]);
  const align: Align[] = ["left", ...chosen.map((): Align => "right")];
  return boxTable(["topic", ...headers.slice(table.start, table.end)].map((text) => style.heading(text)), rows, table.widths, align);
}

/**
 * Topics × codes. Headers are the code ids if they fit, else each code's shortest name (an
 * alias, with a legend); with more codes than one table can hold, the codes are split over
 * several tables; on a terminal too narrow even for that, a line a topic.
 */
export function renderTopicsMatrix(matrix: TopicsMatrix, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const codes = library.codes;
  // A set: a lookup in the list for each code took time growing with the square of the codes.
  const inferred = new Set(matrix.inferred);
  // --plain says "inferred" by each count (countOf), where a star is read "star", or not at all.
  const mark = (code: Code) => (inferred.has(code.id) && !options.plain ? "*" : "");
  const ids = codes.map((code) => visible(code.id) + mark(code));
  const short = codes.map((code) => visible(shortestId(code)) + mark(code));
  const topicIds = topicColumn(matrix);
  let headers = ids;
  let tables: MatrixTable[] | undefined;
  const whole = options.plain ? undefined : fitMatrix(topicIds, ids, 0, codes.length, true, options.width);
  if (whole) tables = [whole];
  else if (!options.plain) {
    headers = short;
    // Whole topic ids or wrapped ones, whichever takes fewer lines.
    const plans = [false, true].map((wrapTopics) => planTables(codes.length, (start, end) => fitMatrix(topicIds, short, start, end, wrapTopics, options.width)));
    const height = (plan: MatrixTable[] | undefined) => (plan ? plan.reduce((lines, table) => lines + matrixHeight(topicIds, table) + 1, 0) : Infinity);
    tables = height(plans[0]) <= height(plans[1]) ? plans[0] : plans[1];
  }
  // --plain names each code whole on every line: a legend is no help to one reading in order.
  const body = tables
    ? tables.map((table) => renderMatrixTable(matrix, codes, headers, table, style)).join("\n\n")
    : renderTopicLines(matrix, codes, options.plain ? ids : short, (code, topic) => countOf(code, topic, inferred.has(code.id), options), options, style);
  const notes = [];
  if (headers === short && short.some((name, index) => name !== ids[index])) {
    const legend = codes.filter((code) => shortestId(code) !== code.id).map((code) => `${visible(shortestId(code))} = ${visible(code.id)}`);
    notes.push(wrapItems(legend, options.width, listSeparator(options)));
  }
  notes.push(wrap(`Standards per code on each topic; ${notAddressedCount(options)} where the code does not address it. \`${ethicsForLibrary()} topic <id>\` shows them.`, options.width));
  if (matrix.inferred.length > 0) {
    const said = options.plain ? "Inferred, and none found: a user code's counts, its" : "* user code:";
    notes.push(wrap(`${said} topics inferred (from the curated codes and the concepts' terms), not curated.`, options.width));
  }
  return [body, ...notes.flatMap((note) => note.split("\n")).map((line) => style.dim(line))].join("\n");
}

/** Tables of `count` codes, as many a table as fit, of even size (15 at most 6 a table: 5 + 5 + 5). */
function planTables(count: number, fit: (start: number, end: number) => MatrixTable | undefined): MatrixTable[] | undefined {
  let perTable = 0;
  while (perTable < count && fit(0, perTable + 1)) perTable++;
  if (perTable === 0) return undefined;
  const size = Math.ceil(count / Math.ceil(count / perTable));
  const tables: MatrixTable[] = [];
  for (let start = 0; start < count; ) {
    // Fewer where the names are longer.
    let end = Math.min(start + size, count);
    let table = fit(start, end);
    while (!table && end > start + 1) table = fit(start, --end);
    if (!table) return undefined;
    tables.push(table);
    start = end;
  }
  return tables;
}

/**
 * A code's count on a topic it does not address: a dash in a table, where a glance finds it; a
 * word with --plain, as a dash is read out as "em dash", or not at all, leaving the name alone.
 */
function notAddressedCount(options: RenderOptions): string {
  return options.plain ? "none" : "—";
}

/**
 * A code's count on a topic, as a line a topic says it. A user code's is inferred: marked by its
 * name's star in the view, said by the count with --plain ("4 inferred"; "none found", as
 * `ethics topic` says a user code's none).
 */
function countOf(code: Code, topic: TopicCounts, inferred: boolean, options: RenderOptions): string {
  const count = topic.counts[code.id] ?? 0;
  if (!inferred || !options.plain) return count > 0 ? String(count) : notAddressedCount(options);
  return count > 0 ? `${count} inferred` : "none found";
}

/** The matrix as a line a topic (gifts: ak 1 · ca 2 · …), for a terminal too narrow for a table, and with --plain. */
function renderTopicLines(
  matrix: TopicsMatrix,
  codes: readonly Code[],
  names: readonly string[],
  count: (code: Code, topic: TopicCounts) => string,
  options: RenderOptions,
  style: Style,
): string {
  return matrix.topics
    .map((topic) => {
      const counts = codes.map((code, index) => `${names[index]} ${count(code, topic)}`);
      const label = wrapCell(`${visible(topic.id)}:`, options.width).map((line) => style.label(line));
      // A comma, read as a pause, between codes with --plain; a middle dot is read as its name.
      return [...label, "  " + wrapItems(counts, options.width - 2, options.plain ? ", " : " · ", "  ")].join("\n");
    })
    .join("\n");
}

/** "see also 1 general rule: Integrity 9", as the concept listing says it, each citation whole on a line. */
function seeAlsoLine(code: Code, related: readonly string[], options: RenderOptions, style: Style): string {
  const said = `see also ${plural(related.length, "general rule")}:`.split(" ").map((word) => style.dim(word));
  // A code of one list cites by number alone: "see also 1 general rule: 1" would read as a count.
  const shown = related.map((citation) => (/^\d/.test(withinCode(citation, code.shortName)) ? citation : withinCode(citation, code.shortName)));
  const citations = shown.map((citation, at) => visible(citation) + (at < shown.length - 1 ? "," : ""));
  return wrapPhrases([...said, ...citations], options.width, "    ", "  ");
}

export function renderTopicReport(report: TopicReport, library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const blocks = [[style.heading(visible(report.name)), wrap(style.dim(visible(report.description)), options.width)].join("\n")];
  if (report.concepts.length > 0) blocks.push([style.heading(report.kind === "topic" ? "By concept" : "By code"), renderConceptRows(report, library, options)].join("\n"));
  // Codes by id, found once: a search of the library for each code's entry took time growing
  // with the square of the codes.
  const codesById = new Map(library.codes.map((code) => [code.id, code]));
  for (const entry of report.codes) {
    const code = codesById.get(entry.code)!;
    // Marked by what is shown: a user's file that tags a standard has read it, so a code whose
    // standards on the theme are all tagged is not "inferred" for its other, untagged ones.
    const guessed = entry.standards.filter((standard) => standard.inferred).length;
    const mark = guessed === 0 ? (entry.inferred && entry.standards.length === 0 ? "(inferred, not curated)" : "") : guessed === entry.standards.length ? "(inferred, not curated)" : `(${guessed} of ${entry.standards.length} inferred, not curated)`;
    const inferred = mark === "" ? "" : " " + style.dim(mark);
    // Inference finds about half the matters a reader would: a code it found nothing in may
    // still address the theme in words it did not read so.
    const silent = entry.inferred ? "none found" : "not addressed";
    const related = entry.standards.length === 0 ? relatedRulesOf(report, code).map((standard) => standard.citation) : [];
    // With --plain a colon, as its other headings have ("gifts:"): a dash is read "em dash", or not at all.
    const lines = [`${style.citation(visible(code.shortName))}${options.plain ? ":" : " —"} ${paintStrength(entry.strength, style, related.length > 0 && !entry.inferred ? "no standard of its own" : silent)}${inferred}`];
    if (related.length > 0) lines.push(seeAlsoLine(code, related, options, style));
    for (const standard of entry.standards) {
      const qualifiers = standard.qualifiers.length > 0 ? " " + paintWords(style.dim, `(${standard.qualifiers.map(visible).join("; ")})`) : "";
      // Qualifiers that run on hang deeper than the standard's text, so the two never blur.
      // Where only some are guesses, each guess says so.
      const apart = listSeparator(options);
      const guess = standard.inferred && guessed < entry.standards.length ? `${apart}${style.dim("inferred")}` : "";
      lines.push(wrap(`${paintWords(style.label, visible(standard.citation))}${apart}${paintStrength(standard.strength, style)}${guess}${qualifiers}`, options.width, "        ", "  "));
      lines.push(renderStandardBody(standard, options, style, { indent: "    " }));
    }
    blocks.push(lines.join("\n"));
  }
  // A topic's reports are long already; its concepts' related rules are in --json.
  const related = report.kind === "concept" ? renderRelatedRows(report, library, options) : "";
  if (related) blocks.push([style.heading("See also"), related].join("\n"));
  return blocks.join("\n\n");
}
