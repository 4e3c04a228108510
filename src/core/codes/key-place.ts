// Where a field of a code file is written, for a problem found across files (two codes answering
// to one name, a lineage naming no code): the file is read again only when there is one to place.
import { parseEvents } from "js-yaml";
import { decodeText, readFileBytes } from "./read-file.js";
import { eventPositions } from "./yaml-position.js";
import { MAX_DEPTH, MAX_FILE_BYTES } from "./load.js";

/**
 * The line and column of the field at `path` ("shortName", "aliases[0]", "source.derivedFrom"): of
 * its key, or of an item's value; the nearest part of the path written when it is not; the file's
 * first line when it can no longer be read or parsed (it changed since it was checked).
 */
export function keyPlace(file: string, path: string): { line: number; col: number } {
  const read = readFileBytes(file, MAX_FILE_BYTES);
  if (!("bytes" in read)) return { line: 1, col: 1 };
  const decoded = decodeText(read.bytes);
  if (!("text" in decoded)) return { line: 1, col: 1 };
  try {
    const parts = path.split(/\.|(?=\[)/).map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
    const last = parts.at(-1);
    const locate = eventPositions(decoded.text, parseEvents(decoded.text, { maxDepth: MAX_DEPTH }));
    return typeof last === "string" ? locate(parts.slice(0, -1), last) : locate(parts);
  } catch {
    return { line: 1, col: 1 };
  }
}
