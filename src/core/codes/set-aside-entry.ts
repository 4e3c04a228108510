// validate tells every problem of a file in one run, but YAML stops at its first syntax error:
// a file with a quote left open in one standard and a ": " in another was fixed in rounds, one
// problem a run, and its schema problems (a misspelt field, a number twice) came only after.
// So a syntax error's list entry (the standard, item or note it stands in) is set aside and the
// rest read again, as a compiler reads on past an error: the entry becomes an empty one of the
// same list (`- {}` at its dash), so that the entries after it keep their places and paths, and
// its other lines blank, so that every later line keeps its number. What the schema then says of
// the emptied entry is not said: its own syntax error is its problem.

/** A file's text with one list entry set aside, and the lines that entry took (1-based, inclusive). */
export interface EntrySetAside {
  text: string;
  firstLine: number;
  lastLine: number;
}

/** Plain spaces only, as YAML counts them: a non-breaking space is no indentation to it. */
const indentOf = (line: string): number => /^ */.exec(line)![0].length;
const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);
const DASH = /^(\s*)-(\s|$)/;

/**
 * `text` with the list entry that holds line `line` (1-based) set aside; undefined where the line
 * is in no list entry (a top-level field), or the entry is set aside already.
 */
export function setAsideEntryAt(text: string, line: number): EntrySetAside | undefined {
  const lines = text.split("\n");
  const at = line - 1;
  if (at < 0 || at >= lines.length) return undefined;
  // The entry: the nearest dash at or above the line that is less indented than the line's
  // content (or is the line's own dash), with nothing at or left of its column in between.
  const ownIndent = isBlankOrComment(lines[at]!) ? Infinity : indentOf(lines[at]!);
  let start = -1;
  let limit = ownIndent;
  for (let index = at; index >= 0; index--) {
    const current = lines[index]!;
    if (isBlankOrComment(current)) continue;
    const indent = indentOf(current);
    const dash = DASH.exec(current);
    if (dash !== null && (index === at || indent < limit)) {
      start = index;
      break;
    }
    if (indent < limit) limit = indent;
    if (indent === 0) return undefined;
  }
  if (start < 0) return undefined;
  const dashColumn = indentOf(lines[start]!);
  if (lines[start]!.trim() === "- {}") return undefined;
  let end = start;
  for (let index = start + 1; index < lines.length; index++) {
    const current = lines[index]!;
    if (isBlankOrComment(current)) continue;
    if (indentOf(current) <= dashColumn) break;
    end = index;
  }
  // A value whose quote ran on past the entry (the syntax error itself) ends where the error is.
  if (end < at) end = at;
  const replaced = lines.map((current, index) => {
    if (index === start) return `${" ".repeat(dashColumn)}- {}`;
    return index > start && index <= end ? "" : current;
  });
  return { text: replaced.join("\n"), firstLine: start + 1, lastLine: end + 1 };
}
