import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { checksum32, checksumArea } from "../../../src/cli/cache/checksum.js";
import { BUNDLE_CALL, BUNDLE_HEAD, encodeCodeCacheEntry, readCodeCacheFile, scriptSource } from "../../../src/cli/cache/compile-cache.js";
import { writeTrustedFile } from "../../trusted-file.js";

const KEY = "v20.0.0-x64";
const data = Buffer.from(Array.from({ length: 1031 }, (_, at) => (at * 37 + 11) % 256));

describe("checksum32", () => {
  it.each([
    ["empty", Buffer.alloc(0), 0x811c9dc5],
    ["one byte", Buffer.from([0]), Math.imul(0x811c9dc5, 16777619) >>> 0],
  ])("%s: FNV-1a's basis, one step", (_, bytes, expected) => {
    expect(checksum32(bytes)).toBe(expected);
  });

  it("is the same in WebAssembly as in JavaScript, for any length, before and after the module's memory grows", () => {
    const random = (length: number, seed: number) => Buffer.from(Array.from({ length }, (_, at) => (Math.imul(at + seed, 2654435761) >>> 13) & 0xff));
    for (const length of [0, 1, 3, 4, 5, 7, 8, 1031, 65535, 65536, 65537, 200_003, 17]) {
      const bytes = random(length, length);
      expect(checksum32(bytes), `${length} bytes`).toBe(checksum32(bytes, false));
    }
  });

  it("is the same wherever the bytes start in their buffer", () => {
    for (const offset of [1, 2, 3, 5]) {
      const shifted = Buffer.alloc(data.length + offset);
      data.copy(shifted, offset);
      expect(checksum32(shifted.subarray(offset))).toBe(checksum32(data));
      expect(checksum32(shifted.subarray(offset), false)).toBe(checksum32(data));
    }
  });

  it("changes with every single flipped bit, and with a byte cut off the end", () => {
    const sum = checksum32(data);
    for (let at = 0; at < data.length; at++) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = Buffer.from(data);
        damaged[at] = damaged[at]! ^ (1 << bit);
        expect(checksum32(damaged)).not.toBe(sum);
        expect(checksum32(damaged, false)).not.toBe(sum);
      }
    }
    expect(checksum32(data.subarray(0, data.length - 1))).not.toBe(sum);
  });
});

describe("a V8 code cache entry", () => {
  const entry = encodeCodeCacheEntry(KEY, data);
  const header = entry.indexOf(0x0a) + 1;
  const scratch = mkdtempSync(join(tmpdir(), "ethics-v8-entry-"));
  let files = 0;
  const read = (bytes: Uint8Array, key = KEY) => {
    const file = join(scratch, `entry-${files++}`);
    writeTrustedFile(file, bytes);
    const found = readCodeCacheFile(file, key);
    return found && Buffer.from(found);
  };

  it("gives back the bytes it was written with, for its key only", () => {
    expect(read(entry)).toEqual(data);
    expect(read(entry, "v22.0.0-x64")).toBeUndefined();
    // Larger than the checksum's memory was, and after it: the same bytes either way.
    const large = Buffer.from(Array.from({ length: 300_001 }, (_, at) => (at * 7) & 0xff));
    expect(read(encodeCodeCacheEntry(KEY, large))).toEqual(large);
    expect(read(entry)).toEqual(data);
  });

  it("is read where its checksum is taken, and summed there as anywhere else", () => {
    const file = join(scratch, "in-place");
    writeTrustedFile(file, entry);
    const found = readCodeCacheFile(file, KEY)!;
    expect(found.buffer).toBe(checksumArea(1)!.buffer);
    expect(checksum32(found)).toBe(checksum32(Buffer.from(found), false));
  });

  it("is a miss when it is not a regular file, or is missing", () => {
    mkdirSync(join(scratch, "a-directory"));
    expect(readCodeCacheFile(join(scratch, "a-directory"), KEY)).toBeUndefined();
    expect(readCodeCacheFile(join(scratch, "missing"), KEY)).toBeUndefined();
    expect(readCodeCacheFile("/dev/null", KEY)).toBeUndefined();
  });

  it("is a miss when anybody else may have written it, its checksum right: V8 runs what it is given", () => {
    const file = join(scratch, "shared");
    writeTrustedFile(file, entry);
    expect(readCodeCacheFile(file, KEY)).toBeDefined();
    chmodSync(file, 0o664);
    expect(readCodeCacheFile(file, KEY)).toBeUndefined();
    if (process.getuid?.() === 0) {
      chmodSync(file, 0o644);
      chownSync(file, 65534, 65534);
      expect(readCodeCacheFile(file, KEY)).toBeUndefined();
    }
  });

  it.each([
    ["a flipped bit", (bytes: Buffer) => (bytes[header + 500] = bytes[header + 500]! ^ 0x10)],
    ["a byte cut off", (bytes: Buffer) => bytes.subarray(0, bytes.length - 1)],
    ["a byte added", (bytes: Buffer) => Buffer.concat([bytes, Buffer.from([0])])],
    ["a damaged checksum", (bytes: Buffer) => (bytes[header - 2] = bytes[header - 2] === 0x31 ? 0x32 : 0x31)],
    ["no header", () => data],
    ["the first version's header", () => Buffer.concat([Buffer.from(`ethics-v8\t1\t${KEY}\t${data.length}\n`), data])],
    ["a header over 256 bytes", () => Buffer.concat([Buffer.from(`ethics-v8\t2\t${KEY}${" ".repeat(256)}\t${data.length}\t${checksum32(data)}\n`), data])],
    ["nothing", () => Buffer.alloc(0)],
  ])("is a miss with %s", (_, damage) => {
    const bytes = Buffer.from(entry);
    const result = damage(bytes);
    expect(read(Buffer.isBuffer(result) ? result : bytes)).toBeUndefined();
  });
});

describe("our bundle files as the build writes them", () => {
  const root = join(import.meta.dirname, "../../..");
  const dist = join(root, "dist");
  const own = readdirSync(dist).filter((name) => name === "ethics.cjs" || (name.startsWith("lazy-") && name.endsWith(".cjs")));
  const Module = createRequire(import.meta.url)("node:module") as { wrap(content: string): string };

  it("are compiled as the function they hold, a slice of the text read, without its call", () => {
    expect(own.length).toBeGreaterThan(10);
    for (const name of own) {
      const text = readFileSync(join(dist, name), "latin1");
      const source = scriptSource(text, Module);
      expect(source, name).toBe(text.slice(0, text.length - BUNDLE_CALL.length));
      expect(source.startsWith(BUNDLE_HEAD) && source.endsWith("\n})"), name).toBe(true);
      expect(typeof new Script(source).runInThisContext(), name).toBe("function");
    }
  });

  it("wraps any other text as Node wraps a module", () => {
    for (const text of ["module.exports = 1;", `${BUNDLE_HEAD}module.exports = 1;\n})`, `module.exports = 1;${BUNDLE_CALL}`]) {
      expect(scriptSource(text, Module)).toBe(Module.wrap(text));
    }
  });

  it("run under Node's own loader as they are (a run without a cache directory)", () => {
    const module = { exports: {} as Record<string, unknown> };
    const text = readFileSync(join(dist, "lazy-core-shorten.cjs"), "latin1");
    const wrapper = new Script(Module.wrap(text)).runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, createRequire(join(dist, "lazy-core-shorten.cjs")), module, join(dist, "lazy-core-shorten.cjs"), dist);
    expect(typeof module.exports.shorten).toBe("function");
  });

  it("keeps ethics.cjs at least V8's large-object size, so that no scavenge copies it", () => {
    expect(readFileSync(join(dist, "ethics.cjs")).length).toBeGreaterThan(128 * 1024);
  });
});
