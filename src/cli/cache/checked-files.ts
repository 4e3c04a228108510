// What `ethics validate` found in each file, remembered per set of paths it was given, so that a
// second run over a thousand unchanged files parses none of them. Freshness is the same as for
// users' codes (user-codes.ts, after git's index): a file whose full stat data still matches,
// and which was not racily clean, is not read; one that is read again and has the same bytes
// (sha1) keeps its result. A file's result depends only on its bytes and the build (the concept
// ids it is checked against are the build's), and it is stored without the file's name. The
// checks across files (name clashes, lineage) run on every run, on these results.
import { createHash } from "node:crypto";
import { statSync, type BigIntStats } from "node:fs";
import { resolve } from "node:path";
import type { ParsedFile, ReadChecks } from "../../core/codes/load.js";
import { readFileBytes } from "../../core/codes/read-file.js";
import { codeOfNames, namesAndLineageOf, type CheckFile, type CodeNamesAndLineage } from "../../core/codes/validate.js";
import { listCodeDirectory } from "../../core/codes/code-files.js";
import { filesRecord, type MadeFrom } from "./inflate-bound.js";
import type { JsonCache } from "./json-cache.js";
import { isNullableString, isStoredProblem, isString, listOf, objectOf } from "./shapes.js";
import { isRacy, sameStats, shortHash, statFieldShapes, statFields, type StatFields } from "./file-stats.js";

/** The loader's MAX_FILE_BYTES. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

interface StoredProblem {
  line: number;
  col: number;
  path: string;
  message: string;
}

/** One file as last checked: its stat data (decimal strings, in ns), its bytes' hash, and what the check found. */
interface CheckedRecord extends StatFields {
  hash: string;
  racy: boolean;
  /** The code's names and lineage when the file holds a code (with or without problems). */
  code: CodeNamesAndLineage | null;
  problems: StoredProblem[];
}

interface CheckedFilesRecord {
  /** The paths validate was given, resolved: what the record is for. */
  paths: string[];
  files: CheckedRecord[];
}

const isSectionNames = objectOf({ id: isString, title: isString });
const isNames = objectOf({ id: isString, aliases: listOf(isString), title: isString, shortName: isString, derivedFrom: isNullableString, sections: listOf(isSectionNames), sameTexts: listOf(isString) });
const isCheckedRecord = objectOf({
  ...statFieldShapes,
  hash: isString,
  racy: (value) => typeof value === "boolean",
  code: (value) => value === null || isNames(value),
  problems: listOf(isStoredProblem),
});
const isRecordShape = objectOf({ paths: listOf(isString), files: listOf(isCheckedRecord) });
const isCheckedFilesRecord = (value: unknown): value is CheckedFilesRecord => isRecordShape(value);

/** What a stored result gives back: a new code and new problems on each call, located under `file`. */
function parsedOf(record: CheckedRecord, file: string): ParsedFile {
  return {
    code: record.code === null ? null : codeOfNames(record.code, file),
    problems: record.problems.map((problem) => ({ file, ...problem })),
  };
}

export interface CheckedFiles {
  check: CheckFile;
  /** Stores what this run found, when anything changed; else marks the record as used. */
  save(): void;
}

/**
 * What a record for these paths is made from: the files they name as validate lists them (a
 * directory's code files), each file's bytes and its path's; a path that cannot be looked at,
 * its own path. With each file's stat data, which the check uses rather than asking again (a
 * thousand stats were ~18 ms of a warm validate's 190).
 */
function pathsMadeFrom(paths: readonly string[]): { madeFrom: MadeFrom; statsOf: Map<string, BigIntStats> } {
  const sizes: number[] = [];
  const statsOf = new Map<string, BigIntStats>();
  const add = (path: string) => {
    let size = 0;
    try {
      const stats = statSync(path, { bigint: true });
      statsOf.set(path, stats);
      size = Number(stats.size);
    } catch {
      // what the check records for it is its path and a problem
    }
    sizes.push(size + Buffer.byteLength(path));
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        for (const file of listCodeDirectory(path).files) add(resolve(file));
        continue;
      }
    } catch {
      // looked at again, and said why, by validate
    }
    add(path);
  }
  return { madeFrom: filesRecord(sizes), statsOf };
}

/**
 * validate's per-file check through the cache. Files that cannot be read (a FIFO, a dangling
 * link, too large) are never recorded: they are looked at again on every run.
 */
export function checkedFiles(cache: JsonCache, buildId: string, paths: readonly string[], checks: ReadChecks, now = Date.now()): CheckedFiles {
  const resolved = paths.map((path) => resolve(path));
  const key = resolved.join("\n");
  const name = `check-${buildId}-${shortHash(key)}`;
  const { madeFrom, statsOf } = pathsMadeFrom(resolved);
  const stored = cache.get(name, shortHash(key), madeFrom);
  const previous = isCheckedFilesRecord(stored) && stored.paths.join("\n") === key ? stored : undefined;
  const previousByPath = new Map(previous?.files.map((record) => [record.path, record]));
  const records = new Map<string, CheckedRecord>();
  let changed = previous === undefined;

  const check = async (file: string): Promise<ParsedFile> => {
    const path = resolve(file);
    const known = records.get(path);
    if (known) return parsedOf(known, file);
    // Stat data taken before the record was read; a file changed since is read again next time.
    let stats: BigIntStats | null = statsOf.get(path) ?? null;
    statsOf.delete(path);
    try {
      stats ??= statSync(path, { bigint: true });
    } catch {
      // read below, which says why
    }
    const before = previousByPath.get(path);
    if (before && stats?.isFile() && !before.racy && sameStats(before, stats)) {
      records.set(path, before);
      return parsedOf(before, file);
    }
    const read = readFileBytes(path, MAX_FILE_BYTES);
    if ("problem" in read) {
      changed ||= before !== undefined;
      return { code: null, problems: [{ file, line: 0, col: 0, path: "", message: read.problem }], ...(read.gone && { gone: read.gone }) };
    }
    const hash = createHash("sha1").update(read.bytes).digest("hex");
    let record: CheckedRecord;
    const base = {
      ...statFields(path, stats),
      hash,
      // The bytes read may be newer than the stat data: then the next run reads the file again.
      racy: stats === null || !stats.isFile() || isRacy(stats, now) || BigInt(read.bytes.length) !== stats.size,
    };
    if (before && before.hash === hash) record = { ...before, ...base };
    else {
      // The loader (YAML, the schema) loads only when a file must be parsed.
      const { parseCodeBytes } = await import("../../core/codes/load.js");
      const parsed = parseCodeBytes(read.bytes, file, "user", checks);
      record = {
        ...base,
        code: parsed.code === null ? null : namesAndLineageOf(parsed.code),
        problems: parsed.problems.map(({ line, col, path: at, message }) => ({ line, col, path: at, message })),
      };
    }
    changed = true;
    records.set(path, record);
    return parsedOf(record, file);
  };

  return {
    check,
    save() {
      if (!changed && records.size === previousByPath.size) {
        cache.touch(name);
        return;
      }
      const record: CheckedFilesRecord = { paths: resolved, files: [...records.values()] };
      cache.set(name, shortHash(key), record, madeFrom);
    },
  };
}
