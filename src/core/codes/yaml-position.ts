// Where a path inside a YAML document is, as line:col, for problems in code and topic files.
import { isMap, type Document, type LineCounter } from "yaml";

/**
 * The position of the value at `path`, or of the key `key` under it when given (an unknown
 * field). A missing field has no node: then the nearest ancestor that exists.
 */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): { line: number; col: number } {
  if (key !== undefined) {
    const node = doc.getIn(path as unknown[], true);
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (range) return lines.linePos(range[0]);
    }
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}
