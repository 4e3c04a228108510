// When a cache file was last used, as the prunes that let the least recently used go first
// read it: its mtime (written, or marked used since). A file dated ahead of the clock was
// dated before the clock was set back (an NTP correction of a clock that ran ahead, a VM
// restored from a snapshot): when it was last used is unknown, and taken at its date it was the
// most recently used of all, kept over everything used since, until the clock caught up (days,
// years). It counts as the least recently used instead. A few seconds ahead is as dated: another
// machine's clock on a shared folder, a run at work.

/** How far ahead of the clock a date may be and still be a run's at work. */
export const CLOCK_AHEAD_MS = 60_000;

/** `mtimeMs` as the time of last use, for ordering least recently used first; 0 (the oldest) when far ahead of `now`. */
export function lastUsedMs(mtimeMs: number, now: number): number {
  return mtimeMs - now > CLOCK_AHEAD_MS ? 0 : mtimeMs;
}
