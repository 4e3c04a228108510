// Where the CLI gets its library: the built-in snapshot next to the bundle, plus the codes in
// every --data directory and ETHICS_DATA entry (through the cache when they have not changed).
import { readFileSync, statSync } from "node:fs";
import { delimiter, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import packageJson from "../../package.json" with { type: "json" };
import { listCodeFiles } from "../core/code-files.js";
import { EthicsError } from "../core/errors.js";
import { mergeLibrary } from "../core/library.js";
import { parseSnapshot, type Snapshot } from "../core/snapshot.js";
import type { Code, Library } from "../model.js";
import { cacheDirectory, fingerprintFiles, hash, openCache, type JsonCache } from "./cache.js";

/** The installed package's root: the bundle lives in its dist/. */
export const packageRoot = fileURLToPath(new URL("..", import.meta.url));

export interface LoadedLibrary {
  library: Library;
  snapshot: Snapshot;
  /** Identifies the user files the library was made from; null when there are none. */
  fingerprint: string | null;
  cache: JsonCache | null;
}

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

function listFiles(dir: string): string[] {
  try {
    return listCodeFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EthicsError(`cannot read data directory '${dir}': ${code === "EACCES" ? "permission denied" : String(code ?? error)}`);
  }
}

let snapshot: Snapshot | undefined;

export function readSnapshot(): Snapshot {
  snapshot ??= parseSnapshot(readFileSync(new URL("./builtin.json", import.meta.url), "utf8"));
  return snapshot;
}

export function readBuiltinLibrary(): Library {
  return readSnapshot().library;
}

export async function readLibrary(dataDirs: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<LoadedLibrary> {
  const builtin = readSnapshot();
  const cache = openCache(cacheDirectory(env));
  if (dataDirs.length === 0) return { library: builtin.library, snapshot: builtin, fingerprint: null, cache };
  dataDirs.forEach(checkDirectory);
  const files = dataDirs.flatMap(listFiles);
  const fingerprint = fingerprintFiles(files, packageJson.version);
  const entry = `codes-${hash(dataDirs.join("\0"))}`;
  let userCodes = cache?.get<Code[]>(entry, fingerprint);
  if (!userCodes) {
    // YAML and the schema validator cost ~85 ms to import: only when files changed.
    const { readCodeDir } = await import("../core/load.js");
    userCodes = dataDirs.flatMap((dir) => readCodeDir(dir, "user"));
    cache?.set(entry, fingerprint, userCodes);
  }
  return { library: mergeLibrary(builtin.library, userCodes), snapshot: builtin, fingerprint, cache };
}
