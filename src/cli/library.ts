// Where the CLI gets its library: the built-in snapshot next to the bundle, plus the codes in
// every --data directory and ETHICS_DATA entry.
import { readFileSync, statSync } from "node:fs";
import { delimiter, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EthicsError } from "../core/errors.js";
import { mergeLibrary } from "../core/library.js";
import { parseSnapshot } from "../core/snapshot.js";
import type { Library } from "../model.js";

export function dataDirectories(fromOptions: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const fromEnv = (env.ETHICS_DATA ?? "").split(delimiter).filter((entry) => entry.trim() !== "");
  return [...fromOptions, ...fromEnv].map((dir) => resolve(dir));
}

function checkDirectory(dir: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new EthicsError(`data directory '${dir}' does not exist`, "check the path given to --data or in ETHICS_DATA");
  }
  if (!isDirectory) throw new EthicsError(`'${dir}' is not a directory`, "--data and ETHICS_DATA take directories of YAML code files");
}

/** The installed package's root: the bundle lives in its dist/. */
export const packageRoot = fileURLToPath(new URL("..", import.meta.url));

export function readBuiltinLibrary(): Library {
  const path = new URL("./builtin.json", import.meta.url);
  return parseSnapshot(readFileSync(path, "utf8")).library;
}

export async function readLibrary(dataDirs: readonly string[]): Promise<Library> {
  const builtin = readBuiltinLibrary();
  if (dataDirs.length === 0) return builtin;
  dataDirs.forEach(checkDirectory);
  // Loaded only when there are user codes: YAML and the schema validator cost ~85 ms to import.
  const { readCodeDir } = await import("../core/load.js");
  const userCodes = dataDirs.flatMap((dir) => readCodeDir(dir, "user"));
  return mergeLibrary(builtin, userCodes);
}
