// What a file is, however named (a second name, a folder named twice, a link): its device and
// inode. --data reads a file named twice once, validate checks it once, and validate leaves the
// files it checks out of the --data codes it checks them against, all by this.
import { statSync, type BigIntStats } from "node:fs";
import { resolve } from "node:path";

/**
 * `stats` where the caller has them (null: it could not stat the file); a path that cannot be
 * looked at is itself, resolved.
 */
export function fileIdentity(path: string, stats?: BigIntStats | null): string {
  if (stats === null) return resolve(path);
  try {
    const known = stats ?? statSync(path, { bigint: true });
    return `${known.dev}:${known.ino}`;
  } catch {
    return resolve(path);
  }
}
