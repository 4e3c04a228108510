// An entry file with a second value attached (a code and its index part): each read apart, and
// any damage a miss for what it touches.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entriesRead } from "../../../src/cli/cache/entries-read.js";
import { MAX_INFLATED_BYTES as MOST, oneFile } from "../../../src/cli/cache/inflate-bound.js";
import { decodeAttached, decodeEntry, encodeEntry, entryFile, headerKey, openCache } from "../../../src/cli/cache/json-cache.js";
import { writeTrustedFile } from "../../trusted-file.js";

const SMALL_FILE = oneFile(1024);

const value = { code: { id: "copy-1", text: "Shall not accept gifts" }, problems: null };
const attached = { postings: "gift 3 #$%", words: "gifts" };

describe("an entry with a value attached", () => {
  it("gives the value and the attached value, each under the entry's key only", () => {
    const bytes = encodeEntry("k1", value, MOST, attached);
    expect(decodeEntry(bytes, "k1", MOST)).toEqual(value);
    expect(decodeAttached(bytes, "k1", MOST)).toEqual(attached);
    expect(decodeEntry(bytes, "k2", MOST)).toBeUndefined();
    expect(decodeAttached(bytes, "k2", MOST)).toBeUndefined();
  });

  it("reads another entry's payloads under this entry's header as a miss: a payload names its key too", () => {
    const mine = encodeEntry("k1", value, MOST, attached);
    const other = encodeEntry("k2", { ...value, code: { id: "copy-1", text: "TOKEN VALUE" } }, MOST, attached);
    const headerOf = (bytes: Buffer) => bytes.subarray(0, bytes.indexOf(10)).toString("latin1").split("\t");
    // k1's magic and key, k2's lengths and payloads: every length agrees with what follows.
    const swapped = Buffer.concat([Buffer.from([...headerOf(mine).slice(0, 3), ...headerOf(other).slice(3)].join("\t"), "latin1"), other.subarray(other.indexOf(10))]);
    expect(decodeEntry(swapped, "k1", MOST)).toBeUndefined();
    expect(decodeAttached(swapped, "k1", MOST)).toBeUndefined();
    expect(decodeEntry(other, "k2", MOST)).toEqual({ ...value, code: { id: "copy-1", text: "TOKEN VALUE" } });
  });

  it("attaches nothing unless asked to", () => {
    const bytes = encodeEntry("k1", value, MOST);
    expect(decodeEntry(bytes, "k1", MOST)).toEqual(value);
    expect(decodeAttached(bytes, "k1", MOST)).toBeUndefined();
  });

  it("reads a damaged attached value as a miss, and the value still whole", () => {
    const bytes = encodeEntry("k1", value, MOST, attached);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x40;
    expect(decodeEntry(bytes, "k1", MOST)).toEqual(value);
    expect(decodeAttached(bytes, "k1", MOST)).toBeUndefined();
  });

  it("reads an entry whose lengths are not its header's as a miss, both values", () => {
    const whole = encodeEntry("k1", value, MOST, attached);
    for (const bytes of [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from("x")])]) {
      expect(decodeEntry(bytes, "k1", MOST)).toBeUndefined();
      expect(decodeAttached(bytes, "k1", MOST)).toBeUndefined();
    }
    const header = whole.subarray(0, whole.indexOf(10)).toString("latin1");
    for (const forged of [header.replace(/\t(\d+)$/, "\t-$1"), `${header}\t0`, header.replace(/\t(\d+)\t/, "\t0x$1\t")]) {
      const bytes = Buffer.concat([Buffer.from(forged, "latin1"), whole.subarray(whole.indexOf(10))]);
      expect(decodeEntry(bytes, "k1", MOST), forged).toBeUndefined();
      expect(decodeAttached(bytes, "k1", MOST), forged).toBeUndefined();
    }
  });

  it("notes an entry read for its attached value alone, as for its value: a failed run deletes it before running again", () => {
    const directory = mkdtempSync(join(tmpdir(), "ethics-attached-"));
    const cache = openCache(directory)!;
    expect(cache.set("code-a", "k1", value, SMALL_FILE, attached)).toBe(true);
    expect(cache.set("code-b", "k1", value, SMALL_FILE, attached)).toBe(true);
    expect(cache.getAttached("code-a", "k1", SMALL_FILE)).toEqual(attached);
    expect(cache.getAttached("code-b", "k2", SMALL_FILE)).toBeUndefined();
    expect(entriesRead()).toContain(entryFile(directory, "code-a"));
    expect(entriesRead()).not.toContain(entryFile(directory, "code-b"));
  });

  // A code parsed by a run that did not search gets its index part later, in its own entry.
  it("attaches a value to an entry already stored, its value copied and read back whole", () => {
    const directory = mkdtempSync(join(tmpdir(), "ethics-attach-"));
    const cache = openCache(directory)!;
    expect(cache.set("code-a", "k1", value, SMALL_FILE)).toBe(true);
    const before = readFileSync(entryFile(directory, "code-a"));
    expect(cache.attach("code-a", "k1", attached, SMALL_FILE)).toBe(true);
    const after = readFileSync(entryFile(directory, "code-a"));
    expect(decodeEntry(after, headerKey("code-a", "k1"), MOST)).toEqual(value);
    expect(decodeAttached(after, headerKey("code-a", "k1"), MOST)).toEqual(attached);
    // The value's payload is the one stored before, byte for byte.
    const payload = (bytes: Buffer) => bytes.subarray(bytes.indexOf(10) + 1, bytes.indexOf(10) + 1 + Number(bytes.toString("latin1", 0, bytes.indexOf(10)).split("\t")[3]));
    expect(payload(after).equals(payload(before))).toBe(true);
    expect(cache.written).toContain("code-a.entry");
  });

  it.each<[string, (directory: string) => void]>([
    ["no entry", () => {}],
    ["an entry of another key", (directory) => writeTrustedFile(entryFile(directory, "code-a"), encodeEntry(headerKey("code-a", "k2"), value, MOST))],
    // Another build's entry of the same file, renamed: its name holds the other build's id.
    ["another name's entry of this key", (directory) => writeTrustedFile(entryFile(directory, "code-a"), encodeEntry(headerKey("code-b", "k1"), value, MOST))],
    ["an entry whose value is damaged", (directory) => {
      const bytes = encodeEntry(headerKey("code-a", "k1"), value, MOST);
      bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x40;
      writeTrustedFile(entryFile(directory, "code-a"), bytes);
    }],
  ])("attaches nothing to %s, and writes nothing", (_what, setup) => {
    const directory = mkdtempSync(join(tmpdir(), "ethics-attach-"));
    setup(directory);
    const before = readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))]);
    const cache = openCache(directory)!;
    expect(cache.attach("code-a", "k1", attached, SMALL_FILE)).toBe(false);
    expect(readdirSync(directory).map((name) => [name, readFileSync(join(directory, name))])).toEqual(before);
    expect(cache.wrote).toBe(false);
  });
});
