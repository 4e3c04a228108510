// `ethics export --code mine > my-codes/mine.yaml`, with my-codes a folder ethics reads: the
// shell empties the file before ethics starts, and the run said only "the file is empty" of
// the code it had just lost; with `>>` it read the code, then wrote a second one after it (or
// validate's "1 file valid"), a file that failed on the next run. As GNU cat says "input file
// is output file" and writes nothing, ethics names the file before reading or writing any.
// One exception: an export of a code file into a file the shell's > made or emptied for it is
// writing that file, not reading it (see outputAmong and the loader's use of it).
import { fstatSync, statSync, type BigIntStats } from "node:fs";
import { listCodeDirectory } from "../core/codes/code-files.js";
import { EthicsError } from "../core/errors.js";
import { shellPath } from "../core/shell-path.js";

/** Why a file stdout is sent into is empty. */
export const SHELL_EMPTIES = "a shell's > empties its file before the command starts";

/** How to write over a file read: beside it first. */
export const moveOverHint = (path: string) => `write to a file outside the folder, then move it over: … > new.yaml && mv new.yaml ${shellPath(path)}`;

interface ReadFile {
  path: string;
  stats: BigIntStats | null;
}

/** Which of the files read stdout is, and whether it is empty: what a shell's > leaves it. */
export interface OutputFile<File extends ReadFile> {
  file: File;
  empty: boolean;
}

/**
 * The one of the files `filesRead` gives that stdout is (the same file, by device and inode,
 * under any name), if any. They are asked for only when stdout is a regular file: a terminal or
 * a pipe costs one fstat. Its size is stdout's now, never a size recorded before (a cache's).
 */
export function outputAmong<File extends ReadFile>(filesRead: () => readonly File[]): OutputFile<File> | undefined {
  let output: BigIntStats;
  try {
    output = fstatSync(1, { bigint: true });
  } catch {
    return undefined; // no stdout: nothing will be written over
  }
  if (!output.isFile()) return undefined;
  const file = filesRead().find(({ stats }) => stats !== null && stats.dev === output.dev && stats.ino === output.ino);
  return file === undefined ? undefined : { file, empty: output.size === 0n };
}

/** Throws when stdout is one of the files `filesRead` gives (see outputAmong). */
export function refuseOutputIntoInput(filesRead: () => readonly ReadFile[]): void {
  const output = outputAmong(filesRead);
  if (output !== undefined) throw outputIntoInput(output.file.path, output.empty);
}

/** The refusal of output into `path`, a code file the run reads. */
export function outputIntoInput(path: string, empty: boolean): EthicsError {
  return new EthicsError(`the output file is a code file ethics reads: ${path}${empty ? ` (now empty: ${SHELL_EMPTIES})` : ""}`, moveOverHint(path));
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
