import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { asciiJson } from "../../../src/core/library/snapshot.js";
import { entryCodeReader } from "../../../src/cli/cache/entry-codes.js";
import { oneFile } from "../../../src/cli/cache/inflate-bound.js";
import { entryFile, headerKey, openCache } from "../../../src/cli/cache/json-cache.js";
import { entryOf } from "../../../src/cli/cache/parsed-entry.js";
import type { StoredEntry } from "../../../src/cli/cache/stored-entry.js";
import { hasPlainText } from "../../../src/render/plain-text.js";
import { isUnshared } from "../../../src/render/unshared.js";
import { makeCode } from "../../core/make-code.js";
import { writeTrustedFile } from "../../trusted-file.js";

const directory = mkdtempSync(join(tmpdir(), "ethics-entry-codes-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const code = makeCode({ id: "riverside", shortName: "Riverside", title: "Riverside Agency", file: "" });
const cache = openCache(directory)!;
const SMALL_FILE = oneFile(1024);
cache.set("code-good", "k1", entryOf({ code, problems: null }), SMALL_FILE);
cache.set("code-problems", "k2", { code: null, problems: [{ line: 1, col: 1, path: "", message: "bad" }] }, SMALL_FILE);
cache.set("code-not-a-code", "k3", { code: { id: "x" }, problems: null }, SMALL_FILE);
const standard = (number: number) => ({ code: "riverside", section: "hope", sectionTitle: "Hope", number, text: `Standard ${number}.`, items: [], notes: [], editorial: [], citation: `Riverside · Hope ${number}` });
const withStandards = { ...code, sections: [{ id: "hope", title: "Hope", intro: null, editorial: {}, standards: [standard(1), standard(2)] }] };
cache.set("code-standards", "k7", entryOf({ code: withStandards, problems: null }), SMALL_FILE);
cache.set("code-bidi", "k5", entryOf({ code: { ...code, title: "Riverside \u202e Agency" }, problems: null }), SMALL_FILE);
// Whole and checksummed, but with a C1 control written raw (as Latin-1), as this build never writes one.
const raw = Buffer.from(asciiJson(entryOf({ code: { ...code, title: "Riverside \u0085 Agency" }, problems: null })).replace("\\u0085", "\u0085"), "latin1");
const payload = deflateSync(Buffer.concat([Buffer.from(`${headerKey("code-raw", "k6")}\n`, "latin1"), raw]));
writeTrustedFile(entryFile(directory, "code-raw"), Buffer.concat([Buffer.from(`ethics-cache\t3\t${headerKey("code-raw", "k6")}\t${payload.length}\n`, "latin1"), payload]));
writeTrustedFile(entryFile(directory, "code-damaged"), `ethics-cache\t3\t${headerKey("code-damaged", "k4")}\t3\nxyz`);

const at = (name: string, key: string, dir = directory): StoredEntry => ({ directory: dir, name, key, file: "/data/riverside.yaml", size: 1024 });

describe("a code read straight from its cache entry", () => {
  it.each([
    ["an entry of this key", at("code-good", "k1"), { ...code, file: "/data/riverside.yaml" }],
    ["an entry of another key", at("code-good", "k9"), undefined],
    ["no such entry", at("code-gone", "k1"), undefined],
    ["an entry of a file's problems", at("code-problems", "k2"), undefined],
    ["an entry that is not a stored code", at("code-not-a-code", "k3"), undefined],
    ["a damaged entry", at("code-damaged", "k4"), undefined],
    ["a cache directory that cannot be made", at("code-good", "k1", "/proc/ethics-no-cache"), undefined],
  ])("%s", (_what, entry, expected) => {
    const read = entryCodeReader()(entry);
    expect(read).toEqual(expected);
    if (expected) expect(JSON.stringify(read)).toBe(JSON.stringify(expected));
  });

  it.each([
    ["plain text, in a file of a plain name", at("code-good", "k1"), true],
    ["a bidi control in its title", at("code-bidi", "k5"), false],
    ["a C1 control written raw in its title", at("code-raw", "k6"), false],
    ["plain text, in a file whose name holds an escape character", { ...at("code-good", "k1"), file: "/data/\u001b[2Jriverside.yaml" }, false],
  ])("marked as plain text or not: %s", (_what, entry, plain) => {
    expect(hasPlainText(entryCodeReader()(entry)!)).toBe(plain);
  });

  it("marks the code as holding no object twice, which it does not", () => {
    const read = entryCodeReader()(at("code-standards", "k7"))!;
    expect(read).toEqual({ ...withStandards, file: "/data/riverside.yaml" });
    expect(isUnshared(read)).toBe(true);
    const seen = new Set<object>();
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== "object") return;
      expect(seen.has(value)).toBe(false);
      seen.add(value);
      for (const member of Object.values(value)) walk(member);
    };
    walk(read);
    // among them the empty lists each standard's entry left implied, each a list of its own
    const [first, second] = read.sections[0]!.standards;
    expect([first!.items, first!.notes, second!.items, second!.editorial].every((list) => seen.has(list))).toBe(true);
  });

  it("gives a new code at each read, which nothing else holds", () => {
    const read = entryCodeReader();
    const first = read(at("code-good", "k1"));
    expect(read(at("code-good", "k1"))).not.toBe(first);
  });
});
