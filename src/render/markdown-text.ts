// Text of the data written into Markdown so that it renders as it is, never as markup: the
// Markdown export (export.ts) and the quiz worksheet (quiz-worksheet.ts) write it so.
import { visible, wrap } from "./terminal-text.js";

/** What opens a block at the start of a line: a heading, a list item, a thematic break. */
const BLOCK_START = /^(?:#{1,6}|[+-])(?=\s|$)|^-(?=-)/;
const ORDERED_ITEM_START = /^(\d{1,9})([.)])(?=\s|$)/;
/**
 * A line of `=` alone: under a paragraph's line it makes that paragraph a heading (a setext
 * heading), as a line of `-` does. A text whose last word is "==" wrapped onto a line of its own
 * printed its paragraph, in the worksheet's quote, as a heading.
 */
const SETEXT_UNDERLINE = /^=+\s*$/;
/** A word within a text that would open a block were a line to begin with it. */
const MAY_OPEN_BLOCK = /\s(?:(?:#{1,6}|[+-]|\d{1,9}[.)]|=+)(?=\s|$)|-(?=-))/;

/**
 * A text of the data as Markdown that renders it as it is, never as markup: every character
 * CommonMark or GitHub reads inline (emphasis, code, links, HTML, tables, ~strikethrough~,
 * $math$) escaped; an entity reference's & escaped, lest `&amp;` show as `&`; and what would
 * open a block at the start of a line (a heading of one to six #, a list item, a ~~~ or ---
 * line) escaped there, and a run of # at the end, which a heading drops. Every text is one
 * line (the loader joins lines), so only its start begins one.
 */
export function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(/([\\`*_[\]<>|~$])/g, "\\$1")
    .replace(/&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]{0,31};)/g, "\\&")
    .replace(BLOCK_START, "\\$&")
    .replace(ORDERED_ITEM_START, "$1\\$2")
    // A heading's closing #s: "Standard #" as a heading would read "Standard".
    .replace(/(\s)(#+)$/, "$1\\$2");
}

/**
 * A text of the data (escapeMarkdown) wrapped at `width` after `firstIndent`, then `indent`, as
 * wrapEscapedMarkdown wraps it.
 */
export function wrapMarkdown(text: string, width: number, indent = "", firstIndent = indent): string {
  return wrapEscapedMarkdown(escapeMarkdown(text), width, indent, firstIndent);
}

/**
 * Markdown whose texts are escaped, wrapped at `width`: a line the wrapping begins with a list
 * marker, a heading's # or "--", or makes of `=` alone, has it escaped too, lest it open a
 * block in the middle of the paragraph (or make it a heading). Such a text is wrapped a column short, so that the backslash never takes a line
 * past `width`.
 */
export function wrapEscapedMarkdown(escaped: string, width: number, indent = "", firstIndent = indent): string {
  if (!MAY_OPEN_BLOCK.test(escaped)) return wrap(escaped, width, indent, firstIndent);
  return wrap(escaped, width - 1, indent, firstIndent)
    .split("\n")
    .map((line, at) => {
      if (at === 0) return line;
      const rest = line.slice(indent.length);
      return indent + rest.replace(BLOCK_START, "\\$&").replace(ORDERED_ITEM_START, "$1\\$2").replace(SETEXT_UNDERLINE, "\\$&");
    })
    .join("\n");
}

/** `text` as a code span: fenced by more backticks than it holds in a row, spaced where it begins or ends with one. */
export function codeSpan(text: string): string {
  const fence = "`".repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  const padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${padding}${text}${padding}${fence}`;
}
