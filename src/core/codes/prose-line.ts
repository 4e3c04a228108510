// A line of a code file that YAML could not parse, read by what it shows: whether it writes a
// field of words (`text: …`, `- title: …`) or an item of a list of them (`- …` under notes:),
// and where its value starts. With no parse to go by, the field's place is told by the lines
// above it, as indentation tells YAML.
import { isProseField, isProseList } from "./prose-fields.js";
import { lineAround, linesAbove } from "./yaml-position.js";

/** A line that writes a field of words or an item of a list of them. */
export interface ProseLine {
  /** Offsets of the line's start and end (-1: the text's end) in the text. */
  lineStart: number;
  lineEnd: number;
  /** The line, without its line end. */
  line: string;
  /** The column of its key, or of its item's dash. */
  column: number;
  /** The key as written (quotes and all), or null for a list item. */
  key: string | null;
  /** The column its value starts at. */
  valueStart: number;
}

/** Indent and list dashes, then a key (plain or quoted) and its ":" and spaces, if any. */
const LINE_START = /^([ \t]*)((?:-[ \t]+)*)(?:("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#:\-?[\]{},&*!|>%@`][^#:]*?)[ \t]*:(?:[ \t]+|$))?/;

/** A line with nothing but a key: `notes:`, its value (a list, a mapping) on the lines below. */
const KEY_ALONE = /^[ \t]*(?:-[ \t]+)*([A-Za-z][\w-]*)[ \t]*:[ \t]*(?:#.*)?$/;

/** A line that holds nothing for YAML: blank, or a comment alone. */
export function isBlankOrComment(line: string): boolean {
  return /^[ \t]*(?:#.*)?$/.test(line);
}

/** Whether `line` starts a value of its own, with a key or a list item's dash: no line a text goes on over. */
export function opensValue(line: string): boolean {
  const written = LINE_START.exec(line)!;
  return written[2] !== "" || written[3] !== undefined;
}

/** The key a line writes, as its field is named, at its column (past its indent and list dashes); null for a line that writes none. */
export function keyOnLine(line: string): { key: string; column: number; indent: number } | null {
  const written = LINE_START.exec(line)!;
  if (written[3] === undefined) return null;
  return { key: keyName(written[3]), column: written[1]!.length + written[2]!.length, indent: written[1]!.length };
}

/** A key, as its field is named: without the quotes it may be written in. */
export function keyName(key: string): string {
  return /^["']/.test(key) ? key.slice(1, -1) : key;
}

/**
 * The key holding the line at `lineStart`: the nearest line above that begins left of `column`
 * (or at it, `orAt`, as `notes:` may stand at its items' dashes) and holds a key alone.
 */
function keyAbove(text: string, lineStart: number, column: number, orAt: boolean): string | null {
  for (const { line } of linesAbove(text, lineStart)) {
    if (isBlankOrComment(line)) continue;
    const written = LINE_START.exec(line)!;
    const at = written[1]!.length + written[2]!.length;
    if (at < column || (orAt && at === column)) return KEY_ALONE.exec(line)?.[1] ?? null;
  }
  return null;
}

/** Whether the list item whose dash is at `column`, on the line at `lineStart`, is in a list of texts. */
export function inProseList(text: string, lineStart: number, column: number): boolean {
  const list = keyAbove(text, lineStart, column, true);
  return list !== null && isProseList(list);
}

/** The line at `offset`, if it writes a field of words or an item of a list of them. */
export function proseLineAt(text: string, offset: number): ProseLine | null {
  const { lineStart, lineEnd, line } = lineAround(text, offset);
  const written = LINE_START.exec(line)!;
  const [, indent, dashes, key] = written;
  if (key !== undefined) {
    const column = indent!.length + dashes!.length;
    if (!isProseField(keyName(key), keyAbove(text, lineStart, column, false))) return null;
    return { lineStart, lineEnd, line, column, key, valueStart: written[0].length };
  }
  // An item of items (`- - …`) is a list, not a text.
  if (!/^-[ \t]+$/.test(dashes!)) return null;
  const column = indent!.length;
  if (!inProseList(text, lineStart, column)) return null;
  return { lineStart, lineEnd, line, column, key: null, valueStart: written[0].length };
}
