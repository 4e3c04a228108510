// A control character written as it is inside a quoted value (pasted from a terminal, a PDF, a
// word processor's form feed): YAML allows none there but the tab, and the parser said "expected
// valid JSON character", which names neither the character nor what to do. In double quotes the
// character may be written as an escape, which is what it takes if it is meant; single quotes
// have no escapes.
import { QUOTED_VALUE } from "./early-quote.js";
import { lineAround, linesAbove } from "./yaml-position.js";

/** The parser's reason for a control character in a quoted value. */
export const CONTROL_IN_QUOTES = "expected valid JSON character";

/** YAML's own short escapes (\a, \e) for the controls that have one; \x and two hex digits for the rest. */
const SHORT_ESCAPES: Record<number, string> = { 0x07: "\\a", 0x08: "\\b", 0x0b: "\\v", 0x0c: "\\f", 0x1b: "\\e" };

const NAMES: Record<number, string> = { 0x07: "bell", 0x08: "backspace", 0x0b: "vertical tab", 0x0c: "form feed", 0x1b: "escape" };

/** How a double-quoted YAML value writes the control `codePoint`. */
export function escapeOf(codePoint: number): string {
  return SHORT_ESCAPES[codePoint] ?? `\\x${codePoint.toString(16).toUpperCase().padStart(2, "0")}`;
}

/** The quote (" or ') of the value `offset` is in, when a line at or above it opens one before it; null when none is found. */
function quoteOf(text: string, offset: number): string | null {
  const { lineStart, line } = lineAround(text, offset);
  const here = QUOTED_VALUE.exec(line);
  if (here !== null && lineStart + here[1]!.length < offset) return here[5]!;
  let seen = 0;
  for (const above of linesAbove(text, lineStart)) {
    const value = QUOTED_VALUE.exec(above.line);
    if (value !== null) return value[5]!;
    if (++seen >= 50) break;
  }
  return null;
}

/** What is wrong with the control character at `offset` of `text`, and what to write instead. */
export function controlInQuotesMessage(text: string, offset: number): string {
  const codePoint = text.charCodeAt(offset);
  const name = NAMES[codePoint];
  const character = `a control character (U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}${name ? `, ${name}` : ""})`;
  const escape = escapeOf(codePoint);
  const quote = quoteOf(text, offset);
  if (quote === '"') return `${character} written as it is inside double quotes, where YAML allows none but the tab: write it as the escape ${escape} if it is meant, or delete it`;
  if (quote === "'") return `${character} written as it is inside single quotes, where YAML allows none but the tab and has no escapes: delete it, or double-quote the value and write it as ${escape}`;
  return `${character} written as it is inside a quoted value, where YAML allows none but the tab: delete it, or, in double quotes, write it as the escape ${escape}`;
}
