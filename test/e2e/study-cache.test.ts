// The study commands over users' codes go a code at a time, take users' codes' concepts from the
// search index and keep the quiz's strength letters as a whole-library value: all of it a pure
// optimization. Cold, warm, with each kept value of the wrong shape, and after an edit that keeps
// size and mtime, quiz and the study exports print what they print uncached. A value damaged
// otherwise (emptied, truncated, a byte flipped, deleted) is a miss before any reader of values
// sees it: test/cli/cache/damaged-entry.test.ts reads each such damage as a miss, and a library
// view made and stored again; cache.test.ts runs each through the commands end to end.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cacheDamages, copyOfMedical, expectSame, keepMtime, WRONG_SHAPE } from "./cache-damage.js";
import { ethicsAll, ethicsAsync, root } from "./run.js";

// Dozens of runs (cold, warm, damaged, edited: ~50 in all, one after another): over 120 s in two
// full suites of the fifteenth session (with every kind of damage, ~85 runs), where vitest put
// this file first beside the other cache files. A hang is still caught: each run has its own
// limit (run.ts).
vi.setConfig({ testTimeout: 300_000 });

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const newDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const views = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.startsWith("view-") && name.endsWith(".entry"));

/**
 * The damage only a reader's own check can catch: a value whole and checksummed, under the quiz's
 * strengths' description, that is not strength letters (the other views' descriptions differ).
 */
const WRONG_SHAPE_DAMAGE = cacheDamages(() => ({ what: "quiz: confident strengths", value: "rrrr" })).filter(([how]) => how === WRONG_SHAPE);

// The tests share nothing on disk (each its own folder and cache) and never block (every run is
// awaited): they run at once, each going on while another waits on its runs.
describe.concurrent("quiz and the study exports over users' codes", () => {
  it("print what they print uncached: cold, warm, with each kept value of the wrong shape, after an edit that keeps size and mtime", async () => {
    const dir = newDir("ethics-study-data-");
    writeFileSync(join(dir, "riverside.yaml"), riverside);
    writeFileSync(join(dir, "copy-a.yaml"), copyOfMedical("copy-a", "Copy A"));
    // A file that tags a standard with a concept itself: the index holds tagged and inferred concepts alike.
    writeFileSync(join(dir, "copy-b.yaml"), copyOfMedical("copy-b", "Copy B").replace(/^(\s+)text: (.*gifts.*)$/m, "$1text: $2\n$1concepts: [accepting-gifts]"));
    const cacheDir = newDir("ethics-study-cache-");
    const commands = [
      ["quiz", "--seed", "2", "--count", "12", "--json"],
      ["quiz", "--seed", "5", "--count", "6", "--topic", "gifts", "--json"],
      ["quiz", "--seed", "9", "--count", "5", "--code", "copy-b,riverside", "--json"],
      ["export", "--format", "anki"],
      ["export", "--format", "anki-cloze", "--topic", "gifts"],
      ["export", "--format", "html", "--topic", "boundaries"],
      ["export", "--format", "html", "--code", "copy-a,riverside"],
    ];
    const options = (env: NodeJS.ProcessEnv) => ({ env: { ...env, COLUMNS: "80" } });
    // A step's commands one after another on the cache: each may meet what the one before wrote.
    const run = async (env: NodeJS.ProcessEnv) => {
      const results = [];
      for (const args of commands) results.push(await ethicsAsync(["--data", dir, ...args], options(env)));
      return results;
    };
    // Uncached, they share nothing: at once, and beside the cached step they are the reference of.
    const uncachedRuns = () => ethicsAll(commands.map((args) => [["--data", dir, ...args], options({ ETHICS_NO_CACHE: "1" })]));
    const env = { ETHICS_CACHE_DIR: cacheDir };
    const [reference, cold] = await Promise.all([uncachedRuns(), run(env)]);
    let uncached = reference;
    uncached.forEach((result, index) => expect(result.code, `#${index}`).toBe(0));
    // The quizzes ask about strength; the cards are tagged with users' codes' topics.
    expect(uncached[0]!.stdout).toContain('"kind": "strength"');
    expect(uncached[3]!.stdout).toMatch(/\tcopy-b copy-b::\S+(?: \S+)* topic::gifts(?: \S+)*$/m);
    expectSame(cold, uncached, "cold");
    expect(views(cacheDir).length).toBeGreaterThanOrEqual(1);
    expectSame(await run(env), uncached, "warm");
    for (const [how, damage] of WRONG_SHAPE_DAMAGE) {
      for (const name of views(cacheDir)) damage(join(cacheDir, name));
      expectSame(await run(env), uncached, how);
    }
    keepMtime(join(dir, "copy-a.yaml"), () => writeFileSync(join(dir, "copy-a.yaml"), readFileSync(join(dir, "copy-a.yaml"), "utf8").replace("shortName: Copy A", "shortName: Copy Z")));
    const [edited, afterEdit] = await Promise.all([uncachedRuns(), run(env)]);
    uncached = edited;
    expect(uncached[5]!.stdout).toContain('<th>Copy Z <span class="origin">(user code)</span><br>');
    expectSame(afterEdit, uncached, "after an edit that keeps size and mtime");
    expectSame(await run(env), uncached, "warm after the edit");
  });

  it("a quiz makes the search index's parts on a first run only when it has a topic, whose concepts come from the index", async () => {
    const dir = newDir("ethics-study-parts-");
    writeFileSync(join(dir, "copy-a.yaml"), copyOfMedical("copy-a", "Copy A"));
    const parts = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.startsWith("part-"));
    const plain = newDir("ethics-study-parts-cache-");
    expect((await ethicsAsync(["--data", dir, "quiz", "--count", "3", "--seed", "1", "--json"], { env: { ETHICS_CACHE_DIR: plain } })).code).toBe(0);
    expect(parts(plain)).toEqual([]);
    const onTopic = newDir("ethics-study-parts-cache-");
    expect((await ethicsAsync(["--data", dir, "quiz", "--count", "3", "--seed", "1", "--topic", "gifts", "--json"], { env: { ETHICS_CACHE_DIR: onTopic } })).code).toBe(0);
    expect(parts(onTopic).length).toBeGreaterThan(0);
  });
});
