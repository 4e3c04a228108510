// A quoted value that closes before its text ends: 'Will follow the county's policy.' (the
// apostrophe closes it), "Talk with their "clinical" supervisor", "Shall not" lend money. The
// parser takes the quote as the value, then stumbles on the rest of the line ("bad indentation
// of a mapping entry"), which the message took for an indentation slip: the user re-indented a
// line that was right.
import { lineAround } from "./yaml-position.js";

export interface EarlyQuote {
  /** Offset of the quote that closed the value. */
  at: number;
  message: string;
}

/**
 * Where the quote opened at `open` closes, or -1: '' in single quotes and \" in double ones are
 * the quote written inside. (load.ts reads a value left open with it too.)
 */
export function closingQuote(text: string, open: number): number {
  const quote = text[open]!;
  for (let at = open + 1; at < text.length; at++) {
    if (quote === '"' && text[at] === "\\") at++;
    else if (text[at] === quote) {
      if (quote === "'" && text[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

/** A line whose value opens with a quote: its indent, "- ", key and ": " (1, with 2–4 its parts), then the quote (5). */
export const QUOTED_VALUE = /^((\s*)(- +)?([\w-]+: +)?)(["'])/;

/** A text written as a YAML value in the quotes that hold it as it is. */
function requoted(text: string): string {
  return text.includes('"') ? `'${text.replace(/'/g, "''")}'` : JSON.stringify(text);
}

/**
 * The value on the line of `offset` (where the parser stopped), if its quote closed before the
 * text after it ended: where it closed, and a message with the line written so that it reads.
 */
export function quoteClosedEarly(text: string, offset: number): EarlyQuote | null {
  const { lineStart, line } = lineAround(text, offset);
  const value = line.match(QUOTED_VALUE);
  if (value === null) return null;
  const lead = value[1]!;
  const open = lead.length;
  const close = closingQuote(line, open);
  if (close === -1 || lineStart + close >= offset) return null;
  const after = line.slice(close + 1);
  if (/^\s*(#.*)?$/.test(after)) return null;
  const quote = value[5]!;
  const written = line.slice(open).trimEnd();
  // 'the county's policy' and "their "clinical" supervisor" meant the quotes around the whole;
  // "Shall not" lend money meant the quoted words as words of the text.
  const meant = written.length > 1 && written.endsWith(quote) ? written.slice(1, -1) : written;
  const inside = quote === "'" ? "an apostrophe inside single quotes is written ''" : 'a " inside double quotes is written \\"';
  return {
    at: lineStart + close,
    message: `the quoted text ends early, at this ${quote === "'" ? "'" : '"'}, and the rest of the line cannot be read (${inside}); quote the whole text once: ${lead.trimStart()}${requoted(meant)}`,
  };
}
