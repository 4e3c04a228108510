// Where the cache lives and the two things every cache file needs: a directory made in
// bounded time, and writes that are whole or absent. Shared by the JSON cache of users' codes
// and the V8 code cache, so kept free of anything slow to load.
import { closeSync, constants, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { homedir, userInfo } from "node:os";
import { dirname, isAbsolute, join, parse as parsePath } from "node:path";

/** The cache's size limit, ETHICS_CACHE_MAX_MIB (32 MiB by default), in bytes: pruning keeps it (prune.ts, compile-cache.ts). */
export const DEFAULT_CACHE_MAX_MIB = 32;

export function cacheBudgetBytes(env: NodeJS.ProcessEnv): number {
  const mebibytes = Number(env.ETHICS_CACHE_MAX_MIB);
  return (Number.isFinite(mebibytes) && mebibytes > 0 ? mebibytes : DEFAULT_CACHE_MAX_MIB) * 1024 * 1024;
}

/** Blocks a file is counted in before any are allocated to it: the usual file system block. */
const BLOCK_BYTES = 4096;

/** `bytes` as whole blocks: what a file of that many bytes is counted to take on disk before it is written. */
export function roundedToBlocks(bytes: number): number {
  return Math.ceil(bytes / BLOCK_BYTES) * BLOCK_BYTES;
}

/**
 * What a file takes on disk, as `du` counts it: its blocks (st_blocks, of 512 bytes), which the
 * budget bounds rather than its bytes: ten thousand users' codes of a few lines made ten thousand
 * entries of ~800 bytes, 9.8 MB of bytes but 44 MB on disk. A file with no block allocated yet
 * (written a moment ago, on a file system that allocates late) counts as its bytes in whole blocks.
 */
export function diskBytes(stats: { size: number; blocks: number }): number {
  return stats.blocks > 0 ? stats.blocks * 512 : roundedToBlocks(stats.size);
}

/**
 * ETHICS_CACHE_DIR; else $XDG_CACHE_HOME/ethics, else ~/.cache/ethics. A relative path in any of
 * them is ignored, as the XDG Base Directory specification asks of XDG_CACHE_HOME, and so is a
 * HOME that is empty or relative: each made a cache folder in whatever folder ethics was run
 * from (ETHICS_CACHE_DIR=.cache in a profile, one in every folder; HOME= gave ./.cache/ethics).
 * Go refuses a relative GOCACHE with an error; a cache is an optimization, so it is passed over
 * for the next place instead. Without an absolute home to fall back on, there is no cache.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv, home: () => string | undefined = homeDirectory): string | null {
  if (env.ETHICS_NO_CACHE) return null;
  if (env.ETHICS_CACHE_DIR && isAbsolute(env.ETHICS_CACHE_DIR)) return env.ETHICS_CACHE_DIR;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "ethics");
  const base = home();
  return base !== undefined && isAbsolute(base) ? join(base, ".cache", "ethics") : null;
}

/**
 * The home folder: HOME where it is set (outside Windows), as libuv's os.homedir() answers, so
 * that node:os is loaded only without it (the build loads it on first use); an empty or
 * relative HOME, the user's home as the system records it. Undefined when there is none.
 */
export function homeDirectory(): string | undefined {
  const home = process.platform === "win32" ? undefined : process.env.HOME;
  if (home !== undefined && isAbsolute(home)) return home;
  try {
    return home === undefined ? homedir() : userInfo().homedir;
  } catch {
    return undefined; // no entry in the user database (a container's uid)
  }
}

/**
 * Makes a directory and its missing parents, one level at a time and at most a few levels:
 * Node's own recursive mkdir loops forever under /proc. True when it is a directory at the end.
 */
export function makeDirectory(directory: string): boolean {
  const missing: string[] = [];
  let at = directory;
  for (let depth = 0; depth < 8; depth++) {
    try {
      if (statSync(at).isDirectory()) break;
      return false;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return false;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at || parsePath(at).root === at) return false;
    at = parent;
  }
  try {
    for (const path of missing) mkdirSync(path);
    return statSync(directory).isDirectory();
  } catch {
    return false;
  }
}

let temporaryCount = 0;
/** Tells this module's temporary files from those of another thread of the same process. */
const temporaryTag = Math.random().toString(36).slice(2, 8);

/**
 * Writes a cache file whole or not at all (through a temporary file and a rename), so that a
 * run reading it meanwhile never sees half of it. A read-only or full disk only costs speed.
 */
export function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView): boolean {
  const temporary = `${file}.${process.pid}-${temporaryTag}-${temporaryCount++}.tmp`;
  let fd: number | undefined;
  try {
    // O_EXCL|O_NOFOLLOW: never write through a link or into a file someone else made.
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
    return true;
  } catch {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // never made
    }
    return false;
  }
}
