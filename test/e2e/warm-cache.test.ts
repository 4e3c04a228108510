// What warm runs keep in the cache beyond users' codes (validate's per-file results, values made
// from a whole library, exports) is a pure optimization: cold, warm, with each entry damaged,
// and after edits that keep size and mtime, every command prints what it prints uncached. Here:
// validate, topics, topic and concepts; random and the exports are warm-cache-export.test.ts
// (two files, so that vitest's two workers can share them). Each entry meets the damage only its
// own reader can catch, the wrong shape; the others (emptied, truncated, a byte flipped, deleted)
// are misses before any reader sees them: test/cli/cache/damaged-entry.test.ts reads each as a
// miss, and a library view made and stored again, and cache.test.ts runs each through the
// commands end to end.
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { copyOfMedical, expectSame, keepMtime } from "./cache-damage.js";
import { dataFolder, entries, newDir, riverside, WRONG_SHAPE_DAMAGE } from "./warm-cache-folder.js";
import { ethicsAll } from "./run.js";

// Each test here runs `ethics` dozens of times (every kind of damage, cold and warm): alone it
// takes up to 25 s on two cores; beside the rest of the suite, twice that, and on a machine busy
// with other work (load 20 and more) the concurrent block took 110–122 s. The global 30 s is a
// guard against a hang, and these would trip it on a busy machine: theirs is a guard too.
vi.setConfig({ testTimeout: 240_000 });

// The tests share nothing on disk (each its own folder and cache) and never block (every run is
// awaited): they run at once, each going on while another waits on its runs.

describe.concurrent("validate through the cache", () => {
  /** A folder with valid files and one of each kind of problem, own and across files. */
  function folder(): string {
    const dir = newDir("ethics-validate-cache-");
    writeFileSync(join(dir, "riverside.yaml"), riverside);
    writeFileSync(join(dir, "copy-a.yaml"), copyOfMedical("copy-a", "Copy A"));
    // An unknown concept tag: located in the file.
    writeFileSync(join(dir, "tagged.yaml"), copyOfMedical("tagged", "Tagged").replace(/^(\s+)text: (.*gifts.*)$/m, "$1text: $2\n$1concepts: [accepting-giftz]"));
    // A name that clashes with another file's, and a lineage that names no code.
    writeFileSync(join(dir, "twin.yaml"), copyOfMedical("twin", "Copy A").replace("derivedFrom: california", "derivedFrom: alaskaa"));
    writeFileSync(join(dir, "broken.yaml"), "id: broken\ntitle: [unclosed\n");
    return dir;
  }

  it("prints what it prints uncached: cold, warm, trusted by stat data, with its record of the wrong shape, after edits", async () => {
    const dir = folder();
    const cacheDir = newDir("ethics-validate-cache-dir-");
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const commands = [["validate", dir], ["validate", dir, "--json"], ["validate", join(dir, "twin.yaml"), dir, join(dir, "nope.yaml")]];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [args, { env: runEnv }]));
    // The uncached runs use no cache: they go beside the cold ones.
    const [reference, cold] = await Promise.all([run({ ETHICS_NO_CACHE: "1" }), run(env)]);
    let uncached = reference;
    expect(uncached[0]!.stdout).toContain("tagged.yaml:");
    expect(uncached[0]!.stdout).toContain("no concept 'accepting-giftz'");
    expect(uncached[0]!.stdout).toContain("clashes with 'copy-a'");
    expect(uncached[0]!.stdout).toContain("source.derivedFrom: no code 'alaskaa'");
    expect(uncached[0]!.code).toBe(1);
    expectSame(cold, uncached, "cold");
    // One record per set of paths: the first two commands share theirs.
    expect(entries(cacheDir, "check-")).toHaveLength(2);
    expectSame(await run(env), uncached, "warm, files racily clean");
    // Once the files are older than the racy window, their stat data is trusted.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expectSame(await run(env), uncached, "warm");
    expectSame(await run(env), uncached, "warm, trusted by stat data");
    for (const [how, damage] of WRONG_SHAPE_DAMAGE) {
      for (const name of entries(cacheDir, "check-")) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
    // An edit that keeps size and mtime: ctime tells. The problem is fixed, the clash made.
    keepMtime(join(dir, "tagged.yaml"), () => writeFileSync(join(dir, "tagged.yaml"), readFileSync(join(dir, "tagged.yaml"), "utf8").replace("accepting-giftz", "accepting-gifts").replace("shortName: Tagged", "shortName: Copy A")));
    rmSync(join(dir, "broken.yaml"));
    const [edited, afterEdit] = await Promise.all([run({ ETHICS_NO_CACHE: "1" }), run(env)]);
    uncached = edited;
    expect(uncached[0]!.stdout).not.toContain("accepting-giftz");
    expect(uncached[0]!.stdout).toContain("tagged.yaml:5:1 shortName: 'Copy A' clashes with");
    expectSame(afterEdit, uncached, "after an edit that keeps size and mtime");
    expectSame(await run(env), uncached, "warm after the edit");
  });
});

describe.concurrent("topics and topic through the cache of whole-library values", () => {
  it("print what they print uncached: cold, warm, with each value of the wrong shape, after an edit that keeps size and mtime", async () => {
    const dir = dataFolder();
    const cacheDir = newDir("ethics-views-cache-");
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const commands = [
      ["topics"],
      ["topics", "--json"],
      ["topic", "gifts"],
      ["topic", "gifts", "--json", "--code", "copy-b,riverside"],
      ["topic", "accepting", "gifts", "--json"],
      ["topic", "accepting", "gifts"],
      ["concepts", "gifts", "--json"],
      ["concepts"],
      ["concepts", "--json"],
    ];
    const run = (runEnv: NodeJS.ProcessEnv) => ethicsAll(commands.map((args) => [["--data", dir, ...args], { env: { ...runEnv, COLUMNS: "80" } }]));
    // The uncached runs use no cache: they go beside the cold ones.
    const [reference, cold] = await Promise.all([run({ ETHICS_NO_CACHE: "1" }), run(env)]);
    let uncached = reference;
    uncached.forEach((result) => expect(result.code).toBe(0));
    expect(uncached[2]!.stdout).toContain("Copy B — ");
    expectSame(cold, uncached, "cold");
    // One value per description: topics (twice), gifts, gifts for two codes, the concept (twice),
    // the whole listing's summary, the listing of gifts and the whole listing (each compact).
    expect(entries(cacheDir, "view-")).toHaveLength(7);
    // A warm run reads each value: one its shape check refused would be made and written again.
    const files = () => entries(cacheDir, "view-").map((name) => statSync(join(cacheDir, name)).ino);
    const written = files();
    expectSame(await run(env), uncached, "warm");
    expect(files()).toEqual(written);
    for (const [how, damage] of WRONG_SHAPE_DAMAGE) {
      for (const name of entries(cacheDir, "view-")) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
    keepMtime(join(dir, "copy-a.yaml"), () => writeFileSync(join(dir, "copy-a.yaml"), readFileSync(join(dir, "copy-a.yaml"), "utf8").replace("shortName: Copy A", "shortName: Copy Z")));
    const [edited, afterEdit] = await Promise.all([run({ ETHICS_NO_CACHE: "1" }), run(env)]);
    uncached = edited;
    expect(uncached[2]!.stdout).toContain("Copy Z — ");
    expectSame(afterEdit, uncached, "after an edit that keeps size and mtime");
    expectSame(await run(env), uncached, "warm after the edit");
  });
});
