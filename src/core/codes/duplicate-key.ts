// A field written twice in one mapping (a second `text:` under a standard, pasted over the first)
// is a YAML error the parser names as "duplicated mapping key", at the second key. Said so, the
// user was left to find which key and where the first one is; it is found again in the file:
// the same key at the same column, above, in the same mapping (no line above it indented less
// than the key, but the `- ` that opens a list item's mapping).
import { lineAndColumn, lineAround, linesAbove } from "./yaml-position.js";

/** A line's key and the column it starts at, past its indent and any `- `; null for a line that is no `key:`. */
function keyOf(line: string): { key: string; column: number; indent: number } | null {
  const match = /^( *)((?:- +)*)([^\s#:][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/.exec(line);
  if (match === null) return null;
  return { key: match[3]!.replace(/^["']|["']$/g, ""), column: match[1]!.length + match[2]!.length, indent: match[1]!.length };
}

/** What to say of the key at `offset` that the parser found twice: its name, where it was first written, and the fix. */
export function duplicateKeyMessage(text: string, offset: number): string {
  const { lineStart, line } = lineAround(text, offset);
  const second = keyOf(line);
  if (second === null || second.column !== offset - lineStart) return "a field is written twice in one place: keep one of them";
  let first: { line: number; col: number } | null = null;
  for (const above of linesAbove(text, lineStart)) {
    if (/^\s*(#.*)?$/.test(above.line)) continue;
    const key = keyOf(above.line);
    const indent = /^ */.exec(above.line)![0].length;
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
