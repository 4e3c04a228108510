// An entry's payload names its entry (json-cache.ts), and only this user's or root's entries that
// nobody else may write are read (trusted-entry.ts). An audit moved one folder's code entry
// payload under the other's header, and the other folder's words were printed; a cache folder
// may be shared, and an entry planted there by anyone else was served as well.
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_INFLATED_BYTES } from "../../src/cli/cache/inflate-bound.js";
import { encodeEntry } from "../../src/cli/cache/json-cache.js";
import { ethics, root } from "./run.js";
import { writeTrustedFile } from "../trusted-file.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const SHOW = ["show", "riverside", "boundaries", "1"];

/** A folder holding the riverside example, its gift rule reworded by `reword`. */
function folder(reword: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-bound-data-"));
  writeFileSync(join(dir, "riverside-agency.yaml"), reword(riverside));
  return dir;
}

const codeEntries = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.startsWith("code-") && name.endsWith(".entry")).map((name) => join(cacheDir, name));
const headerOf = (bytes: Buffer) => bytes.subarray(0, bytes.indexOf(10)).toString("latin1").split("\t");

describe("a cache entry is read only as what it was written for, by whom it may be trusted", () => {
  it("another entry's payload under an entry's header is a miss: the output is the uncached output", () => {
    const plain = folder((text) => text);
    const loud = folder((text) => text.replace("token value", "TOKEN VALUE XX"));
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-bound-cache-"));
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", plain, ...SHOW], { env }).code).toBe(0);
    expect(ethics(["--data", loud, ...SHOW], { env }).code).toBe(0);
    const [first, second] = codeEntries(cacheDir).map((file) => ({ file, bytes: readFileSync(file) }));
    // Each keeps its magic and key and takes the other's lengths and payloads: every length agrees.
    for (const [one, other] of [[first!, second!], [second!, first!]] as const) {
      const header = [...headerOf(one.bytes).slice(0, 3), ...headerOf(other.bytes).slice(3)].join("\t");
      writeTrustedFile(one.file, Buffer.concat([Buffer.from(header, "latin1"), other.bytes.subarray(other.bytes.indexOf(10))]));
    }
    const uncached = ethics(["--data", plain, ...SHOW], { env: { ETHICS_NO_CACHE: "1" } });
    const cached = ethics(["--data", plain, ...SHOW], { env });
    expect(uncached.stdout).toContain("token value");
    expect(cached).toEqual(uncached);
  });

  it("an entry anybody else may have written is a miss, whole and keyed as it is", () => {
    const plain = folder((text) => text);
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-bound-cache-"));
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", plain, ...SHOW], { env }).code).toBe(0);
    const [file] = codeEntries(cacheDir);
    const bytes = readFileSync(file!);
    const key = headerOf(bytes)[2]!;
    const payload = inflateSync(bytes.subarray(bytes.indexOf(10) + 1, bytes.indexOf(10) + 1 + Number(headerOf(bytes)[3]))).toString("latin1");
    const value = JSON.parse(payload.slice(payload.indexOf("\n") + 1).replace("token value", "PLANTED VALUE"));
    const uncached = ethics(["--data", plain, ...SHOW], { env: { ETHICS_NO_CACHE: "1" } });
    // The entry remade under its own header and key with other words, as a planter would, then
    // left as another user's (where this test may change owners) or as writable by others.
    const ways: ((path: string) => void)[] = [(path) => chmodSync(path, 0o666), (path) => chmodSync(path, 0o664)];
    if (process.getuid?.() === 0) ways.push((path) => chownSync(path, 65534, 65534));
    for (const leave of ways) {
      writeFileSync(file!, encodeEntry(key, value, MAX_INFLATED_BYTES));
      chmodSync(file!, 0o644);
      leave(file!);
      expect(ethics(["--data", plain, ...SHOW], { env })).toEqual(uncached);
    }
  });
});
