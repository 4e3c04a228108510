// The temporary files of the cache (writeCacheFile's, cache-dir.ts), and the removal of those a
// run left when it was killed mid-write (SIGKILL, a power cut). The prune (prune.ts) removes
// them, but only a run that wrote an entry prunes: over a warm cache none does, and a leftover
// stayed for good. So a warm run also removes them, when it marks its code cache entry used
// (compile-cache.ts): once an hour at most, and then one listing of the folder.
import { lstatSync, readdirSync, unlinkSync } from "node:fs";
import { join } from "node:path";

/** A temporary file this old was left by a run that died. */
export const STALE_TEMPORARY_MS = 10 * 60_000;

/**
 * A run's temporary file (writeCacheFile's `<file>.<pid>-<tag>-<n>.tmp`, an older build's
 * `<file>.<pid>.tmp`) of a file ethics writes here. Only these: the folder may be shared
 * (ETHICS_CACHE_DIR=/tmp), and another program's old "*.tmp" is not ours to delete.
 */
export const TEMPORARY = /^(?:(?:lib|code|part|index|check|view|v8)-[^/]+\.entry|sizes\.prune)\.\d+(?:-[0-9a-z]+)*\.tmp$/;

/**
 * Whether a temporary file last written at `mtimeMs` is a dead run's: old enough that no run at
 * work still writes it, or dated further ahead than that (written before the clock was set back).
 */
export function isStaleTemporary(mtimeMs: number, now: number): boolean {
  const age = now - mtimeMs;
  return age >= STALE_TEMPORARY_MS || age <= -STALE_TEMPORARY_MS;
}

/**
 * Removes `directory`'s stale temporary files, at most `most` of them (the rest wait for the next
 * time, so that a folder of thousands costs one run no more than a few milliseconds); never throws.
 */
export function removeStaleTemporaries(directory: string, now = Date.now(), most = 64): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  let removed = 0;
  for (const name of names) {
    if (removed >= most) return;
    if (!TEMPORARY.test(name)) continue;
    const file = join(directory, name);
    try {
      const stats = lstatSync(file);
      if (!stats.isFile() || !isStaleTemporary(stats.mtimeMs, now)) continue;
      unlinkSync(file);
      removed++;
    } catch {
      // gone meanwhile, or not ours to delete
    }
  }
}
