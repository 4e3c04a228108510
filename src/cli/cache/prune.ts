// Keeps the cache bounded: ≤ ETHICS_CACHE_MAX_MIB (32 MiB by default) on disk, least recently
// used out. The roots are the library records (one per set of data folders and build), touched
// by every run that uses them; each keeps alive the entries it names (its files' codes and index
// parts, the runs of parts its last search used, its search index). The roots the pruning run
// itself wrote or read stay, even alone over the budget: they are the library in use, and going
// they would make every run over it parse every file again. Then, newest first, roots are kept
// while everything they name fits; what no kept root names — a gone file's entries, an old
// index, another build's — is deleted, many at once by a process of their own (removeEntries).
// Runs only after a run that wrote something. Deleting races harmlessly with readers: a missing entry is
// a miss, made again. validate's records (checked-files.ts) and values made from a whole
// library (library-views.ts) are roots too, each keeping only itself.
//
// A prune must know every entry's size, and a thousand codes make two thousand entries: one
// lstat each took longer than the rest of the prune. So the sizes of entries named by their
// content (code, part, index: a name holds the same value; a code's entry may gain its index
// part later, and the run that adds it forgets SIZES first: forget-sizes.ts) are remembered in
// SIZES, and only the roots, entries new since, entries this run wrote and entries about to go
// are looked at. The file is a hint: missing, damaged or older than FULL_SCAN_MS, every entry
// is looked at again, as before.
import { lstatSync, readdirSync, rmdirSync, unlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readFileBytes } from "../../core/codes/read-file.js";
import { cacheBudgetBytes, diskBytes, writeCacheFile } from "./cache-dir.js";
import { codeCacheBytesCounted, codeCacheFiles } from "./code-cache-bytes.js";
import { decodeEntry, entryKey, MAX_ENTRY_BYTES, type JsonCache } from "./json-cache.js";
import { MAX_INFLATED_BYTES } from "./inflate-bound.js";
import { isLibraryRecord } from "./records.js";
import { CLOCK_AHEAD_MS, lastUsedMs } from "./last-used.js";
import { isStaleTemporary, TEMPORARY } from "./temporary-files.js";
import { SIZES } from "./forget-sizes.js";

/** An entry no root names yet may be a concurrent run's, about to be named. */
const GRACE_MS = CLOCK_AHEAD_MS;

const ENTRY = /^(lib|code|part|index|check|view)-([0-9a-f]+)-([0-9a-z]+)\.entry$/;
/** The V8 code cache older builds kept in v8/: `<bundle file>-v<node>-<arch>-<size>-<mtime>.v8`, and its temporaries. */
const OLD_CODE_CACHE = /^[\w.-]+\.cjs-v[\d.]+-\w+-\d+-\d+\.v8(?:\.\d+\.tmp)?$/;
/** Roots that name nothing but themselves. */
const SELF_ROOTS = new Set(["check", "view"]);
const isRoot = (kind: string | undefined) => kind === "lib" || (kind !== undefined && SELF_ROOTS.has(kind));

interface CacheFile {
  name: string;
  /** What it takes on disk (diskBytes): the budget is the disk's, not the bytes'. */
  size: number;
  /** Undefined for a size remembered in SIZES: looked at only if the entry may go. */
  mtimeMs: number | undefined;
}

export { SIZES };
/** Version 2 remembers sizes on disk; version 1 remembered bytes, and is not trusted. */
const SIZES_HEADER = "ethics-prune-sizes 2";
/** How long remembered sizes are trusted before every entry is looked at again. */
export const FULL_SCAN_MS = 10 * 60_000;
/** Entries whose name says what they hold, so that their size never changes. */
const BY_CONTENT = new Set(["code", "part", "index"]);

interface Sizes {
  /** When every entry was last looked at. */
  scanned: number;
  sizes: Map<string, number>;
}

/** The remembered sizes, or null when there are none to trust (missing, damaged, too old). */
export function readSizes(directory: string, now: number): Sizes | null {
  const read = readFileBytes(join(directory, SIZES), MAX_ENTRY_BYTES);
  if ("problem" in read) return null;
  const lines = read.bytes.toString("latin1").split("\n");
  const [header, scannedText] = lines[0]!.split("\t");
  const scanned = Number(scannedText);
  if (header !== SIZES_HEADER || !Number.isSafeInteger(scanned) || scanned > now || now - scanned >= FULL_SCAN_MS) return null;
  const sizes = new Map<string, number>();
  for (let at = 1; at < lines.length; at++) {
    const line = lines[at]!;
    if (line === "") continue;
    const tab = line.indexOf("\t");
    const size = Number(line.slice(tab + 1));
    if (tab < 0 || !Number.isSafeInteger(size) || size < 0) return null;
    sizes.set(line.slice(0, tab), size);
  }
  return { scanned, sizes };
}

function writeSizes(directory: string, scanned: number, files: Iterable<CacheFile>): void {
  let text = `${SIZES_HEADER}\t${scanned}\n`;
  for (const file of files) if (BY_CONTENT.has(ENTRY.exec(file.name)?.[1] ?? "")) text += `${file.name}\t${file.size}\n`;
  writeCacheFile(join(directory, SIZES), text);
}

/** The entry names a library record keeps alive, itself included. */
function namesKeptBy(directory: string, root: CacheFile, build: string): string[] | null {
  if (SELF_ROOTS.has(ENTRY.exec(root.name)![1]!)) return [root.name];
  const read = readFileBytes(join(directory, root.name), MAX_ENTRY_BYTES);
  if ("problem" in read) return null;
  const key = entryKey(read.bytes);
  // Another folder's record, whose files are not known here: only the outer limit holds. A
  // forged one costs one prune, as it is then deleted (it keeps nothing).
  const record = key === undefined ? undefined : decodeEntry(read.bytes, key, MAX_INFLATED_BYTES);
  if (!isLibraryRecord(record)) return null;
  const names = [root.name, `index-${build}-${record.fingerprint.slice(0, 24)}.entry`];
  for (const file of record.files) if (file.hash !== "") names.push(`code-${build}-${file.hash}.entry`, `part-${build}-${file.hash}.entry`);
  for (const part of record.parts) names.push(`part-${build}-${part}.entry`);
  return names;
}

/**
 * `inUse`: the entry files the pruning run wrote or marked used (JsonCache.used); its roots among
 * them stay. `written`: those it wrote (JsonCache.written), whose remembered sizes may be old.
 */
export function pruneCache(directory: string, env: NodeJS.ProcessEnv, now = Date.now(), inUse: ReadonlySet<string> = new Set(), written: ReadonlySet<string> = new Set()): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  const remembered = readSizes(directory, now);
  const files = new Map<string, CacheFile>();
  for (const name of names) {
    const kind = ENTRY.exec(name)?.[1];
    if (kind === undefined && !TEMPORARY.test(name)) continue; // not ours: left alone
    const size = kind !== undefined && BY_CONTENT.has(kind) && !written.has(name) ? remembered?.sizes.get(name) : undefined;
    if (size !== undefined) {
      files.set(name, { name, size, mtimeMs: undefined });
      continue;
    }
    try {
      const stats = lstatSync(join(directory, name));
      if (stats.isFile()) files.set(name, { name, size: diskBytes(stats), mtimeMs: stats.mtimeMs });
    } catch {
      // deleted meanwhile
    }
  }
  const budget = cacheBudgetBytes(env);
  // The V8 code cache (compile-cache.ts) keeps its own entries, within its share of the budget;
  // they count against it. Counted already when this run wrote some.
  const codeCacheBytes = codeCacheBytesCounted(directory) ?? [...codeCacheFiles(directory, names).values()].reduce((sum, file) => sum + file.size, 0);
  const kept = new Set<string>();
  /** Entries named by roots that did not fit: theirs alone, so they go at once. */
  const dropped = new Set<string>();
  // The folder itself counts too: a listing of thousands of entries takes blocks of its own.
  let used = codeCacheBytes + fileSize(join(directory, SIZES)) + fileSize(directory);
  let full = false;
  // Roots are finished entries: a run's temporary file (lib-….entry.<pid>-<n>.tmp) is not one.
  // (Roots are never remembered: their mtimes are all known.)
  // The roots in use first, whatever their age (another run may have touched an older library
  // since); then the others, most recently used first (one dated far ahead of the clock last).
  const byUse = (file: CacheFile) => (inUse.has(file.name) ? 0 : 1);
  const roots = [...files.values()]
    .filter((file) => isRoot(ENTRY.exec(file.name)?.[1]))
    .sort((a, b) => byUse(a) - byUse(b) || lastUsedMs(b.mtimeMs!, now) - lastUsedMs(a.mtimeMs!, now));
  for (const root of roots) {
    const build = ENTRY.exec(root.name)![2]!;
    const keeps = namesKeptBy(directory, root, build);
    if (keeps === null) continue;
    const added = keeps.filter((name) => !kept.has(name) && files.has(name));
    const size = added.reduce((sum, name) => sum + files.get(name)!.size, 0);
    // Roots in use stay even alone over budget (and so does the newest root, for a run that used none).
    full ||= kept.size > 0 && !inUse.has(root.name) && used + size > budget;
    if (full) {
      for (const name of added) dropped.add(name);
      continue;
    }
    for (const name of added) kept.add(name);
    used += size;
  }
  const going: string[] = [];
  for (const file of files.values()) {
    if (kept.has(file.name)) continue;
    // Roots that did not fit and what only they named go at once, whatever their age: not
    // looked at first (a thousand lstats, ~35 ms, when a new build drops an old one's library).
    const atOnce = isRoot(ENTRY.exec(file.name)?.[1]) || dropped.has(file.name);
    if (!atOnce) {
      // A remembered entry that may go is looked at now, as every entry was: gone, or not a file, it is left.
      if (file.mtimeMs === undefined) {
        try {
          const stats = lstatSync(join(directory, file.name));
          if (!stats.isFile()) continue;
          file.mtimeMs = stats.mtimeMs;
        } catch {
          continue;
        }
      }
      // Entries no root names wait out a grace, in case a run is about to name them. One dated
      // further ahead than the grace is no run's at work: it was written before the clock was
      // set back (a machine's clock corrected, a VM restored), and waiting for its date kept
      // every such entry and temporary file past the budget, for as long as the clock was off.
      const age = now - file.mtimeMs;
      if (TEMPORARY.test(file.name) ? !isStaleTemporary(file.mtimeMs, now) : age < GRACE_MS && age > -GRACE_MS) continue;
    }
    going.push(file.name);
    files.delete(file.name);
  }
  removeEntries(directory, going);
  writeSizes(directory, remembered?.scanned ?? now, files.values());
}

/**
 * Deleted here up to this many; more are left to a process of their own. A file's unlink took
 * 0.2–0.35 ms here (ext4, a busy machine): a new build's first run over a thousand codes drops
 * the old build's two thousand entries, ~0.4 s more on a run its user waits for.
 */
export const REMOVED_HERE_MOST = 64;
/** What the names given to one remover may take of its command line (Linux allows 2 MiB with the environment). */
const REMOVER_ARGUMENT_BYTES = 256 * 1024;
/** Each name given: a file ethics made here (ENTRY or TEMPORARY), deleted if it is still a file. */
const REMOVER = `const{lstatSync:l,unlinkSync:u}=require("node:fs"),{join:j}=require("node:path"),[d,...n]=process.argv.slice(1);for(const f of n)try{l(j(d,f)).isFile()&&u(j(d,f))}catch{}`;

function removeHere(directory: string, names: readonly string[]): void {
  for (const name of names) {
    try {
      if (lstatSync(join(directory, name)).isFile()) unlinkSync(join(directory, name));
    } catch {
      // deleted meanwhile
    }
  }
}

/**
 * Deletes entries the prune let go: a few here, many by a process of their own, detached, at
 * low priority, which outlives this run, so that no one waits for them. The cache is over its
 * budget until it is done (a fraction of a second); a run meanwhile finding an entry still
 * there, or already gone, reads it or makes it again, as it would any entry. A remover that
 * cannot be started leaves its entries to this run.
 */
/**
 * node:child_process, loaded when a remover is started: every run over users' codes loads this
 * module to prune on exit, and few start a remover (loading it was ~2 ms of every such run).
 */
let childProcess: typeof import("node:child_process") | undefined;

export function removeEntries(directory: string, names: readonly string[]): void {
  if (names.length <= REMOVED_HERE_MOST) return removeHere(directory, names);
  let batch: string[] = [];
  let bytes = 0;
  const start = () => {
    if (batch.length === 0) return;
    const names = batch;
    batch = [];
    bytes = 0;
    try {
      childProcess ??= createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
      const remover = childProcess.spawn(process.execPath, ["-e", REMOVER, directory, ...names], { detached: true, stdio: "ignore", env: {} });
      remover.on("error", () => {});
      remover.unref();
      try {
        if (remover.pid !== undefined) setPriority(remover.pid, 10);
      } catch {
        // gone already, or not allowed: it runs as it is
      }
      if (remover.pid === undefined) removeHere(directory, names);
    } catch {
      removeHere(directory, names);
    }
  };
  for (const name of names) {
    if (bytes + name.length + 1 > REMOVER_ARGUMENT_BYTES) start();
    batch.push(name);
    bytes += name.length + 1;
  }
  start();
}

/** What `path` takes on disk; 0 when it is not there. */
function fileSize(path: string): number {
  try {
    return diskBytes(lstatSync(path));
  } catch {
    return 0;
  }
}

/** The V8 code cache older builds kept in v8/ (see src/cli/start.ts): nothing reads it now. */
function removeOldCodeCache(directory: string): void {
  const v8 = join(directory, "v8");
  try {
    for (const name of readdirSync(v8)) if (OLD_CODE_CACHE.test(name)) unlinkSync(join(v8, name));
    rmdirSync(v8);
  } catch {
    // none, or not ours to empty
  }
}

export function pruneCacheOnExit(cache: JsonCache, env: NodeJS.ProcessEnv): void {
  process.once("exit", () => {
    if (!cache.wrote) return;
    try {
      pruneCache(cache.directory, env, Date.now(), cache.used, cache.written);
      removeOldCodeCache(cache.directory);
    } catch {
      // A cache that cannot be pruned now is pruned by a later run: never an error of this one.
    }
  });
}
