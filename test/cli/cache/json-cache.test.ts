// An entry file with a second value attached (a code and its index part): each read apart, and
// any damage a miss for what it touches.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entriesRead } from "../../../src/cli/cache/entries-read.js";
import { decodeAttached, decodeEntry, encodeEntry, entryFile, openCache } from "../../../src/cli/cache/json-cache.js";

const value = { code: { id: "copy-1", text: "Shall not accept gifts" }, problems: null };
const attached = { postings: "gift 3 #$%", words: "gifts" };

describe("an entry with a value attached", () => {
  it("gives the value and the attached value, each under the entry's key only", () => {
    const bytes = encodeEntry("k1", value, attached);
    expect(decodeEntry(bytes, "k1")).toEqual(value);
    expect(decodeAttached(bytes, "k1")).toEqual(attached);
    expect(decodeEntry(bytes, "k2")).toBeUndefined();
    expect(decodeAttached(bytes, "k2")).toBeUndefined();
  });

  it("attaches nothing unless asked to", () => {
    const bytes = encodeEntry("k1", value);
    expect(decodeEntry(bytes, "k1")).toEqual(value);
    expect(decodeAttached(bytes, "k1")).toBeUndefined();
  });

  it("reads a damaged attached value as a miss, and the value still whole", () => {
    const bytes = encodeEntry("k1", value, attached);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x40;
    expect(decodeEntry(bytes, "k1")).toEqual(value);
    expect(decodeAttached(bytes, "k1")).toBeUndefined();
  });

  it("reads an entry whose lengths are not its header's as a miss, both values", () => {
    const whole = encodeEntry("k1", value, attached);
    for (const bytes of [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from("x")])]) {
      expect(decodeEntry(bytes, "k1")).toBeUndefined();
      expect(decodeAttached(bytes, "k1")).toBeUndefined();
    }
    const header = whole.subarray(0, whole.indexOf(10)).toString("latin1");
    for (const forged of [header.replace(/\t(\d+)$/, "\t-$1"), `${header}\t0`, header.replace(/\t(\d+)\t/, "\t0x$1\t")]) {
      const bytes = Buffer.concat([Buffer.from(forged, "latin1"), whole.subarray(whole.indexOf(10))]);
      expect(decodeEntry(bytes, "k1"), forged).toBeUndefined();
      expect(decodeAttached(bytes, "k1"), forged).toBeUndefined();
    }
  });

  it("notes an entry read for its attached value alone, as for its value: a failed run deletes it before running again", () => {
    const directory = mkdtempSync(join(tmpdir(), "ethics-attached-"));
    const cache = openCache(directory)!;
    expect(cache.set("code-a", "k1", value, attached)).toBe(true);
    expect(cache.set("code-b", "k1", value, attached)).toBe(true);
    expect(cache.getAttached("code-a", "k1")).toEqual(attached);
    expect(cache.getAttached("code-b", "k2")).toBeUndefined();
    expect(entriesRead()).toContain(entryFile(directory, "code-a"));
    expect(entriesRead()).not.toContain(entryFile(directory, "code-b"));
  });
});
