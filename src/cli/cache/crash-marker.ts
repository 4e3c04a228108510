// The marker a run holds while it runs on a V8 code cache entry (compile-cache.ts). An entry is
// trusted when it is this user's and checksummed, but V8 checks only its version and length: an
// entry the user wrote themselves (or a V8 bug) can crash the process inside V8, where nothing
// catches it, and every run after would crash the same way until the cache was removed. So a run
// makes the marker before V8 is given an entry and removes it when the run ends; one that
// crashed leaves it, and the next run of the command finds it and does without (and removes) the
// entries instead of crashing again.
//
// The marker is a symbolic link whose target is the pid of the run holding it, as Emacs's lock
// files are: made, with what it says, in one system call that fails if it is there already, and
// removed in one. Those two are all a warm run pays (a file would take an open, a write and a
// close). Another run of the same command at the same time finds the marker held, not left.
//
// A marker is named by the build and the command (compile-cache.ts), and only that build's run
// of that command removes one that was left: once its build is gone, no run ever would. So a
// run that writes code cache entries removes another build's left markers when that build has no
// entries in the code cache any longer (or they go now): a marker keeps a build's runs from its
// entries, and with none left it keeps nothing. Left alone, every build that crashed or was
// killed (SIGKILL skips the exit handler) during a run left its markers for good.
import { lstatSync, readlinkSync, symlinkSync, unlinkSync } from "node:fs";
import { isStaleTemporary } from "./temporary-files.js";

/**
 * taken: this run holds the marker (and removes it at its end, dropCrashMarker);
 * left: a run that died left it (and it is removed now): the command's entries are not to be used;
 * held: another run holding it is at work; unavailable: it cannot be made here (a read-only
 * cache, root's, which this user cannot have forged; a system without symbolic links).
 */
export type CrashMarker = "taken" | "left" | "held" | "unavailable";

/** Takes the marker at `file`, or says why not. */
export function takeCrashMarker(file: string, now = Date.now()): CrashMarker {
  try {
    symlinkSync(String(process.pid), file);
    return "taken";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return "unavailable";
  }
  if (isHeld(file, now)) return "held";
  try {
    unlinkSync(file);
  } catch {
    // another run found it left too, and removed it first
  }
  return "left";
}

/** A crash marker's name (`v8-<build>-<command>.running`, compile-cache.ts) as its build id, or undefined for any other name. */
export function crashMarkerBuild(name: string): string | undefined {
  return /^v8-([0-9a-f]{8,64})-[\w.-]+\.running$/.exec(name)?.[1];
}

/**
 * Removes the marker at `file` unless a run at work holds it (see isHeld); never throws. (A run
 * of the marker's build may take it anew between the look and the removal: that run then goes
 * without the protection, as one whose marker was taken for left does.)
 */
export function removeLeftMarker(file: string, now = Date.now()): void {
  if (isHeld(file, now)) return;
  try {
    unlinkSync(file);
  } catch {
    // another run removed it first
  }
}

/** Removes the marker this run took: the run got to its end. */
export function dropCrashMarker(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // removed by a run that took it for left (a run paused for longer than STALE_TEMPORARY_MS)
  }
}

/**
 * Whether the marker at `file` is held by a run still at work: a process of its pid is alive
 * (EPERM: another user's, in a shared cache folder) and the marker is younger than a run
 * that died mid-write leaves its temporary files (temporary-files.ts), so that a pid used again
 * by some other process does not keep a left marker for good. Anything else in its place
 * (a file, a target that is not a pid, this very process's pid) is left.
 */
function isHeld(file: string, now: number): boolean {
  let pid: number;
  try {
    const stats = lstatSync(file);
    if (!stats.isSymbolicLink() || isStaleTemporary(stats.mtimeMs, now)) return false;
    pid = Number(readlinkSync(file));
  } catch {
    return false;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
