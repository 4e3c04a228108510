// A cache is a pure optimization: a run prints what it would print without one. Every entry is
// checked as it is read, but a check can look only at an entry's shape: one made by hand, or by
// a build with a bug, may still break the work that uses it. So when a run fails in a way no
// input explains (an internal error) after reading cache entries, and before printing anything,
// those entries are deleted and the command runs again in a new process, which makes them anew
// (`git` similarly drops an index it cannot use). Once only: a failure that is not the cache's
// is reported as it would have been.
import { entriesRead } from "./cache/entries-read.js";
import { outputHasBegun } from "./output.js";

/** Set for the second run, so that it never runs a third. */
const RETRY = "ETHICS_CACHE_RETRY";

/** The exit code of the command run again without the entries this run read, or undefined when it is not to be run again. */
export async function runAgainWithoutEntriesRead(env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const suspects = entriesRead();
  if (suspects.length === 0 || env[RETRY] || outputHasBegun()) return undefined;
  const { unlinkSync } = await import("node:fs");
  for (const file of suspects) {
    try {
      unlinkSync(file);
    } catch {
      // gone already, or not ours to delete: the next run checks it again
    }
  }
  const { spawnSync } = await import("node:child_process");
  const { constants } = await import("node:os");
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env: { ...env, [RETRY]: "1" } });
  if (again.error) return undefined;
  return again.status ?? 128 + (again.signal ? constants.signals[again.signal] : 0);
}
