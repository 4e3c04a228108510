// Pruning with remembered sizes: entries named by their content are not looked at one by one
// while the remembered sizes are fresh, and what goes (a gone file's entries, another build's,
// roots over budget) goes as when every entry was looked at. Sizes are what entries take on
// disk: on this file system (as on most), a block of 4 KiB however few bytes they hold.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_INFLATED_BYTES } from "../../../src/cli/cache/inflate-bound.js";
import { encodeEntry } from "../../../src/cli/cache/json-cache.js";
import { FULL_SCAN_MS, pruneCache, readSizes, REMOVED_HERE_MOST, removeEntries, SIZES } from "../../../src/cli/cache/prune.js";

const BUILD = "b0";
const NOW = Date.parse("2026-06-01T12:00:00Z");
const OLD = NOW - 5 * 60_000;
const part = (id: string) => `part-${BUILD}-${id}.entry`;
const lib = (id: string) => `lib-${BUILD}-${id}.entry`;

interface Setup {
  /** name → size in bytes (junk content), written OLD unless listed in `young`. */
  entries?: Record<string, number>;
  /** Library records: name → the runs of parts it names; written in this order, each newer. */
  roots?: Record<string, string[]>;
  young?: string[];
  /** The SIZES file's text, `{now}` for NOW. */
  sizes?: string;
  budgetMiB?: string;
  directories?: string[];
  /** The entry files the pruning run wrote or marked used. */
  inUse?: string[];
  /** Those it wrote. */
  written?: string[];
}

function cacheWith(setup: Setup): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-prune-"));
  for (const [name, size] of Object.entries(setup.entries ?? {})) {
    writeFileSync(join(dir, name), Buffer.alloc(size, 1));
    const when = new Date(setup.young?.includes(name) ? NOW - 1_000 : OLD);
    utimesSync(join(dir, name), when, when);
  }
  Object.entries(setup.roots ?? {}).forEach(([name, parts], at) => {
    const key = name.split("-")[2]!.replace(".entry", "");
    writeFileSync(join(dir, name), encodeEntry(key, { dirs: ["/data"], files: [], fingerprint: "f".repeat(40), parts }, MAX_INFLATED_BYTES));
    const when = new Date(OLD + at * 1_000);
    utimesSync(join(dir, name), when, when);
  });
  for (const name of setup.directories ?? []) mkdirSync(join(dir, name));
  if (setup.sizes !== undefined) writeFileSync(join(dir, SIZES), setup.sizes.replaceAll("{now}", String(NOW - 1_000)));
  return dir;
}

const tenIds = Array.from({ length: 10 }, (_, at) => `p${at}`);
const tenParts = tenIds.map(part);
const entriesIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".entry")).sort();

describe("pruneCache with remembered sizes", () => {
  it.each<[string, Setup, string[]]>([
    ["nothing remembered: an entry no root names goes, named ones stay", { entries: { [part("a1")]: 100, [part("zz")]: 100 }, roots: { [lib("r1")]: ["a1"] } }, [lib("r1"), part("a1")]],
    [
      "remembered: an entry no root names still goes (looked at before it does)",
      { entries: { [part("a1")]: 100, [part("zz")]: 100 }, roots: { [lib("r1")]: ["a1"] }, sizes: `ethics-prune-sizes 2\t{now}\n${part("a1")}\t100\n${part("zz")}\t100\n` },
      [lib("r1"), part("a1")],
    ],
    ["remembered: a young entry no root names waits out its grace", { entries: { [part("zz")]: 100 }, young: [part("zz")], roots: { [lib("r1")]: [] }, sizes: `ethics-prune-sizes 2\t{now}\n${part("zz")}\t100\n` }, [lib("r1"), part("zz")]],
    ["another build's entries go", { entries: { "part-b9-a1.entry": 100, [part("a1")]: 100 }, roots: { [lib("r1")]: ["a1"] }, sizes: `ethics-prune-sizes 2\t{now}\npart-b9-a1.entry\t100\n` }, [lib("r1"), part("a1")]],
    [
      "remembered sizes count toward the budget: the older root does not fit",
      { entries: { [part("a1")]: 10, [part("b1")]: 10 }, roots: { [lib("old")]: ["a1"], [lib("new")]: ["b1"] }, budgetMiB: "0.05", sizes: `ethics-prune-sizes 2\t{now}\n${part("a1")}\t60000\n${part("b1")}\t10\n` },
      [lib("new"), part("b1")],
    ],
    [
      "sizes remembered longer than FULL_SCAN_MS are looked at again: both roots fit",
      { entries: { [part("a1")]: 10, [part("b1")]: 10 }, roots: { [lib("old")]: ["a1"], [lib("new")]: ["b1"] }, budgetMiB: "0.05", sizes: `ethics-prune-sizes 2\t${NOW - FULL_SCAN_MS - 1}\n${part("a1")}\t60000\n${part("b1")}\t10\n` },
      [lib("new"), lib("old"), part("a1"), part("b1")],
    ],
    [
      "a damaged sizes file is not trusted: both roots fit",
      { entries: { [part("a1")]: 10, [part("b1")]: 10 }, roots: { [lib("old")]: ["a1"], [lib("new")]: ["b1"] }, budgetMiB: "0.05", sizes: `ethics-prune-sizes 2\t{now}\n${part("a1")}\tmany\n` },
      [lib("new"), lib("old"), part("a1"), part("b1")],
    ],
    // Ten entries of 10 bytes take ten blocks (40 KiB): counted as bytes, both roots fitted.
    ["sizes are what entries take on disk: a root of ten small entries does not fit beside a newer one", { entries: Object.fromEntries(tenParts.map((name) => [name, 10])), roots: { [lib("old")]: tenIds, [lib("new")]: [] }, budgetMiB: "0.05" }, [lib("new")]],
    [
      "sizes remembered as bytes (version 1) are not trusted",
      { entries: Object.fromEntries(tenParts.map((name) => [name, 10])), roots: { [lib("old")]: tenIds, [lib("new")]: [] }, budgetMiB: "0.05", sizes: `ethics-prune-sizes 1\t{now}\n${tenParts.map((name) => `${name}\t10\n`).join("")}` },
      [lib("new")],
    ],
    [
      "a root the run used stays over the budget, older or not; others go",
      { entries: Object.fromEntries(tenParts.map((name) => [name, 10])), roots: { [lib("old")]: tenIds, [lib("new")]: [] }, budgetMiB: "0.02", inUse: [lib("old")] },
      [lib("old"), ...tenParts],
    ],
    // A code's entry takes its index part when a later run makes it (user-codes.ts): it grows.
    [
      "an entry the run wrote is looked at, not its remembered size: the older root no longer fits",
      { entries: { [part("a1")]: 10, [part("b1")]: 60_000 }, roots: { [lib("old")]: ["a1"], [lib("new")]: ["b1"] }, budgetMiB: "0.05", sizes: `ethics-prune-sizes 2\t{now}\n${part("a1")}\t4096\n${part("b1")}\t4096\n`, inUse: [lib("new"), part("b1")], written: [part("b1")] },
      [lib("new"), part("b1")],
    ],
    ["a remembered name that is now a directory is left alone", { roots: { [lib("r1")]: [] }, directories: [part("zz")], sizes: `ethics-prune-sizes 2\t{now}\n${part("zz")}\t100\n` }, [lib("r1"), part("zz")]],
  ])("%s", (_name, setup, expected) => {
    const dir = cacheWith(setup);
    pruneCache(dir, setup.budgetMiB ? { ETHICS_CACHE_MAX_MIB: setup.budgetMiB } : {}, NOW, new Set(setup.inUse), new Set(setup.written));
    expect(entriesIn(dir)).toEqual(expected.sort());
  });

  it("remembers the sizes of what is left, and when every entry was last looked at", () => {
    const dir = cacheWith({ entries: { [part("a1")]: 100, [part("zz")]: 100, "code-b0-c1.entry": 30 }, roots: { [lib("r1")]: ["a1"] } });
    pruneCache(dir, {}, NOW);
    expect(readFileSync(join(dir, SIZES), "latin1").split("\n").slice(1).filter(Boolean).sort()).toEqual([`${part("a1")}\t4096`]);
    expect(readSizes(dir, NOW)?.scanned).toBe(NOW);
    // Trusted until FULL_SCAN_MS later; the time of the full look is kept by later prunes.
    pruneCache(dir, {}, NOW + 1_000);
    expect(readSizes(dir, NOW + 1_000)).toEqual({ scanned: NOW, sizes: new Map([[part("a1"), 4096]]) });
    expect(readSizes(dir, NOW + FULL_SCAN_MS)).toBeNull();
    expect(existsSync(join(dir, "code-b0-c1.entry"))).toBe(false);
  });
});

// A new build's first run over a thousand codes let the old build's two thousand entries go one
// unlink at a time, ~0.4 s on the run (a busy machine: 3 s). A few go here; many are left to a
// process of their own, which this run does not wait for; either way they go, and only files.
describe("removeEntries", () => {
  const waitUntil = async (done: () => boolean) => {
    for (const deadline = Date.now() + 30_000; !done() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it.each([
    ["a few, here", REMOVED_HERE_MOST - 1, true],
    ["many, by a process of their own", 2_000, false],
  ])("%s", async (_how, count, here) => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-remove-"));
    const names = Array.from({ length: count }, (_, at) => part(`old${at}`));
    for (const name of names) writeFileSync(join(dir, name), "x");
    // A directory of an entry's name is not ours to delete; a file beside them not named stays.
    mkdirSync(join(dir, part("dir")));
    writeFileSync(join(dir, part("kept")), "x");
    removeEntries(dir, [...names, part("dir")]);
    // Many: still there as this run goes on (the remover, a new node, takes tens of ms to start).
    if (here) expect(entriesIn(dir)).toEqual([part("dir"), part("kept")]);
    else expect(entriesIn(dir).length).toBeGreaterThan(2);
    await waitUntil(() => entriesIn(dir).length === 2);
    expect(entriesIn(dir)).toEqual([part("dir"), part("kept")]);
  });
});
