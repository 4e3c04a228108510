// The terms of the own words of each built-in concept and topic (dist/concept-entries.txt,
// written by the build): all that search reads of the concept index. Parsing the whole index
// (concepts.json) for the entries of the one or two concepts a query names best took ~9 ms of
// every search, and reading all of this file ~2 ms; so its first line gives where each
// concept's line ends, and only the lines asked for are read. The entries come stemmed, as
// search compares them: stemming a concept's few hundred words took ~1 ms of a search. Every
// library's concepts and topics are the built-in ones.
import { closeSync, openSync, readSync } from "node:fs";
import { distFile, isBundle } from "./dist-files.js";

/** The file's text from `start` (bytes) to `end`; the file is ASCII (asciiJson). */
function readRange(fd: number, start: number, end: number): string {
  const bytes = Buffer.allocUnsafe(end - start);
  let got = 0;
  while (got < bytes.length) {
    const read = readSync(fd, bytes, got, bytes.length - got, start + got);
    if (read === 0) break;
    got += read;
  }
  return bytes.toString("latin1", 0, got);
}

interface EntriesFile {
  fd: number;
  /** Where the first concept's line starts. */
  body: number;
  /** Where each concept's line ends, from `body`. */
  ends: number[];
}

function openEntries(url: URL | string): EntriesFile | null {
  let fd: number | undefined;
  try {
    fd = openSync(url, "r");
    const head = readRange(fd, 0, 8192);
    const newline = head.indexOf("\n");
    if (newline < 0) throw new Error("no header line");
    const ends = JSON.parse(head.slice(0, newline)) as unknown;
    if (!Array.isArray(ends) || !ends.every((end) => Number.isSafeInteger(end))) throw new Error("not a list of offsets");
    return { fd, body: newline + 1, ends: ends as number[] };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    // From the build, a missing file is a broken install, said as such (missing-build-file.ts).
    else if (isBundle && (error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    return null;
  }
}

/** conceptEntryTerms(library, at) as the file at `url` holds them; undefined where it has none. */
export function conceptEntriesFile(url: URL | string): (at: number) => readonly (readonly string[])[] | undefined {
  let file: EntriesFile | null | undefined;
  return (at) => {
    if (file === undefined) file = openEntries(url);
    if (!file || !(at >= 0 && at < file.ends.length)) return undefined;
    const start = at === 0 ? 0 : file.ends[at - 1]!;
    try {
      const entries = JSON.parse(readRange(file.fd, file.body + start, file.body + file.ends[at]!)) as unknown;
      return Array.isArray(entries) && entries.every((entry) => Array.isArray(entry) && entry.every((term) => typeof term === "string")) ? entries : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The build's file, next to the bundle; undefined for every concept when it is missing and this runs from the sources. */
export const builtinConceptEntryTerms = conceptEntriesFile(distFile("concept-entries.txt"));
