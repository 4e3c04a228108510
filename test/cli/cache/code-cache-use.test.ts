// A V8 code cache entry read counts as a use: other builds' entries go least recently used
// first (compile-cache.ts), and an entry read every day but written long ago is in use.
import { mkdtempSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeCodeCacheEntry, readCodeCacheFile, USED_MARK_MS } from "../../../src/cli/cache/compile-cache.js";
import { writeTrustedFile } from "../../trusted-file.js";

const KEY = "v20.0.0-x64";
const data = Buffer.from(Array.from({ length: 4099 }, (_, at) => (at * 31 + 7) % 256));
const scratch = mkdtempSync(join(tmpdir(), "ethics-v8-use-"));
let files = 0;

/** An entry file whose mtime is `ageMs` ago. */
function entryWritten(ageMs: number, bytes = encodeCodeCacheEntry(KEY, data)): string {
  const file = join(scratch, `entry-${files++}`);
  writeTrustedFile(file, bytes);
  const when = new Date(Date.now() - ageMs);
  utimesSync(file, when, when);
  return file;
}

describe("reading a V8 code cache entry", () => {
  it("marks an entry last marked long ago as used now", () => {
    const file = entryWritten(2 * 24 * 60 * 60 * 1000);
    expect(readCodeCacheFile(file, KEY)).toBeDefined();
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(60_000);
  });

  it("leaves a recent mark as it is, so that a warm run makes no system call for it", () => {
    const file = entryWritten(USED_MARK_MS / 2);
    const before = statSync(file).mtimeMs;
    expect(readCodeCacheFile(file, KEY)).toBeDefined();
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it("does not mark an entry it cannot use (another key, damaged)", () => {
    const old = 2 * 24 * 60 * 60 * 1000;
    const foreign = entryWritten(old);
    const before = statSync(foreign).mtimeMs;
    expect(readCodeCacheFile(foreign, "v22.0.0-x64")).toBeUndefined();
    expect(statSync(foreign).mtimeMs).toBe(before);
    const bytes = encodeCodeCacheEntry(KEY, data);
    bytes[bytes.length - 9] = bytes[bytes.length - 9]! ^ 0x04;
    const damaged = entryWritten(old, bytes);
    const damagedBefore = statSync(damaged).mtimeMs;
    expect(readCodeCacheFile(damaged, KEY)).toBeUndefined();
    expect(statSync(damaged).mtimeMs).toBe(damagedBefore);
  });
});
