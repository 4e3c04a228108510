// The start of a command printed for the user to copy and run ("ethics show odd-code 2", a
// hint's "see ethics list odd-code"): it must run as printed. A user's code read from a folder
// named with --data is loaded only with that --data, so a command naming it carries it:
// "ethics --data /tmp/r1 show odd-code 2" (pasted without it: "no code 'odd-code'"). A code
// from ETHICS_DATA needs nothing: the variable is still set where the command is pasted.
//
// The CLI marks each code it read through --data with its folder (markDataFolder). The mark is
// kept on the code under a Symbol.for key, not enumerable, as cli/cache/stored-entry.ts keeps
// its own: each lazily loaded bundle has its own copy of this module, and no copy, spread or
// JSON of the code carries it.
import type { Code } from "../model.js";
import { shellPath } from "./shell-path.js";

const DATA_FOLDER = Symbol.for("ethics.dataFolder");

/** `code` was read from `folder`, a folder named with --data (resolved). */
export function markDataFolder(code: Code, folder: string): void {
  Object.defineProperty(code, DATA_FOLDER, { value: folder, enumerable: false, configurable: true });
}

/** The --data folder `code` was read from; undefined for a built-in code or one from ETHICS_DATA. */
export function dataFolderOf(code: Code): string | undefined {
  return (code as Code & { [DATA_FOLDER]?: string })[DATA_FOLDER];
}

/**
 * The words a command naming `codes` starts with: "ethics", then "--data <folder>" for each
 * folder named with --data that one of them was read from, each folder once, quoted for the
 * shell (shellPath).
 */
export function ethicsWordsFor(codes: readonly Code[]): string[] {
  const folders = [...new Set(codes.flatMap((code) => dataFolderOf(code) ?? []))];
  return ["ethics", ...folders.flatMap((folder) => ["--data", shellPath(folder)])];
}

/** ethicsWordsFor as one string: "ethics", or "ethics --data /tmp/r1". */
export function ethicsFor(...codes: Code[]): string {
  return ethicsWordsFor(codes).join(" ");
}

// A command printed that names no code ("`ethics topics` lists the themes", "ethics list shows
// the codes", "options of list go after it: ethics list --json") lists or searches the whole
// library, so it needs every folder the run was given with --data: without them it fails or
// shows other codes. The CLI records them once, from the words typed, before any is read
// (usage errors are found before the library is): as with the codes' mark, on a Symbol.for key,
// since each lazily loaded bundle has its own copy of this module.
const RUN_DATA_FOLDERS = Symbol.for("ethics.runDataFolders");

/** The folders this run was given with --data (resolved), each once, in the order typed. */
export function recordRunDataFolders(folders: readonly string[]): void {
  (globalThis as { [RUN_DATA_FOLDERS]?: string[] })[RUN_DATA_FOLDERS] = [...new Set(folders)];
}

/** The folders recordRunDataFolders recorded. */
export const runDataFolders = (): string[] => (globalThis as { [RUN_DATA_FOLDERS]?: string[] })[RUN_DATA_FOLDERS] ?? [];

const ethicsWordsWithFolders = (folders: readonly string[]): string[] => ["ethics", ...folders.flatMap((folder) => ["--data", shellPath(folder)])];
const ethicsWithFolders = (folders: readonly string[]): string => ethicsWordsWithFolders(folders).join(" ");

/** ethicsForLibrary as words, a folder's path one word however many spaces it holds. */
export const ethicsWordsForLibrary = (): string[] => ethicsWordsWithFolders(runDataFolders());

/** The start of a command over the whole library: "ethics", or "ethics --data /tmp/r1". */
export function ethicsForLibrary(): string {
  return ethicsWithFolders(runDataFolders());
}

/**
 * ethicsForLibrary with the --data `wrong` (resolved) given as `right`: the command a hint
 * about that one --data suggests, which the run's other folders still carry.
 */
export function ethicsForLibraryWith(wrong: string, right: string): string {
  const folders = runDataFolders();
  const fixed = folders.includes(wrong) ? folders.map((folder) => (folder === wrong ? right : folder)) : [...folders, right];
  return ethicsWithFolders([...new Set(fixed)]);
}
