// A V8 code cache for our own bundle files, as Node 22's module.enableCompileCache() keeps one
// (Node 20 has none): the bytecode of every function a run compiled is saved when the run
// ends, and the next run that loads the file skips parsing and compiling it (~5–10 ms off a
// search, measured with npm run bench against a run without it).
//
// V8 checks a code cache's version and length but not its bytes: a damaged one is used as it
// is (tried: 200 of 200 single-bit flips were accepted). So each entry's header holds a
// checksum of its bytes (checksum.ts), checked before V8 sees them. An entry is named by the
// build id (dist/build-id, written by the build over every file of dist/), so no build reads
// another's; anything wrong is a miss, and a miss only costs the compiling it would have saved.
// Other builds' entries go after a day unused, or sooner when they would crowd the budget; the
// crash markers their runs left go with them.
// What V8 accepts but cannot run (an entry the user forged whole, a V8 bug) crashes a run once:
// the run after does without the command's entries (crash-marker.ts).
import { closeSync, constants, fstatSync, futimesSync, openSync, readdirSync, readFileSync, readSync, statSync, unlinkSync, type Stats } from "node:fs";
import type Module from "node:module";
import { basename, join } from "node:path";
import { Script } from "node:vm";
import { checksum32, checksumArea } from "./checksum.js";
import { cacheBudgetBytes, cacheDirectory, makeDirectory, roundedToBlocks, writeCacheFile } from "./cache-dir.js";
import { codeCacheFiles, noteCodeCacheBytes, type CodeCacheFile } from "./code-cache-bytes.js";
import { crashMarkerBuild, dropCrashMarker, removeLeftMarker, takeCrashMarker, type CrashMarker } from "./crash-marker.js";
import { noteEntryRead } from "./entries-read.js";
import { CLOCK_AHEAD_MS, lastUsedMs } from "./last-used.js";
import { removeStaleTemporaries } from "./temporary-files.js";
import { isTrustedEntry } from "./trusted-entry.js";

/**
 * How the build writes each of our bundle files (scripts/build.mjs writes the same text): a
 * function expression of Node's module arguments, called with them, so that Node's own loader
 * runs the file as it is.
 */
export const BUNDLE_HEAD = "(function (exports, require, module, __filename, __dirname) {";
export const BUNDLE_CALL = ".call(this, exports, require, module, __filename, __dirname);\n";

/**
 * The script compiled for a bundle file's text: a file the build wrote (above) without its
 * call, a slice of the text read, which V8 keeps as a reference into it; any other file wrapped
 * as Node wraps a module. Wrapped, every file was copied whole into a new string (ethics.cjs:
 * 120 KB of young memory at every start, and copied again by the scavenges it brought on).
 */
export function scriptSource(content: string, moduleClass: Pick<ModuleClass, "wrap">): string {
  return content.startsWith(BUNDLE_HEAD) && content.endsWith(BUNDLE_CALL) ? content.slice(0, content.length - BUNDLE_CALL.length) : moduleClass.wrap(content);
}

/** Node's CommonJS Module class (see start.ts for where it comes from). */
export type ModuleClass = typeof Module & { wrap(content: string): string };

const MAGIC = "ethics-v8\t2";
const MAX_BYTES = 16 * 1024 * 1024;
const OTHER_BUILDS_KEPT_MS = 24 * 60 * 60 * 1000;
/**
 * An entry read is marked used (its mtime, which removeOtherBuilds orders by) when its mark is
 * older than this: once an hour at most, so that a warm run pays no system call for it.
 */
export const USED_MARK_MS = 60 * 60 * 1000;

/**
 * The cached bytecode in the entry file written for `key`, or undefined. Its header is read
 * apart and its bytes straight into the checksum's memory (checksumArea), where they are summed
 * and given to V8: read into a buffer of their own, then copied to be summed, they touched
 * twice the memory, and fresh memory is most of what reading them costs. Only a regular file of
 * at most MAX_BYTES is read (a FIFO opened without a writer does not block). A read counts as a
 * use, as it does for the JSON cache's entries (json-cache.ts, touch): an entry whose mark is
 * older than USED_MARK_MS is marked now, through the descriptor already open.
 */
export function readCodeCacheFile(file: string, key: string, onMarked: () => void = () => {}): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_BYTES || !isTrustedEntry(stats)) return undefined;
    const head = Buffer.allocUnsafe(Math.min(stats.size, 257));
    if (readFully(fd, head, 0) !== head.length) return undefined;
    const newline = head.indexOf(0x0a);
    if (newline < 0) return undefined;
    const length = stats.size - newline - 1;
    const header = `${MAGIC}\t${key}\t${length}\t`;
    const line = head.toString("latin1", 0, newline);
    if (!line.startsWith(header)) return undefined;
    const data = checksumArea(length) ?? Buffer.allocUnsafe(length);
    // One byte more than stat said is there: a file that grew since is a miss.
    if (readFully(fd, data, newline + 1) !== length || readSync(fd, Buffer.allocUnsafe(1), 0, 1, stats.size) !== 0) return undefined;
    if (line.slice(header.length) !== String(checksum32(data))) return undefined;
    if (markUsed(fd, stats.mtimeMs)) onMarked();
    return data;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Whether the entry was marked now. */
function markUsed(fd: number, markedMs: number): boolean {
  const now = Date.now();
  // A mark far ahead of the clock is marked again: left, it would count as no use (last-used.ts).
  if (now - markedMs < USED_MARK_MS && markedMs - now <= CLOCK_AHEAD_MS) return false;
  try {
    futimesSync(fd, now / 1000, now / 1000);
    return true;
  } catch {
    // root's cache, read-only: it is read all the same (trusted-entry.ts)
    return false;
  }
}

/** Reads into all of `into` from `position` on; how many bytes there were. */
function readFully(fd: number, into: Uint8Array, position: number): number {
  let length = 0;
  while (length < into.length) {
    const read = readSync(fd, into, length, into.length - length, position + length);
    if (read === 0) break;
    length += read;
  }
  return length;
}

export function encodeCodeCacheEntry(key: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}\t${key}\t${data.length}\t${checksum32(data)}\n`, "latin1"), data]);
}

/**
 * At most this share of the cache's budget goes to the code cache, this build's entries and
 * other builds' kept beside them: the budget is for users' codes first. A developer's builds
 * (~3 MiB each) filled a shared cache to 67 MiB within a day, over the budget with no users' code
 * left in it; and this build's own entries (1.8 MB for search, show, list, export and topics)
 * took a small budget whole, so that the prune (prune.ts) let users' codes go to keep them. Past
 * its share, an entry is not written: the run it would have sped up (~5–10 ms) compiles again,
 * where a user's code evicted would be read and parsed again.
 */
const CODE_CACHE_SHARE = 1 / 4;

/**
 * Other builds' entries: all of a build's go once none was used (read or written, see
 * USED_MARK_MS) for a day, and, least recently used build first, while the code cache as a whole
 * (with `adding` bytes this run is about to write) is over its share of the budget. This build's
 * entries stay: they are what its next run reads. The code cache's size after, and the other
 * builds whose entries stay.
 */
function removeOtherBuilds(files: Map<string, CodeCacheFile>, buildId: string, share: number, adding: number): { total: number; kept: Set<string> } {
  const builds = new Map<string, { files: CodeCacheFile[]; used: number }>();
  const now = Date.now();
  let total = 0;
  for (const [name, file] of files) {
    total += file.size;
    if (name.startsWith(`v8-${buildId}-`)) continue;
    const build = name.split("-")[1]!;
    const entry = builds.get(build) ?? { files: [], used: 0 };
    entry.files.push(file);
    // (a file dated far ahead of the clock as the least recently used: last-used.ts)
    entry.used = Math.max(entry.used, lastUsedMs(file.usedMs, now));
    builds.set(build, entry);
  }
  const kept = new Set<string>();
  for (const [build, { files: built, used }] of [...builds].sort(([, a], [, b]) => a.used - b.used)) {
    if (now - used <= OTHER_BUILDS_KEPT_MS && total + adding <= share) {
      kept.add(build);
      continue;
    }
    for (const { file, size } of built) {
      try {
        unlinkSync(file);
        total -= size;
      } catch {
        // another run pruned first
      }
    }
  }
  return { total, kept };
}

/**
 * Removes other builds' crash markers that a run which died left (crash-marker.ts), of every
 * build but this one and those whose entries are `kept`: the entries a marker keeps its
 * build's runs from are gone, and no run of a gone build would ever remove it.
 */
function removeOtherBuildsMarkers(root: string, names: readonly string[], buildId: string, kept: ReadonlySet<string>): void {
  for (const name of names) {
    const build = crashMarkerBuild(name);
    if (build !== undefined && build !== buildId && !kept.has(build)) removeLeftMarker(join(root, name));
  }
}

/**
 * A require for our own bundle files (in `ownDirectory`) that compiles them through the cache;
 * without a cache directory or a build id, Node's own. `command` (a command's name, or
 * "other") is part of each entry's name: an entry holds the functions the run that wrote it
 * compiled, and another command's run would compile its own again every time (show after
 * search: 123.3 M instructions, against 117.7 M on its own entry).
 */
export function requireThroughCodeCache(ownDirectory: string, env: NodeJS.ProcessEnv, moduleClass: ModuleClass, command: string): (id: string) => unknown {
  const nodeRequire = moduleClass.createRequire(join(ownDirectory, "ethics.cjs"));
  const root = cacheDirectory(env);
  if (root === null) return nodeRequire;
  let buildId: string;
  try {
    buildId = readFileSync(join(ownDirectory, "build-id"), "latin1").trim();
  } catch {
    return nodeRequire;
  }
  if (!/^[0-9a-f]{8,64}$/.test(buildId)) return nodeRequire;
  // The header names the entry's file too, which holds the build id and the bundle file: V8
  // checks a code cache's length against the source's, not its text, so another build's entry
  // for a file of the same length, renamed under this build's name, would run its bytecode. And
  // the bundle file as it is now, by its full stat data: a bundle edited by hand under the same
  // build id (a message fixed in place, the same length) ran its old bytecode. Its ctime changes
  // with any write, and no one can set it back (touch -r, cp -p set the mtime only).
  const keyOf = (file: string, bundle: Stats) =>
    `${process.version}-${process.arch}-${basename(file)}-${bundle.ino}-${bundle.size}-${bundle.mtimeMs}-${bundle.ctimeMs}`;
  const unsaved: { script: Script; file: string; key: string }[] = [];
  const marker = join(root, `v8-${buildId}-${command}.running`);
  // Taken before V8 is given the run's first entry (none in a cold run), dropped at its end.
  let markerState: CrashMarker | undefined;
  // An entry marked used (once an hour at most) is a warm run's time to look for what killed
  // runs left (temporary-files.ts): only a run that writes an entry prunes.
  let sweepDue = false;

  const run = (module: { exports: unknown }, content: string, filename: string, bundle: Stats): unknown => {
    const file = join(root, `v8-${buildId}-${command}-${basename(filename)}.entry`);
    const key = keyOf(file, bundle);
    let cachedData = markerState === "left" ? undefined : readCodeCacheFile(file, key, () => (sweepDue = true));
    if (cachedData !== undefined && markerState === undefined) {
      markerState = takeCrashMarker(marker);
      if (markerState === "left") removeCommandEntries(root, `v8-${buildId}-${command}-`);
    }
    if (markerState === "left") cachedData = undefined;
    const script = new Script(scriptSource(content, moduleClass), { filename, ...(cachedData ? { cachedData } : {}) });
    if (cachedData === undefined || script.cachedDataRejected) unsaved.push({ script, file, key });
    // Bytecode that misbehaves without crashing (an internal error) is the cache's to answer for
    // too: the command runs again without the entries read (cache-fault.ts).
    else noteEntryRead(file);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(module.exports, module.exports, requireFromOwn, module, filename, ownDirectory);
  };

  // Our files ("./ethics.cjs", and the "./lazy-….cjs" they require, build.mjs) are loaded here,
  // each once, without Node's loader, which would resolve each path (a stat, a realpath) and
  // make a Module with its node_modules paths and a require of its own for it (~1 M
  // instructions of a search). Anything else (Node's modules, dist/vendor/) goes to Node's
  // require, as does a file that cannot be read.
  const ownModules = new Map<string, { exports: unknown }>();
  function requireFromOwn(id: string): unknown {
    if (!/^\.\/[\w.-]+\.cjs$/.test(id)) return nodeRequire(id);
    const filename = join(ownDirectory, id.slice(2));
    let module = ownModules.get(filename);
    if (module !== undefined) return module.exports;
    let content: string;
    let bundle: Stats;
    try {
      // Stat before reading: a write between the two leaves a key no later run has.
      bundle = statSync(filename);
      content = readFileSync(filename, "utf8");
    } catch {
      return nodeRequire(id);
    }
    module = { exports: {} };
    ownModules.set(filename, module);
    try {
      run(module, content, filename, bundle);
    } catch (error) {
      ownModules.delete(filename);
      throw error;
    }
    return module.exports;
  }

  // Saved at the end, so that the cache holds every function this run compiled, not just the
  // top level; each while the code cache stays within its share of the budget.
  const saveEntries = (): void => {
    if (sweepDue) removeStaleTemporaries(root);
    if (unsaved.length === 0 || !makeDirectory(root)) return;
    let names: string[];
    try {
      names = readdirSync(root);
    } catch {
      return;
    }
    const files = codeCacheFiles(root, names);
    const share = cacheBudgetBytes(env) * CODE_CACHE_SHARE;
    // Sizes on disk: an entry about to be written counts as its bytes in whole blocks.
    const entries: { file: string; bytes: Buffer; size: number; replaces: number }[] = [];
    for (const { script, file, key } of unsaved) {
      try {
        const bytes = encodeCodeCacheEntry(key, script.createCachedData());
        entries.push({ file, bytes, size: roundedToBlocks(bytes.length), replaces: files.get(basename(file))?.size ?? 0 });
      } catch {
        // speed lost, nothing else
      }
    }
    const others = removeOtherBuilds(files, buildId, share, entries.reduce((sum, entry) => sum + entry.size - entry.replaces, 0));
    removeOtherBuildsMarkers(root, names, buildId, others.kept);
    let total = others.total;
    for (const { file, bytes, size, replaces } of entries) {
      if (total - replaces + size > share) continue;
      if (writeCacheFile(file, bytes)) total += size - replaces;
    }
    noteCodeCacheBytes(root, total);
  };
  process.once("exit", () => {
    try {
      // A warm run has nothing to save: saveEntries is not even compiled then (~0.3 M instructions).
      if (sweepDue || unsaved.length > 0) saveEntries();
    } finally {
      if (markerState === "taken") dropCrashMarker(marker);
    }
  });
  return requireFromOwn;
}

/**
 * Removes the entries whose names begin `prefix` (a build's and a command's), after a run of the
 * command died holding its crash marker: any of them, read by that run, may be what crashed it.
 * This run writes anew those it compiles. Rare: the one listing of the folder it takes is paid
 * only then.
 */
function removeCommandEntries(root: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".entry")) continue;
    try {
      unlinkSync(join(root, name));
    } catch {
      // another run removed it first
    }
  }
}
