// The V8 code cache's entries (compile-cache.ts) as the cache sees them, and their size on disk as the
// code cache's exit handler last counted it, for the prune of the same run (prune.ts), which
// would otherwise list and look at every one of them again. The count is kept on globalThis
// under a registered symbol: the entry point and the prune are in bundles of their own, and each
// may hold its own copy of this module.
import { lstatSync } from "node:fs";
import { join } from "node:path";
import { diskBytes } from "./cache-dir.js";

const COUNTED = Symbol.for("ethics.codeCacheBytes");

type Registry = { [COUNTED]?: { directory: string; bytes: number } };

export interface CodeCacheFile {
  file: string;
  /** What it takes on disk (diskBytes). */
  size: number;
  /** Its mtime: when last written or marked used. */
  usedMs: number;
}

/** The code cache's entries among `names` (the listing of `directory`; temporary files too), regular files only, by name. */
export function codeCacheFiles(directory: string, names: readonly string[]): Map<string, CodeCacheFile> {
  const files = new Map<string, CodeCacheFile>();
  for (const name of names) {
    if (!name.startsWith("v8-")) continue;
    const file = join(directory, name);
    try {
      const stats = lstatSync(file);
      if (stats.isFile()) files.set(name, { file, size: diskBytes(stats), usedMs: stats.mtimeMs });
    } catch {
      // another run pruned first
    }
  }
  return files;
}

/** Notes the code cache's size in `directory`, just counted. */
export function noteCodeCacheBytes(directory: string, bytes: number): void {
  (globalThis as Registry)[COUNTED] = { directory, bytes };
}

/** The code cache's size in `directory` if this process counted it, else undefined. */
export function codeCacheBytesCounted(directory: string): number | undefined {
  const counted = (globalThis as Registry)[COUNTED];
  return counted?.directory === directory ? counted.bytes : undefined;
}
