// Entries that are whole and checksummed but hold what this build never writes: made by hand, or
// by a build with a bug. Each field is checked as it is read (shapes.ts, index-fit.ts); what a
// check cannot see (a packed list that does not decode) fails the work that uses it, and then
// the command runs again without the entries it read (cache-fault.ts). Either way the output is
// the uncached output, and the cache is made good for the next run.
import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_INFLATED_BYTES } from "../../src/cli/cache/inflate-bound.js";
import { decodeEntry, encodeEntry } from "../../src/cli/cache/json-cache.js";
import { copyOfMedical, expectSame } from "./cache-damage.js";
import { ethicsAll, root, type RunResult } from "./run.js";
import { writeTrustedFile } from "../trusted-file.js";

vi.setConfig({ testTimeout: 120_000 });

const COMMANDS = [
  ["search", "gifts", "--json"],
  ["show", "riverside", "boundaries", "1"],
  ["topic", "gifts"],
  ["list", "--json"],
];

const dir = mkdtempSync(join(tmpdir(), "ethics-forged-data-"));
const warmCache = mkdtempSync(join(tmpdir(), "ethics-forged-cache-"));
const riverside = join(dir, "riverside-agency.yaml");
writeFileSync(riverside, readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8"));
writeFileSync(join(dir, "copy-1.yaml"), copyOfMedical("copy-1", "Copy 1"));

const runAll = (env: NodeJS.ProcessEnv): Promise<RunResult[]> => ethicsAll(COMMANDS.map((args) => [["--data", dir, ...args], { env }]));
let uncached: RunResult[];

beforeAll(async () => {
  // Cold, then warm: the second search stores the index. The uncached runs use no cache: they go
  // beside the cold ones.
  const [reference, cold] = await Promise.all([runAll({ ETHICS_NO_CACHE: "1" }), runAll({ ETHICS_CACHE_DIR: warmCache })]);
  uncached = reference;
  expect(uncached.map((run) => run.code)).toEqual([0, 0, 0, 0]);
  for (const result of [...cold, ...(await runAll({ ETHICS_CACHE_DIR: warmCache }))]) expect(result.code).toBe(0);
});

/** The value of an entry file, and a writer of another value under its key, whole and checksummed. */
function entryOf(file: string): { value: Record<string, unknown>; rewrite: (value: unknown) => void } {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(10);
  const key = bytes.toString("latin1", 0, newline).split("\t")[2]!;
  // Read as the cache reads it: a value stored with its long strings apart (the index) too.
  const value = decodeEntry(bytes, key, MAX_INFLATED_BYTES) as Record<string, unknown>;
  return { value, rewrite: (value) => writeTrustedFile(file, encodeEntry(key, value, MAX_INFLATED_BYTES)) };
}

/** A copy of the warm cache with the entries of `kind` forged by `forge`. */
function forgedCache(kind: string, forge: (value: Record<string, unknown>) => void): { cacheDir: string; forged: string[] } {
  const cacheDir = mkdtempSync(join(tmpdir(), "ethics-forged-cache-"));
  cpSync(warmCache, cacheDir, { recursive: true });
  const forged = readdirSync(cacheDir).filter((name) => name.startsWith(`${kind}-`));
  expect(forged.length, kind).toBeGreaterThan(0);
  for (const name of forged) {
    const { value, rewrite } = entryOf(join(cacheDir, name));
    forge(value);
    rewrite(value);
  }
  return { cacheDir, forged: forged.map((name) => join(cacheDir, name)) };
}

type Code = { source: Record<string, unknown>; sections: Record<string, unknown>[] } & Record<string, unknown>;
type Index = { codes: { sections: { size: number }[] }[]; concepts: Record<string, unknown>[]; postings: Record<string, string> } & Record<string, unknown>;
const code = (value: Record<string, unknown>) => value.code as Code | null;

type Forgery = [string, string, (value: Record<string, unknown>) => void];

/** Code entries: each test saves a code file again (see below), so they go one after another. */
const CODE_FORGERIES: Forgery[] = [
  ["code", "a lineage that is a number", (value) => code(value) && (code(value)!.source.derivedFrom = 5)],
  ["code", "a signature that is text", (value) => code(value) && (code(value)!.signature = "Name")],
  ["code", "a scope that is a number", (value) => code(value) && (code(value)!.scope = 42)],
  ["code", "an editorial remark that is a number", (value) => code(value) && (code(value)!.editorial = { title: 5 })],
  ["code", "a section's intro remark that is a number", (value) => code(value) && (code(value)!.sections[0]!.editorial = { intro: 4 })],
];

/** Index and library entries: each test forges its own copy of the warm cache and touches no file: at once. */
const OTHER_FORGERIES: Forgery[] = [
  ["index", "no concepts", (value) => ((value as Index).concepts = [])],
  ["index", "a code less", (value) => (value as Index).codes.pop()],
  ["index", "a section's size changed", (value) => ((value as Index).codes[0]!.sections[0]!.size += 1)],
  ["index", "a concept's topic past the end", (value) => ((value as Index).concepts.find((concept) => concept.topic !== undefined)!.topic = 999)],
  ["index", "no concept lengths", (value) => ((value as Index).conceptLengths = "")],
  // Past what a check of shapes sees: the command runs again without the entries it read.
  ["index", "postings that do not decode", (value) => { for (const stem of Object.keys((value as Index).postings)) (value as Index).postings[stem] = "~"; }],
  ["index", "a concept's documents that do not decode", (value) => ((value as Index).concepts[0]!.documents = "~~")],
  ["lib", "files' hashes that are not hashes", (value) => { for (const file of value.files as Record<string, unknown>[]) file.hash = "zz"; }],
  ["lib", "files' hashes that are another file's", (value) => { for (const file of value.files as Record<string, unknown>[]) file.hash = "0".repeat(40); }],
];

/** Runs the commands on a copy of the warm cache whose entries of `kind` are forged, and again. */
async function expectNothingChanged(kind: string, how: string, forge: (value: Record<string, unknown>) => void): Promise<void> {
  const { cacheDir, forged } = forgedCache(kind, forge);
  // A code file saved again with the same bytes: its entry is read whole again. (A record is
  // trusted only while its file's stat data is as recorded: it is forged with the file as is.)
  if (kind === "code") {
    const now = new Date();
    utimesSync(riverside, now, now);
  }
  const env = { ETHICS_CACHE_DIR: cacheDir };
  expectSame(await runAll(env), uncached, how);
  // Made good: the next run reads no forged entry.
  expectSame(await runAll(env), uncached, `${how}, then`);
  for (const file of forged) {
    let now: unknown;
    try {
      now = entryOf(file).value;
    } catch {
      continue; // deleted, or written anew under another name
    }
    expect(JSON.stringify(now), file).not.toBe(JSON.stringify(forgedValue(kind, forge, file)));
  }
}

describe("an entry forged whole, of the right JSON but the wrong values, changes nothing printed", () => {
  it.each(CODE_FORGERIES)("%s entry: %s", expectNothingChanged);
  it.concurrent.each(OTHER_FORGERIES)("%s entry: %s", expectNothingChanged);
});

/** What `forge` makes of the warm cache's entry of the same name. */
function forgedValue(kind: string, forge: (value: Record<string, unknown>) => void, file: string): unknown {
  const { value } = entryOf(join(warmCache, file.split("/").pop()!));
  forge(value);
  return value;
}
