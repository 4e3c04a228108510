// What the caches of users' files (user-codes.ts, checked-files.ts) know a file by, after git's
// index: its full stat data, recorded as decimal strings in nanoseconds. A file whose stat data
// still matches is taken as unchanged, unless it was "racily clean": changed so close to being
// recorded that a later change could keep the same timestamps.
import type { BigIntStats } from "node:fs";
import { isString } from "./shapes.js";

/** A file changed this close to being recorded may change again within the same timestamp. */
export const RACY_MS = 3000;

export interface StatFields {
  path: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  dev: string;
}

/** The shape checks of StatFields, to spread into a record's. */
export const statFieldShapes = { path: isString, size: isString, mtimeNs: isString, ctimeNs: isString, ino: isString, dev: isString };

/** A file's StatFields; -1 throughout when it could not be stat'ed (it is then read, and never fresh). */
export function statFields(path: string, stats: BigIntStats | null): StatFields {
  return {
    path,
    size: String(stats?.size ?? -1),
    mtimeNs: String(stats?.mtimeNs ?? -1),
    ctimeNs: String(stats?.ctimeNs ?? -1),
    ino: String(stats?.ino ?? -1),
    dev: String(stats?.dev ?? -1),
  };
}

export function sameStats(record: StatFields, stats: BigIntStats): boolean {
  return (
    record.size === String(stats.size) &&
    record.mtimeNs === String(stats.mtimeNs) &&
    record.ctimeNs === String(stats.ctimeNs) &&
    record.ino === String(stats.ino) &&
    record.dev === String(stats.dev)
  );
}

export function isRacy(stats: BigIntStats, now: number): boolean {
  const latest = stats.mtimeMs > stats.ctimeMs ? stats.mtimeMs : stats.ctimeMs;
  return Number(latest) >= now - RACY_MS;
}

/**
 * A cheap name for a short string (a set of paths, a description), where node:crypto would cost
 * more than the rest of a run; whoever stores under it keeps the string itself to compare.
 */
export function shortHash(text: string): string {
  let low = 0x811c9dc5;
  let high = 0x050c5d1f;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    low = Math.imul(low ^ char, 0x01000193);
    high = Math.imul(high ^ char, 0x01000193) ^ (low >>> 15);
  }
  return (high >>> 0).toString(16).padStart(8, "0") + (low >>> 0).toString(16).padStart(8, "0");
}
