// `ethics export --code mine > my-codes/mine.yaml`, with my-codes a folder ethics reads: the
// shell empties the file before ethics starts, and the run said only "the file is empty" of
// the code it had just lost; with `>>` it read the code, then wrote a second one after it (or
// validate's "1 file valid"), a file that failed on the next run. As GNU cat says "input file
// is output file" and writes nothing, ethics names the file before reading or writing any.
import { fstatSync, statSync, type BigIntStats } from "node:fs";
import { listCodeDirectory } from "../core/codes/code-files.js";
import { EthicsError } from "../core/errors.js";
import { shellPath } from "../core/shell-path.js";

interface ReadFile {
  path: string;
  stats: BigIntStats | null;
}

/**
 * Throws when stdout is one of the files `filesRead` gives (the same file, by device and inode,
 * under any name). They are asked for only when stdout is a regular file: a terminal or a pipe
 * costs one fstat.
 */
export function refuseOutputIntoInput(filesRead: () => readonly ReadFile[]): void {
  let output: BigIntStats;
  try {
    output = fstatSync(1, { bigint: true });
  } catch {
    return; // no stdout: nothing will be written over
  }
  if (!output.isFile()) return;
  const read = filesRead().find(({ stats }) => stats !== null && stats.dev === output.dev && stats.ino === output.ino);
  if (read === undefined) return;
  throw new EthicsError(
    `the output file is a code file ethics reads: ${read.path}${output.size === 0n ? " (now empty: a shell's > empties its file before the command starts)" : ""}`,
    `write to a file outside the folder, then move it over: … > new.yaml && mv new.yaml ${shellPath(read.path)}`,
  );
}

/** The code files `paths` name, as validate reads them: files as named, folders' code files. */
export function codeFilesNamed(paths: readonly string[]): ReadFile[] {
  const stats = (path: string) => statSync(path, { bigint: true, throwIfNoEntry: false }) ?? null;
  return paths.flatMap((path) => {
    try {
      const named = stats(path);
      return named?.isDirectory() ? listCodeDirectory(path).files.map((file) => ({ path: file, stats: stats(file) })) : [{ path, stats: named }];
    } catch {
      return []; // a path that cannot be read is validate's own problem to report
    }
  });
}
