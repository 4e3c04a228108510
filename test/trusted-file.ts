// A cache entry written by hand, as the cache writes its own: 0644, whatever the umask. An entry
// is read only if nobody but its owner may write it (src/cli/cache/trusted-entry.ts), so one
// written under umask 002 (group-writable) would be a miss, and a test expecting a hit would
// fail, or one expecting a miss pass, for a reason it does not test.
import { chmodSync, writeFileSync } from "node:fs";

/** Writes `data` to `file` and leaves it 0644, as the cache's own entries are. */
export function writeTrustedFile(file: string, data: string | NodeJS.ArrayBufferView): void {
  writeFileSync(file, data, { mode: 0o644 });
  // (the mode given to a write is masked by the umask, and a file written over keeps its own)
  chmodSync(file, 0o644);
}
