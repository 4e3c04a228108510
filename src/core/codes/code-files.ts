// Which files in a data directory are codes. Kept apart from load.ts so that checking
// whether cached data is still fresh costs no YAML parser.
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";

/** topics.yaml sits beside the codes in data/ but is not a code. */
export function isTopicsFileName(name: string): boolean {
  return /^topics\.ya?ml$/i.test(name);
}

/**
 * What editors and systems leave beside the files they edit: hidden files (emacs lock links
 * `.#name`, vim swap files `.name.swp`, macOS `._name`), backups `name~`, autosaves `#name#`.
 */
export function isEditorLeftover(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}

export function isCodeFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !isTopicsFileName(name) && !isEditorLeftover(name);
}

export interface CodeFileListing {
  /** The code files, sorted, as paths joined to the directory. */
  files: string[];
  /**
   * What data/ holds beside its codes and a user's folder does not use (topics.yaml, the concepts/
   * and questions/ folders), as paths joined to the directory: each is named in a warning.
   */
  builtInOnly: string[];
  /**
   * Where no code file is: the names of .json files (an export with --format json, saved to be
   * used), which are not read, so that the folder's warning can name them. Empty otherwise.
   */
  jsonNames: string[];
  /** Code files saved as text (`pine.yaml.txt`), as paths joined to the directory: see codeFileNameMeant. */
  savedAsText: string[];
}

/**
 * A code file saved as text: Windows hides a known extension, so `pine.yaml` typed in Notepad's
 * Save box is `pine.yaml.txt`, which looks right in Explorer and is never read. The name it was
 * meant to have, or null.
 */
export function codeFileNameMeant(name: string): string | null {
  if (isEditorLeftover(name)) return null;
  const meant = /^(.+\.ya?ml)\.txt$/i.exec(name)?.[1];
  return meant !== undefined && isCodeFileName(meant) ? meant : null;
}

/** Why a file named so is not read, and its new name: see codeFileNameMeant. */
export function savedAsTextWhy(meant: string): string {
  return `only .yaml and .yml files are codes (Windows may hide the .txt); rename it to ${meant}`;
}

function isJsonFileName(name: string): boolean {
  return /\.json$/i.test(name) && !isEditorLeftover(name);
}

/**
 * Why a folder of .json files only gives no code, and what makes them codes: JSON is YAML
 * (1.2), so the same file under a .yaml name is read (`ethics validate` checks it first).
 */
export function jsonFilesNotRead(jsonNames: readonly string[]): string {
  if (jsonNames.length === 1) {
    const name = jsonNames[0]!;
    return `${name} is not read (JSON is YAML: named ${name.replace(/\.json$/i, ".yaml")}, it would be)`;
  }
  const shown = jsonNames.slice(0, 3).join(", ") + (jsonNames.length > 3 ? ` and ${jsonNames.length - 3} more` : "");
  return `${shown} are not read (JSON is YAML: named .yaml, they would be)`;
}

/**
 * Why each part of data/'s layout that a user's folder does not use is not read there, by the
 * pattern of its name. A user who copied data/ (or a folder of concepts or questions written for
 * it) would otherwise see them skipped without a word.
 */
const BUILT_IN_ONLY: readonly (readonly [RegExp, string])[] = [
  [/^topics\.ya?ml$/i, "users' folders hold codes, not topics; tag standards with concept ids instead"],
  [/^concepts$/i, "users' folders hold codes, not concepts; tag standards with concept ids instead"],
  [/^questions$/i, "users' folders hold codes, not lists of questions; search reads a user's code by its own words and its concepts"],
];

/** The warning for a part of data/'s layout found in a user's folder (see BUILT_IN_ONLY). */
export function builtInOnlyWarning(path: string): string {
  const name = basename(path);
  const why = BUILT_IN_ONLY.find(([pattern]) => pattern.test(name))?.[1] ?? "users' folders hold codes";
  return `${path} is not read: ${why}`;
}

function isBuiltInOnlyName(name: string): boolean {
  return BUILT_IN_ONLY.some(([pattern]) => pattern.test(name));
}

/** Throws the file system's error when the directory cannot be read. */
export function listCodeDirectory(dir: string): CodeFileListing {
  const names = readdirSync(dir).sort();
  // join(dir, name) normalizes the whole path again for each name, ~6 µs each (5,000 files: 30
  // ms of a warm `list`); the directory's part is the same for every name, which is one segment
  // (a file's name has no separator, and a code file's is never . or ..): made once.
  const prefix = join(dir, "x").slice(0, -1);
  const files = names.filter(isCodeFileName).map((name) => prefix + name);
  const jsonNames = files.length === 0 ? names.filter(isJsonFileName) : [];
  const savedAsText = names.filter((name) => codeFileNameMeant(name) !== null).map((name) => prefix + name);
  return { files, builtInOnly: names.filter(isBuiltInOnlyName).map((name) => prefix + name), jsonNames, savedAsText };
}

export function listCodeFiles(dir: string): string[] {
  return listCodeDirectory(dir).files;
}
