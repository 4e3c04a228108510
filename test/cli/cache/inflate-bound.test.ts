// An entry may inflate to no more than this build could have written for it (json-cache.ts,
// inflatedLimit): a forged entry made to inflate to hundreds of MiB is a miss after a few MiB.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeAttached, decodeEntry, encodeEntry, entryFile, openCache } from "../../../src/cli/cache/json-cache.js";

/** A whole entry file for `key` holding these payloads as they are (a forger's). */
const forged = (key: string, ...payloads: Buffer[]) => Buffer.concat([Buffer.from(`ethics-cache\t2\t${key}\t${payloads.map((payload) => payload.length).join("\t")}\n`, "latin1"), ...payloads]);

/** Valid JSON, a value with one string of `length` repeated letters: deflate makes it ~1,000 times smaller. */
const repetitiveJson = (length: number) => Buffer.concat([Buffer.from('{"text":"'), Buffer.alloc(length, 0x61), Buffer.from('"}')]);

describe("an entry's inflated size", () => {
  it("is refused past what this build writes: a forged entry of valid JSON that inflates a thousandfold is a miss", () => {
    const bomb = deflateSync(repetitiveJson(16 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(decodeEntry(forged("k1", bomb), "k1")).toBeUndefined();
    expect(decodeAttached(forged("k1", deflateSync('{"a":1}'), bomb), "k1")).toBeUndefined();
    // The same bytes deflated as this build deflates them are still too repetitive: never written.
    expect(() => encodeEntry("k1", { text: "a".repeat(16 * 1024 * 1024) })).toThrow(RangeError);
  });

  it("is allowed up to a floor for small entries, and for entries as repetitive as real ones", () => {
    const small = deflateSync(repetitiveJson(60 * 1024), { level: 9 });
    expect(decodeEntry(forged("k1", small), "k1")).toEqual({ text: "a".repeat(60 * 1024) });
    // A thousand rows alike, as a view of a thousand copies of one code is (~23 times smaller deflated).
    const rows = Array.from({ length: 1000 }, (_, at) => ({ code: `scale-${String(at).padStart(4, "0")}`, covered: [true, false, true], standards: [1, 2, 3] }));
    expect(decodeEntry(encodeEntry("k1", { rows }), "k1")).toEqual({ rows });
  });

  it("is checked before writing too: an entry that would be refused is not stored, and the run goes on", () => {
    const directory = mkdtempSync(join(tmpdir(), "ethics-inflate-bound-"));
    const cache = openCache(directory)!;
    expect(cache.set("code-b0-aa", "k1", { text: "a".repeat(8 * 1024 * 1024) })).toBe(false);
    expect(existsSync(entryFile(directory, "code-b0-aa"))).toBe(false);
    expect(cache.wrote).toBe(false);
    expect(cache.set("code-b0-bb", "k1", { text: "gifts" })).toBe(true);
    expect(cache.get("code-b0-bb", "k1")).toEqual({ text: "gifts" });
  });
});
