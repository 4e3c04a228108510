// Where the CLI gets its library: the built-in snapshot next to the bundle, plus the codes in
// every --data directory and ETHICS_DATA entry (through the cache, src/cli/cache/user-codes.ts).
import { readFileSync } from "node:fs";
import { delimiter, dirname, resolve } from "node:path";
import { distFile, packageDirectory } from "./dist-files.js";
import { lineageWarnings } from "../core/codes/lineage-check.js";
import { sameTextWarnings } from "../core/codes/same-texts.js";
import { mergeLibrary } from "../core/library/merge.js";
import { markDataFolder } from "../core/command-start.js";
import { registerMadeAhead } from "../core/concepts/made-ahead.js";
import type { SearchIndex } from "../core/search/inverted-index.js";
import { readIndexText, typoWordsOnDemand } from "../core/search/index-text.js";
import { parseSnapshot, type Snapshot, type SnapshotParts } from "../core/library/snapshot.js";
import { hasOwnConceptTags, type Code, type Library } from "../model.js";
import type { DataDirectory } from "./cache/user-codes.js";
import type { LibraryViews } from "./cache/library-views.js";
import { cacheDirectory } from "./cache/cache-dir.js";
import { visible } from "../render/terminal-text.js";
import { stderrText, writeErr } from "./output.js";
import { withTypedCut } from "./typed-words.js";
import { currentFolderGone } from "./current-folder.js";

export type { DataDirectory };

/** The installed package's root: the bundle lives in its dist/. */
export const packageRoot = packageDirectory();

export interface LoadedLibrary {
  library: Library;
  snapshot: Snapshot;
  /** The library's search index: shipped for the built-in codes, else cached or built. */
  searchIndex(): Promise<SearchIndex>;
  /** Values made from the whole library, cached by its content: null without users' codes (nothing to save) or without a cache. */
  views: LibraryViews | null;
  /** A code file of the folders that the shell emptied as this run's output, left out (ReadOptions.outputIsCodeFile). */
  emptiedOutput?: string;
}

/**
 * --data first (its failures are errors), then ETHICS_DATA (its failures are warnings), each
 * with the path as typed: whether a folder is there, and why not, is the reader's to say
 * (usableDirectories in cache/user-codes.ts), a ~ the shell left unexpanded included.
 */
export function dataDirectories(fromOptions: readonly string[], env: NodeJS.ProcessEnv): DataDirectory[] {
  const fromEnv = (env.ETHICS_DATA ?? "").split(delimiter).filter((entry) => entry.trim() !== "");
  const named = (explicit: boolean) => (dir: string): DataDirectory => ({ path: resolve(dir), typed: dir, explicit });
  // A relative entry with the current folder deleted under the shell names no folder: skipped
  // with a warning, as any ETHICS_DATA entry that names none is (--data's is an error, main.ts).
  const fromEnvironment = (dir: string): DataDirectory => {
    try {
      return named(false)(dir);
    } catch (error) {
      if (currentFolderGone(error) === undefined) throw error;
      return { path: dir, typed: dir, explicit: false, baseGone: true };
    }
  };
  return [...fromOptions.map(named(true)), ...fromEnv.map(fromEnvironment)];
}

let snapshot: Snapshot | undefined;

export function readSnapshot(): Snapshot {
  if (snapshot === undefined) {
    // Read as bytes and decoded a part at a time (ASCII, so Latin-1 is the text): only the first
    // line, the codes without their standards, becomes a string at start (core/library/snapshot.ts).
    const bytes = readFileSync(distFile("builtin.txt"));
    const text: SnapshotParts = {
      length: bytes.length,
      firstLine: () => bytes.toString("latin1", 0, bytes.indexOf(0x0a) >>> 0),
      slice: (from, to) => bytes.toString("latin1", from, to),
    };
    snapshot = parseSnapshot(text, () => readFileSync(distFile("concepts.json"), "utf8"));
    // Inference and indexing over users' codes read the model and the concept weights the build
    // made rather than make them again (core/concepts/made-ahead.ts); where the files are
    // missing (run from the sources), they are made.
    registerMadeAhead(snapshot.library, (part) => readFileSync(distFile(part === "weights" ? "concept-weights.txt" : `inference-${part}.txt`), "latin1"));
  }
  return snapshot;
}

/**
 * The built-in codes' search index, made at build time; only `search` reads it. Its long
 * strings are slices of the file's text, not copies, and the words only a typo needs are read
 * when first asked for (core/search/index-text.ts).
 */
export function readSearchIndex(): SearchIndex {
  const index = readIndexText(readFileSync(distFile("search-index.txt"), "latin1")) as SearchIndex;
  return typoWordsOnDemand(index, () => readFileSync(distFile("search-words.txt"), "latin1"));
}

/**
 * The built-in codes' index part (see IndexPart), made at build time for the indexes that also
 * hold users' codes; undefined where there is none (run from the sources), and then it is made.
 */
export function readBuiltinPart(): unknown {
  try {
    return JSON.parse(readFileSync(distFile("builtin-part.json"), "latin1"));
  } catch {
    return undefined;
  }
}

export function readBuiltinLibrary(): Library {
  return readSnapshot().library;
}

/**
 * A warning on stderr, made visible and fitted as errors are: "ethics: warning: …". One line
 * each: a line break in it is part of a file's name or key, shown, not obeyed (see main.ts).
 */
export function warn(text: string): void {
  writeErr(stderrText(`ethics: warning: ${visible(withTypedCut(text))}`) + "\n");
}

/**
 * Each code read from a folder named with --data marked with it, for the commands printed to be
 * copied to carry that --data (core/command-start.ts). A code file sits directly in its folder
 * (folders inside one are not read); one in both --data and ETHICS_DATA was read as --data's.
 */
function markDataFolders(codes: readonly Code[], dataDirs: readonly DataDirectory[]): void {
  const named = new Set(dataDirs.filter((dir) => dir.explicit).map((dir) => dir.path));
  if (named.size === 0) return;
  for (const code of codes) {
    const folder = dirname(code.file);
    if (named.has(folder)) markDataFolder(code, folder);
  }
}

/**
 * `forSearch`: the caller will want the search index (see ReadOptions). `leaveOut`: files not
 * read, by identity (ReadOptions), those validate checks against the rest. `outputIsCodeFile`:
 * the run writes a code file, perhaps into one of the folders (ReadOptions).
 */
export async function readLibrary(dataDirs: readonly DataDirectory[], env: NodeJS.ProcessEnv = process.env, forSearch = false, leaveOut?: ReadonlySet<string>, outputIsCodeFile = false): Promise<LoadedLibrary> {
  const builtin = readSnapshot();
  if (dataDirs.length === 0) return { library: builtin.library, snapshot: builtin, searchIndex: async () => readSearchIndex(), views: null };
  // Users' codes bring the cache (and node:crypto, node:zlib) in: runs without them load none of it.
  const [{ UserCodeReader }, { openCache }, { pruneCacheOnExit }, { libraryViews }] = await Promise.all([
    import("./cache/user-codes.js"),
    import("./cache/json-cache.js"),
    import("./cache/prune.js"),
    import("./cache/library-views.js"),
  ]);
  const cache = openCache(cacheDirectory(env));
  if (cache) pruneCacheOnExit(cache, env);
  const reader = new UserCodeReader(builtin.buildId, cache, builtin.library, readSearchIndex, readBuiltinPart, builtin.conceptIds);
  const userCodes = await reader.read(dataDirs, warn, { index: forSearch, env, leaveOut, outputIsCodeFile });
  markDataFolders(userCodes.codes, dataDirs);
  const library = mergeLibrary(builtin.library, userCodes.codes);
  // Checked on the merged library, every run, so that the cache cannot change what is said.
  for (const warning of lineageWarnings(library.codes)) warn(warning);
  for (const warning of sameTextWarnings(library.codes)) warn(warning);
  if (userCodes.codes.some(hasOwnConceptTags)) {
    const [{ unknownTagWarnings }, { validateChecks }] = await Promise.all([import("../core/codes/unknown-tags.js"), import("../core/codes/validate.js")]);
    for (const warning of unknownTagWarnings(userCodes.codes, () => validateChecks(builtin.library))) warn(warning);
  }
  return {
    library,
    snapshot: builtin,
    searchIndex: () => userCodes.searchIndex(library),
    views: cache ? libraryViews(cache, builtin.buildId, userCodes.fingerprint, userCodes.madeFrom) : null,
    emptiedOutput: userCodes.emptiedOutput,
  };
}
