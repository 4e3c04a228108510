// Tables that fit the terminal: the list of codes, one code's outline, and the layout the topics
// matrix shares. Kept apart so that `show` and `search` do not load them.
//
// A table takes its columns' natural widths when they fit; else its prose columns wrap, widest
// first, down to a floor that keeps them readable; a table that cannot fit so is laid out
// another way (the codes one under another; the matrix in several tables).
import { codeSize, type Code, type Library } from "../model.js";
import { plural } from "./plural.js";
import { ethicsFor } from "../core/command-start.js";
import { listSeparator } from "./list-mark.js";
import { styleFor, type RenderOptions, type Style } from "./style.js";
import { clusterWidth, graphemeClusters } from "../core/text-width.js";
import { fitLine, visible, visibleLength, wrap, wrapItems } from "./terminal-text.js";
import { backtickedCommandLines } from "./command-line.js";

export type Align = "left" | "right";

/** Columns `widths` wide (their text) make a box table this wide: a border and a space either side. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width, 0) + 3 * widths.length + 1;
}

/** The pieces a cell may break into: words, and a long word after its hyphens. */
function pieces(word: string): string[] {
  return word.split(/(?<=-)(?=.)/);
}

/** The narrowest a cell can be wrapped to: its widest piece. */
export function narrowest(text: string): number {
  return Math.max(0, ...text.split(" ").flatMap(pieces).map(visibleLength));
}

/**
 * `text` in lines of at most `width` columns: broken at spaces, a word too long for the line
 * after its hyphens (romantic-and-sexual- / relationships), a piece still too long anywhere.
 */
export function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  const add = (piece: string, pieceWidth: number, separator: string) => {
    if (line !== "" && lineWidth + separator.length + pieceWidth > width) {
      lines.push(line);
      line = "";
      lineWidth = 0;
    }
    if (line !== "") {
      line += separator;
      lineWidth += separator.length;
    }
    if (lineWidth + pieceWidth <= width) {
      line += piece;
      lineWidth += pieceWidth;
      return;
    }
    // A grapheme cluster at a time: 👩‍⚕️ is never cut, nor counted as more than it is drawn.
    for (const char of graphemeClusters(piece)) {
      const charWidth = clusterWidth(char);
      if (line !== "" && lineWidth + charWidth > width) {
        lines.push(line);
        line = "";
        lineWidth = 0;
      }
      line += char;
      lineWidth += charWidth;
    }
  };
  for (const word of text.split(" ")) {
    if (word === "") continue;
    const wordWidth = visibleLength(word);
    if (wordWidth <= width) add(word, wordWidth, " ");
    else pieces(word).forEach((piece, index) => add(piece, visibleLength(piece), index === 0 ? " " : ""));
  }
  lines.push(line);
  return lines;
}

/**
 * Column widths for a table of `cells` (rows of plain text, the header row too) that fit
 * `width`: one column at a time gives up a column, the one whose wrapping adds the fewest lines
 * to the table (the widest of those), none below its `floor`. Every column at its natural width
 * when that fits; undefined if even the floors do not.
 */
export function fitColumns(cells: readonly (readonly string[])[], floor: readonly number[], width: number): number[] | undefined {
  const widths = floor.map((_, column) => Math.max(0, ...cells.map((row) => visibleLength(row[column]!))));
  if (!Number.isFinite(width) || tableWidth(widths) <= width) return widths;
  if (tableWidth(widths.map((natural, column) => Math.min(natural, floor[column]!))) > width) return undefined;
  const heights = new Map<string, number[]>(); // "column:width" → lines of each row's cell
  const linesAt = (column: number, columnWidth: number): number[] => {
    const key = `${column}:${columnWidth}`;
    let lines = heights.get(key);
    if (!lines) heights.set(key, (lines = cells.map((row) => wrapCell(row[column]!, columnWidth).length)));
    return lines;
  };
  const tableHeight = (trial: readonly number[]): number =>
    cells.reduce((sum, _, row) => sum + Math.max(...trial.map((columnWidth, column) => linesAt(column, columnWidth)[row]!)), 0);
  while (tableWidth(widths) > width) {
    let best = -1;
    let bestHeight = Infinity;
    for (let column = 0; column < widths.length; column++) {
      if (widths[column]! <= floor[column]!) continue;
      const trial = widths.map((columnWidth, index) => (index === column ? columnWidth - 1 : columnWidth));
      const height = tableHeight(trial);
      if (height < bestHeight || (height === bestHeight && widths[column]! > widths[best]!)) {
        best = column;
        bestHeight = height;
      }
    }
    widths[best]!--;
  }
  return widths;
}

/**
 * A box table of cells already wrapped to `widths` (a cell's lines joined by newlines), with no
 * rule between rows: a list reads better without one. Drawn here rather than by cli-table3:
 * the widths and the wrapping are ours, and drawing 30 rows took cli-table3 30–130 ms.
 */
export function boxTable(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], align: readonly Align[]): string {
  const rule = (left: string, middle: string, right: string) => left + widths.map((width) => "─".repeat(width + 2)).join(middle) + right;
  const lines = [rule("┌", "┬", "┐")];
  for (const row of [head, ...rows]) {
    const cells = row.map((cell) => cell.split("\n"));
    const height = Math.max(...cells.map((cell) => cell.length));
    for (let at = 0; at < height; at++) {
      const parts = cells.map((cell, column) => {
        const text = cell[at] ?? "";
        const padding = " ".repeat(Math.max(0, widths[column]! - visibleLength(text)));
        return align[column] === "right" ? padding + text : text + padding;
      });
      lines.push(`│ ${parts.join(" │ ")} │`);
    }
  }
  lines.push(rule("└", "┴", "┘"));
  return lines.join("\n");
}

function aliasesOf(code: Code): string {
  return code.aliases.length > 0 ? ` (${code.aliases.map(visible).join(", ")})` : "";
}

/** A cell's text wrapped to its column, a line a row. */
function wrapRow(row: readonly string[], widths: readonly number[]): string[][] {
  return row.map((text, column) => wrapCell(text, widths[column]!));
}

/** The longest word of a column's cells: a name is never broken, only wrapped between words. */
function longestWord(cells: readonly (readonly string[])[], column: number): number {
  return Math.max(0, ...cells.flatMap((row) => row[column]!.split(" ").map(visibleLength)));
}

/** Each code under the one before: on a terminal too narrow for the table, and with --plain. */
function renderCodeStack(library: Library, options: RenderOptions, style: Style): string {
  return library.codes
    .map((code) => {
      const facts = [
        visible(code.jurisdiction),
        plural(codeSize(code).sections, "section"),
        plural(codeSize(code).standards, "standard"),
        ...(code.origin === "user" ? ["user code"] : []),
      ];
      return [
        wrap(`${style.citation(visible(code.id))}${aliasesOf(code)}`, options.width, "    ", ""),
        wrap(visible(code.title), options.width, "  "),
        ("  " + wrapItems(facts, options.width - 2, listSeparator(options), "  "))
          .split("\n")
          .map((line) => style.dim(line))
          .join("\n"),
      ].join("\n");
    })
    .join("\n");
}

/** Below this a title column wraps into too many lines: the codes are listed one under another. */
const TITLE_FLOOR = 24;

/**
 * The table of codes; `yours`, the codes ETHICS_CODE names, said under it, so that whoever set it
 * (or shares a machine with who did) sees what their searches are narrowed to.
 */
export function renderCodeList(library: Library, options: RenderOptions, yours: readonly Code[] = []): string {
  const table = codeTable(library, options);
  if (yours.length === 0) return table;
  const names = yours.map((code) => visible(code.shortName)).join(", ");
  const said = `ETHICS_CODE: ${names}. search, random and quiz use ${yours.length === 1 ? "it" : "them"} when given no --code; --all-codes asks every code.`;
  return `${table}\n${styleFor(options).dim(wrap(said, options.width))}`;
}

function codeTable(library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const head = ["id (aliases)", "title", "jurisdiction", "sections", "standards"];
  const align: Align[] = ["left", "left", "left", "right", "right"];
  const cells = [
    head,
    ...library.codes.map((code) => [
      visible(code.id) + aliasesOf(code),
      visible(code.title),
      visible(code.jurisdiction),
      String(codeSize(code).sections),
      String(codeSize(code).standards),
    ]),
  ];
  // Ids, aliases and jurisdictions wrap between words, the title down to its floor; numbers never.
  const floor = [longestWord(cells, 0), TITLE_FLOOR, longestWord(cells, 2), head[3]!.length, head[4]!.length];
  const widths = options.plain ? undefined : fitColumns(cells, floor, options.width);
  if (!widths) return renderCodeStack(library, options, style);
  const [header, ...rows] = cells.map((row) => wrapRow(row, widths));
  return boxTable(
    header!.map((lines) => style.heading(lines.join("\n"))),
    rows.map((row, index) => {
      if (library.codes[index]!.origin === "user") row[0]!.push(style.dim("(user)"));
      return row.map((lines) => lines.join("\n"));
    }),
    widths,
    align,
  );
}

/** The outline's row of value statements: counted as values in the table and on its own line alike. */
function valuesRow(count: number): { id: string; title: string; count: string; counted: string } {
  const values = plural(count, "value");
  return { id: "values", title: "Value statements", count: values, counted: values };
}

export function renderOutline(code: Code, options: RenderOptions): string {
  const style = styleFor(options);
  // Wrapped before styling: a style must not span a line break.
  const paintLines = (paint: (text: string) => string, text: string) => wrap(text, options.width).split("\n").map((line) => paint(line));
  const lines = [
    ...paintLines(style.heading, visible(code.title)),
    ...(code.origin === "user" ? paintLines(style.dim, `(user code: ${visible(code.file)})`) : []),
    ...paintLines(style.dim, visible(code.jurisdiction)),
    "",
  ];
  const head = ["section", "title", "standards"];
  const align: Align[] = ["left", "left", "right"];
  // Value statements are no standards (the codes' overview does not count them): their row says so.
  const parts = [
    ...(code.values.length > 0 ? [valuesRow(code.values.length)] : []),
    ...code.sections.map((section) => ({ id: visible(section.id), title: visible(section.title), count: String(section.standards.length), counted: plural(section.standards.length, "standard") })),
  ];
  const cells = [head, ...parts.map(({ id, title, count }) => [id, title, count])];
  // Titles wrap between words; section ids stay whole if they can, else break after a hyphen.
  const widths = options.plain
    ? undefined
    : (fitColumns(cells, [longestWord(cells, 0), longestWord(cells, 1), head[2]!.length], options.width) ??
      fitColumns(cells, [Math.max(...cells.map((row) => narrowest(row[0]!))), longestWord(cells, 1), head[2]!.length], options.width));
  if (widths) {
    const [header, ...rows] = cells.map((row) => wrapRow(row, widths).map((cell) => cell.join("\n")));
    lines.push(boxTable(header!.map((text) => style.heading(text)), rows, widths, align));
  } else {
    // Too narrow for any table, or --plain: a section a line.
    for (const { id, title, counted } of parts) lines.push(wrap(`${style.label(id)}: ${title}${listSeparator(options)}${counted}`, options.width, "    ", ""));
  }
  return [...lines, ...frontMatterLines(code, options)].join("\n");
}

/** `line` dimmed after its indent. */
const dimmedAfterIndent =
  (style: Style) =>
  (line: string): string => {
    const indent = /^ */.exec(line)![0];
    return indent + style.dim(line.slice(indent.length));
  };

/**
 * The parts of a code before and beside its sections, where it has them, each with the command
 * that prints it: the outline's table says nothing of them, and the whole code is long to page
 * through to learn whether it has a preamble. A command wider than a line (a code's id of 500
 * letters) is broken with a backslash, as a hint's is: wrapped as prose, it was left whole.
 */
function frontMatterLines(code: Code, options: RenderOptions): string[] {
  const style = styleFor(options);
  const parts = [
    ["Preamble", "preamble", code.preamble.length],
    ["Definitions", "definitions", code.definitions.length],
  ] as const;
  // Each line painted alone, after its indent: a style must not span a line break, nor hold
  // the spaces a line too wide for the terminal is broken at.
  const lines = parts
    .filter(([, , count]) => count > 0)
    .flatMap(([label, word]) => fitLine(`${label}: \`${ethicsFor(code)} show ${code.id} ${word}\``, options.width, 2, backtickedCommandLines).split("\n").map(dimmedAfterIndent(style)));
  return lines.length === 0 ? [] : ["", ...lines];
}
