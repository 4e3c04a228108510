// A field written twice in one mapping (a second `text:` under a standard, pasted over the first)
// is a YAML error the parser names as "duplicated mapping key", at the second key. Said so, the
// user was left to find which key and where the first one is; it is found again in the file:
// the same key at the same column, above, in the same mapping (no line above it indented less
// than the key, but the `- ` that opens a list item's mapping).
import { isBlankOrComment, keyOnLine } from "./prose-line.js";
import { lineAndColumn, lineAround, linesAbove } from "./yaml-position.js";

/** What to say of the key at `offset` that the parser found twice: its name, where it was first written, and the fix. */
export function duplicateKeyMessage(text: string, offset: number): string {
  const { lineStart, line } = lineAround(text, offset);
  const second = keyOnLine(line);
  if (second === null || second.column !== offset - lineStart) return "a field is written twice in one place: keep one of them";
  let first: { line: number; col: number } | null = null;
  for (const above of linesAbove(text, lineStart)) {
    if (isBlankOrComment(above.line)) continue;
    const key = keyOnLine(above.line);
    const indent = /^[ \t]*/.exec(above.line)![0].length;
    if (key !== null && key.column === second.column) {
      if (key.key === second.key) {
        first = lineAndColumn(text, above.start + key.column);
        break;
      }
      // The `- ` that opens this list item's mapping: its first key is the mapping's first.
      if (key.indent < key.column) break;
      continue;
    }
    if (indent < second.column) break;
  }
  const where = first === null ? "" : ` (first at line ${first.line}, column ${first.col})`;
  return `'${second.key}' is written twice here${where}: a field takes one value; keep one of them, or join their words in one`;
}
