// Word and web pages paste non-breaking spaces (U+00A0) where spaces were typed. YAML reads one
// as a letter, not a space: in the indentation, after a list item's `-` or after a key's `:` it
// makes a key of the spaces (`'        text'`), or a key of the whole line, and the parser's own
// reason (indentation, "expected ':'") points away from the character, which looks like a
// space. Inside a text it is a character of the text, and kept.

/** Where a line's non-breaking spaces stand in the place of YAML's own spaces. */
export interface NonBreakingSpace {
  /** Offset of the first of them in the text. */
  at: number;
  message: string;
}

const NBSP = "\u00a0";

/** Indent and list dashes, spaces of either kind; then a field's name and its colon, if any. */
const LINE_START = /^([ \u00a0]*(?:-(?=[ \u00a0])[ \u00a0]+)*)(?:([A-Za-z][\w-]*)[ \u00a0]*:(?=[ \u00a0]|$)([ \u00a0]*))?/;

function said(count: number, where: string): string {
  const what = count === 1 ? "a non-breaking space (U+00A0)" : `${count} non-breaking spaces (U+00A0)`;
  return `${what} ${where}: YAML reads only a plain space there; replace ${count === 1 ? "it with a space" : "them with spaces"}`;
}

/**
 * The non-breaking spaces of `text` that stand where YAML wants a plain space: indentation
 * (before a `-` or a field's name), after a `-`, after a field's colon; one for each line.
 * Those of a text's words (a line a text goes on over, a value after its `: `) are not.
 */
export function nonBreakingSpaces(text: string): NonBreakingSpace[] {
  if (!text.includes(NBSP)) return [];
  const found: NonBreakingSpace[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (line.includes(NBSP)) {
      const written = LINE_START.exec(line)!;
      const lead = written[1]!;
      const dash = lead.indexOf("-");
      const indent = dash === -1 ? lead : lead.slice(0, dash);
      const opensField = written[2] !== undefined || dash !== -1;
      const count = (part: string) => part.split(NBSP).length - 1;
      if (opensField && indent.includes(NBSP)) found.push({ at: start + indent.indexOf(NBSP), message: said(count(indent), "in the indentation") });
      else if (dash !== -1 && (written[2] !== undefined || lead[dash + 1] === NBSP) && lead.includes(NBSP, dash)) found.push({ at: start + lead.indexOf(NBSP, dash), message: said(count(lead.slice(dash)), "after the -") });
      else if (written[3]?.startsWith(NBSP)) {
        const afterColon = written.index + written[0].length - written[3].length;
        found.push({ at: start + afterColon + written[3].indexOf(NBSP), message: said(count(written[3]), `after '${written[2]}:'`) });
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return found;
}
