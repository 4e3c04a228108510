// An entry inflates to no more than what it was made from could make (inflate-bound.ts): past
// that it is a miss, and this build does not write one it would then refuse.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { codesText, filesRecord, inflatedBound, MAX_INFLATED_BYTES, oneFile } from "../../../src/cli/cache/inflate-bound.js";
import { decodeEntry, entryFile, openCache } from "../../../src/cli/cache/json-cache.js";

/** A whole entry file for `key` holding this JSON, deflated as it is given (a forger's), after the line naming its key. */
const forged = (key: string, deflate: (json: Buffer) => Buffer, json: Buffer) => {
  const payload = deflate(Buffer.concat([Buffer.from(`${key}\n`, "latin1"), json]));
  return Buffer.concat([Buffer.from(`ethics-cache\t3\t${key}\t${payload.length}\n`, "latin1"), payload]);
};

/** Valid JSON of `length` bytes and more, one string of repeated letters: deflate makes it ~1,000 times smaller. */
const repetitiveJson = (length: number) => Buffer.concat([Buffer.from('{"text":"'), Buffer.alloc(length, 0x61), Buffer.from('"}')]);

describe("an entry's inflated size", () => {
  it("is a miss past the bound it is read with, and read whole up to it", () => {
    const json = repetitiveJson(1024 * 1024);
    const bytes = forged("k1", (text) => deflateSync(text, { level: 9 }), json);
    expect(decodeEntry(bytes, "k1", json.length - 1)).toBeUndefined();
    expect(decodeEntry(bytes, "k1", json.length)).toEqual({ text: "a".repeat(1024 * 1024) });
  });

  it("grows with what the entry was made from, up to the outer limit", () => {
    expect(inflatedBound(oneFile(25_000))).toBeLessThan(1024 * 1024);
    expect(inflatedBound(oneFile(50_000))).toBeGreaterThan(inflatedBound(oneFile(25_000)));
    expect(inflatedBound(codesText(Array(1000).fill(25_000)))).toBeLessThan(MAX_INFLATED_BYTES / 2);
    expect(inflatedBound(filesRecord(Array(100_000).fill(25_000)))).toBe(MAX_INFLATED_BYTES);
    // A size a file that could not be stat'ed records (-1) counts nothing.
    expect(inflatedBound(oneFile(-1))).toBe(inflatedBound(oneFile(0)));
  });

  it("is checked before writing too: an entry its inputs could not make is not stored, and the run goes on", () => {
    const directory = mkdtempSync(join(tmpdir(), "ethics-inflate-bound-"));
    const cache = openCache(directory)!;
    const madeFrom = oneFile(1000);
    expect(cache.set("code-b0-aa", "k1", { text: "a".repeat(inflatedBound(madeFrom)) }, madeFrom)).toBe(false);
    expect(existsSync(entryFile(directory, "code-b0-aa"))).toBe(false);
    expect(cache.wrote).toBe(false);
    expect(cache.set("code-b0-bb", "k1", { text: "gifts" }, madeFrom)).toBe(true);
    expect(cache.get("code-b0-bb", "k1", madeFrom)).toEqual({ text: "gifts" });
  });
});
