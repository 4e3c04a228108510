// A warm run over users' codes whose files have not changed reads the cache and nothing more: no
// YAML parser, no node:crypto (there is nothing to hash), no node:child_process (no remover),
// none of node:os, node:module and node:v8 (nothing to parse). Node says what it loads when
// NODE_DEBUG=module is set; a file edited since shows that the check sees them when they load.
// Files changed within RACY_MS of a run are read and hashed again (file-stats.ts), so the warm
// runs wait until the files are older than that.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { copyOfMedical } from "./cache-damage.js";
import { RACY_MS } from "../../src/cli/cache/file-stats.js";
import { ethics } from "./run.js";

const loads = (stderr: string, module: string) => stderr.includes(`load built-in module ${module}`);
const loadsYaml = (stderr: string) => /lazy-core-codes-load\.cjs|vendor[/\\]js-yaml/.test(stderr);

/** Whether the value of a cache entry file is stored with its long strings apart: its JSON, after the line naming its key, begins with json-cache.ts's mark. */
function storedApart(file: string): boolean {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(0x0a);
  const valueLength = Number(bytes.toString("latin1", 0, newline).split("\t")[3]);
  const payload = inflateSync(bytes.subarray(newline + 1, newline + 1 + valueLength));
  return payload[payload.indexOf(0x0a) + 1] === "#".charCodeAt(0);
}

describe("a warm run over unchanged users' codes", () => {
  it("loads neither node:crypto nor the YAML parser, which a changed file needs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-warm-loads-"));
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-warm-loads-cache-"));
    for (const id of ["copy-a", "copy-b"]) writeFileSync(join(dir, `${id}.yaml`), copyOfMedical(id, id));
    const written = Date.now();
    const run = () => ethics(["--data", dir, "search", "gifts"], { env: { ETHICS_CACHE_DIR: cacheDir, NODE_DEBUG: "module" } });
    const cold = run();
    expect(cold.code).toBe(0);
    expect(loads(cold.stderr, "node:crypto")).toBe(true);
    expect(loadsYaml(cold.stderr)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, written + RACY_MS + 500 - Date.now())));
    // Twice: the first run after the wait reads and hashes the files once more, as no longer racy.
    run();
    const warm = run();
    expect(warm.code).toBe(0);
    expect(warm.stdout).toBe(cold.stdout);
    expect(loads(warm.stderr, "node:crypto")).toBe(false);
    expect(loadsYaml(warm.stderr)).toBe(false);
    // Pruning on exit starts a remover only for many entries to delete (prune.ts): not here.
    expect(loads(warm.stderr, "node:child_process")).toBe(false);
    // Nor what a first run alone asks for: the cores (node:os), a require made where a changed
    // file needs one (node:module) or V8's flags (node:v8).
    for (const module of ["node:os", "node:module", "node:v8"]) expect(loads(warm.stderr, module), module).toBe(false);
    // The search index it read, stored by the search before it, keeps its long strings apart
    // (json-cache.ts), to be read as slices of one text rather than copied out by JSON.parse.
    const stored = readdirSync(cacheDir).filter((name) => name.startsWith("index-"));
    expect(stored).toHaveLength(1);
    expect(storedApart(join(cacheDir, stored[0]!))).toBe(true);
    appendFileSync(join(dir, "copy-b.yaml"), "# edited\n");
    const edited = run();
    expect(edited.stdout).toBe(cold.stdout);
    expect(loads(edited.stderr, "node:crypto")).toBe(true);
    expect(loadsYaml(edited.stderr)).toBe(true);
  });
});

describe("a search of the built-in codes", () => {
  // node:module brings Node's ES module loader and source maps with it; the code cache's hook
  // takes the Module class from its own module object instead. node:os is for a home directory
  // that HOME does not give.
  it("loads neither node:module nor, with HOME set, node:os", () => {
    const home = mkdtempSync(join(tmpdir(), "ethics-home-"));
    const run = ethics(["search", "gifts"], { env: { NODE_DEBUG: "module", HOME: home, ETHICS_CACHE_DIR: "", XDG_CACHE_HOME: "" } });
    expect(run.code).toBe(0);
    expect(readdirSync(join(home, ".cache/ethics")).some((name) => name.startsWith("v8-"))).toBe(true);
    expect(loads(run.stderr, "node:vm")).toBe(true);
    expect(loads(run.stderr, "node:module")).toBe(false);
    expect(loads(run.stderr, "node:os")).toBe(false);
  });

  // The build's lazy node:os (scripts/build.mjs) gives a file getters for the names it imports:
  // start.cjs, which every run loads, had one for each of node:os's ~40 exports.
  it("defines at start getters for the names of node:os it imports only", () => {
    const start = readFileSync(join(import.meta.dirname, "../../dist/start.cjs"), "latin1");
    expect(start).toContain('"homedir"');
    expect(start).not.toContain('"availableParallelism"');
    expect(start).not.toContain('"networkInterfaces"');
  });

  // Our bundle files are compiled through the code cache by its own require, which resolves
  // nothing: Node's loader loads only bin/ethics.cjs and dist/start.cjs.
  it("leaves our bundle files to the code cache's own require", () => {
    const run = ethics(["search", "gifts"], { env: { NODE_DEBUG: "module", ETHICS_CACHE_DIR: mkdtempSync(join(tmpdir(), "ethics-own-loads-")) } });
    expect(run.code).toBe(0);
    const loaded = [...run.stderr.matchAll(/load "([^"]+)" for module/g)].map((match) => match[1]!.split(/[/\\]/).slice(-2).join("/"));
    expect(loaded).toEqual(["bin/ethics.cjs", "dist/start.cjs"]);
  });
});


// Without a cache directory our lazy files go to Node's loader, which names each as it loads it.
describe("search and show load only the lazy files their words need", () => {
  const lazyLoaded = (args: string[], env: Record<string, string> = {}) => {
    const run = ethics(args, { env: { NODE_DEBUG: "module", ETHICS_NO_CACHE: "1", ...env } });
    expect(run.code).toBe(0);
    return [...run.stderr.matchAll(/load "([^"]+)" for module/g)].map((match) => match[1]!.split(/[/\\]/).at(-1)!);
  };

  // Words with no option among them give no value more words; the words of text.ts are the main bundle's.
  it("search reads an option's value of several words only where an option is typed", () => {
    const plain = lazyLoaded(["search", "gifts"]);
    expect(plain).toContain("lazy-core-search-search.cjs");
    expect(plain).not.toContain("lazy-cli-value-of-several-words.cjs");
    expect(plain.filter((name) => name.startsWith("lazy-core-text"))).toEqual([]);
    expect(lazyLoaded(["search", "gifts", "--limit", "3"])).toContain("lazy-cli-value-of-several-words.cjs");
  });

  // Without ETHICS_CODE the examples are set in the library as it is.
  it("show sets its examples in a code at hand only under ETHICS_CODE", () => {
    expect(lazyLoaded(["show", "medi-cal", "integrity", "12"], { ETHICS_CODE: "" })).not.toContain("lazy-core-codes-target-example-standard.cjs");
    expect(lazyLoaded(["show", "medi-cal", "integrity", "12"], { ETHICS_CODE: "alaska" })).toContain("lazy-core-codes-target-example-standard.cjs");
  });
});
