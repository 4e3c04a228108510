// Where a field of a code file is written, for a problem found across files (two codes answering
// to one name, a lineage naming no code): the file is read again only when there is one to place.
import { parseEvents } from "js-yaml";
import { parsePath } from "./field-path.js";
import { decodeText, readFileBytes } from "./read-file.js";
import { eventPositions } from "./yaml-position.js";
import { MAX_DEPTH, MAX_FILE_BYTES } from "./load.js";

type Place = { line: number; col: number };

const FIRST_LINE: Place = { line: 1, col: 1 };

/**
 * The places of fields in `file`, read and parsed once for all its problems: of a field at a path
 * ("shortName", "aliases[0]", "source.derivedFrom"), its key, or an item's value; the nearest
 * part of the path written when it is not; the file's first line when the file can no longer be
 * read or parsed (it changed since it was checked).
 */
export function fieldPlaces(file: string): (path: string) => Place {
  const read = readFileBytes(file, MAX_FILE_BYTES);
  if (!("bytes" in read)) return () => FIRST_LINE;
  const decoded = decodeText(read.bytes);
  if (!("text" in decoded)) return () => FIRST_LINE;
  let locate: ReturnType<typeof eventPositions>;
  try {
    locate = eventPositions(decoded.text, parseEvents(decoded.text, { maxDepth: MAX_DEPTH }));
  } catch {
    return () => FIRST_LINE;
  }
  return (path) => {
    const parts = parsePath(path);
    const last = parts.at(-1);
    return typeof last === "string" ? locate(parts.slice(0, -1), last) : locate(parts);
  };
}
