// Where the CLI gets its library: the built-in snapshot next to the bundle, plus the codes in
// every --data directory and ETHICS_DATA entry (through the cache when they have not changed).
import { readFileSync, statSync } from "node:fs";
import { delimiter, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listCodeFiles } from "../core/codes/code-files.js";
import { EthicsError, describeFsError } from "../core/errors.js";
import { mergeLibrary } from "../core/library/merge.js";
import type { SearchIndex } from "../core/search/inverted-index.js";
import { parseSnapshot, type Snapshot } from "../core/library/snapshot.js";
import type { Code, Library } from "../model.js";
import { cacheDirectory, fileKey, hash, openCache, type JsonCache } from "./cache/json-cache.js";

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
    throw new EthicsError(`cannot read data directory '${dir}': ${describeFsError(error)}`);
  }
}

let snapshot: Snapshot | undefined;

export function readSnapshot(): Snapshot {
  snapshot ??= parseSnapshot(readFileSync(new URL("./builtin.json", import.meta.url), "utf8"), () => readFileSync(new URL("./concepts.json", import.meta.url), "utf8"));
  return snapshot;
}

/** The built-in codes' search index, made at build time; only `search` reads it. */
export function readSearchIndex(): SearchIndex {
  return JSON.parse(readFileSync(new URL("./search-index.json", import.meta.url), "utf8")) as SearchIndex;
}

export function readBuiltinLibrary(): Library {
  return readSnapshot().library;
}

/** What every command needs of a user's code without reading all of it: names, for lookup and clashes. */
interface ManifestEntry {
  id: string;
  aliases: string[];
  title: string;
  shortName: string;
  jurisdiction: string;
  file: string;
}

/** The fields of a Code in the order normalizeCode gives them, so cached and fresh JSON agree. */
const CODE_FIELDS = ["id", "aliases", "title", "shortName", "jurisdiction", "numbering", "source", "scope", "preamble", "values", "definitions", "sections", "attestation", "signature", "references", "editorial", "origin", "file"] as const;
// A field of Code missing above would read as undefined from the cache: make that a type error.
const everyCodeField: Exclude<keyof Code, (typeof CODE_FIELDS)[number]> extends never ? true : never = true;
void everyCodeField;

/**
 * A user's code whose names are at hand and whose standards are read from the cache on first
 * use: a search through a thousand codes reads only the few its hits come from.
 */
function lazyCode(entry: ManifestEntry, readFull: () => Code): Code {
  let full: Code | undefined;
  const eager: Record<string, unknown> = { ...entry, origin: "user" };
  const code = {} as Code;
  for (const field of CODE_FIELDS) {
    if (field in eager) Object.defineProperty(code, field, { value: eager[field], enumerable: true });
    else Object.defineProperty(code, field, { enumerable: true, get: () => (full ??= readFull())[field] });
  }
  return code;
}

function readCachedCode(cache: JsonCache, entryName: string, file: string, key: string): Code {
  const code = cache.get<Code>(entryName, key);
  if (!code) {
    throw new EthicsError(`the cache of users' codes lost ${file}`, "run the command again (the cache will be rebuilt), or set ETHICS_NO_CACHE=1");
  }
  return code;
}

async function parseUserCodes(dataDirs: readonly string[]): Promise<Code[]> {
  // YAML and the schema validator cost ~85 ms to import: only when files changed.
  const { readCodeDir } = await import("../core/codes/load.js");
  return dataDirs.flatMap((dir) => readCodeDir(dir, "user"));
}

export async function readLibrary(dataDirs: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<LoadedLibrary> {
  const builtin = readSnapshot();
  const cache = openCache(cacheDirectory(env));
  if (dataDirs.length === 0) return { library: builtin.library, snapshot: builtin, fingerprint: null, cache };
  dataDirs.forEach(checkDirectory);
  const files = dataDirs.flatMap(listFiles);
  const fileKeys = files.map((file) => fileKey(file, builtin.buildId));
  const fingerprint = await hash(files.map((file, index) => `${file}\0${fileKeys[index]}`).join("\n"));
  const finish = (userCodes: Code[]) => ({ library: mergeLibrary(builtin.library, userCodes), snapshot: builtin, fingerprint, cache });
  if (!cache) return finish(await parseUserCodes(dataDirs));
  const entryNames = await Promise.all(files.map(async (file) => `code-${await hash(file)}`));

  const manifestName = `manifest-${await hash(dataDirs.join("\0"))}`;
  const manifest = cache.get<ManifestEntry[]>(manifestName, fingerprint);
  if (manifest && manifest.length === files.length) {
    return finish(manifest.map((entry, index) => lazyCode(entry, () => readCachedCode(cache, entryNames[index]!, entry.file, fileKeys[index]!))));
  }
  const userCodes = await parseUserCodes(dataDirs);
  userCodes.forEach((code, index) => cache.set(entryNames[index]!, fileKeys[index]!, code));
  cache.set(
    manifestName,
    fingerprint,
    userCodes.map(({ id, aliases, title, shortName, jurisdiction, file }): ManifestEntry => ({ id, aliases, title, shortName, jurisdiction, file })),
  );
  return finish(userCodes);
}
