// A field written twice in one mapping (a second `text:` under a standard, pasted over the first)
// is a YAML error the parser names as "duplicated mapping key", at the second key. Said so, the
// user was left to find which key and where the first one is; it is found again in the file:
// the same key at the same column, above, in the same mapping (no line above it indented less
// than the key, but the `- ` that opens a list item's mapping).
//
// In a list of standards (items, sections) the likelier slip is a `- ` left out, which joined the
// next standard's fields to this one's: "keep one of them" would have the user delete a standard.
import { isBlankOrComment, keyOnLine } from "./prose-line.js";
import { codeSchemas } from "./schema.js";
import { lineAndColumn, lineAround, linesAbove } from "./yaml-position.js";

/** The lists whose entries are mappings of known fields, by the key that holds them: what an entry is called. */
const ENTRIES: Record<string, string> = { standards: "standard", items: "item", sections: "section", definitions: "definition", preamble: "preamble entry" };

function entryFields(list: string): string[] {
  const { itemSchema, sectionSchema, standardSchema } = codeSchemas();
  const fields: Record<string, string[]> = {
    standards: Object.keys(standardSchema.shape),
    items: Object.keys(itemSchema.shape),
    sections: Object.keys(sectionSchema.shape),
    definitions: ["term", "text"],
    preamble: ["heading", "text"],
  };
  return fields[list] ?? [];
}

/** The key holding the list whose entry's `- ` is on the line at `dashStart`, at column `dash`. */
function listKeyAbove(text: string, dashStart: number, dash: number): string | null {
  for (const above of linesAbove(text, dashStart)) {
    if (isBlankOrComment(above.line)) continue;
    const key = keyOnLine(above.line);
    const at = key?.column ?? /^[ \t]*/.exec(above.line)![0].length;
    if (at < dash) return key?.key ?? null;
    if (at === dash && key !== null && key.indent === at && !/^[ \t]*-/.test(above.line)) return key.key;
  }
  return null;
}

/** What to say of the key at `offset` that the parser found twice: its name, where it was first written, and the fix. */
export function duplicateKeyMessage(text: string, offset: number): string {
  const { lineStart, line } = lineAround(text, offset);
  const second = keyOnLine(line);
  if (second === null || second.column !== offset - lineStart) return "a field is written twice in one place: keep one of them";
  let first: { line: number; col: number } | null = null;
  let dash: { start: number; column: number } | null = null;
  for (const above of linesAbove(text, lineStart)) {
    if (isBlankOrComment(above.line)) continue;
    const key = keyOnLine(above.line);
    const indent = /^[ \t]*/.exec(above.line)![0].length;
    if (key !== null && key.column === second.column) {
      if (key.key === second.key && first === null) first = lineAndColumn(text, above.start + key.column);
      // The `- ` that opens this list item's mapping: its first key is the mapping's first.
      if (key.indent < key.column) {
        dash = { start: above.start, column: key.indent };
        break;
      }
      continue;
    }
    if (indent < second.column) break;
  }
  const where = first === null ? "" : ` (first at line ${first.line}, column ${first.col})`;
  const keepOne = "keep one of them, or join their words in one";
  const list = dash === null || first === null ? null : listKeyAbove(text, dash.start, dash.column);
  if (list !== null && dash !== null && ENTRIES[list] !== undefined && entryFields(list).includes(second.key) && second.column - dash.column >= 2) {
    const at = lineAndColumn(text, lineStart + dash.column);
    return `'${second.key}' is written twice in one ${ENTRIES[list]}${where}: a new ${ENTRIES[list]}'s '- ' may be missing at line ${at.line}, column ${at.col} (- ${second.key}:); else ${keepOne}`;
  }
  return `'${second.key}' is written twice here${where}: a field takes one value; ${keepOne}`;
}
