// Whose cache entries a run reads. A cache folder may be shared (ETHICS_CACHE_DIR=/tmp, or one
// folder for a team), and an entry only has to look whole to be used: one planted by another
// user, its checksums recomputed, changed what was printed, and a forged V8 code cache crashed
// every run (V8 trusts the bytes it is given). So an entry is read only if it is this user's or
// root's, as ssh and sudo trust only files of their user or root, and nobody else may write it
// (the cache writes its files 0644). Anyone else's is a miss: this user's runs make their own.
import type { Stats } from "node:fs";

const GROUP_OR_OTHERS_WRITE = 0o022;

/** Whether an entry file of `stats` may be read by this process. */
export function isTrustedEntry(stats: Pick<Stats, "uid" | "mode">): boolean {
  // No owners to compare where the system has none (Windows).
  if (typeof process.getuid !== "function") return true;
  return (stats.uid === process.getuid() || stats.uid === 0) && (stats.mode & GROUP_OR_OTHERS_WRITE) === 0;
}
