// ETHICS_CACHE_DIR may name a folder that holds other files too (a shared scratch folder, the
// home folder): the prune deletes only what ethics made there, whatever else looks like
// leftovers — a user's own old "*.tmp" file, or a v8/ folder of someone else's "*.v8" files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, runEnvironment } from "./run.js";

const userCodes = join(root, "test/fixtures/user-codes");

describe("a cache folder shared with other files", () => {
  it("keeps every file ethics did not make, however old", () => {
    const shared = mkdtempSync(join(tmpdir(), "ethics-shared-"));
    const theirs = ["draft.tmp", "notes.txt", "lib-report.tmp", "sizes.prune.bak"];
    for (const name of theirs) writeFileSync(join(shared, name), "someone's work\n");
    mkdirSync(join(shared, "v8"));
    const theirV8 = ["snapshot.v8", "build.tmp"];
    for (const name of theirV8) writeFileSync(join(shared, "v8", name), "someone's work\n");
    // Older than any grace the prune gives a run's leftovers.
    const dayAgo = new Date(Date.now() - 24 * 3600_000);
    for (const name of theirs) utimesSync(join(shared, name), dayAgo, dayAgo);
    for (const name of theirV8) utimesSync(join(shared, "v8", name), dayAgo, dayAgo);
    // An old run's leftover temporary file of ethics's own still goes.
    const leftover = "lib-0123abcd-0123456789abcdef.entry.4242-ab12cd-0.tmp";
    writeFileSync(join(shared, leftover), "x");
    utimesSync(join(shared, leftover), dayAgo, dayAgo);

    const result = ethics(["--data", userCodes, "list"], { env: { ETHICS_CACHE_DIR: shared } });
    expect(result.code).toBe(0);
    for (const name of theirs) expect(existsSync(join(shared, name)), name).toBe(true);
    for (const name of theirV8) expect(existsSync(join(shared, "v8", name)), `v8/${name}`).toBe(true);
    expect(existsSync(join(shared, leftover))).toBe(false);
  });
});

/**
 * A preload that makes the user database's home folder (os.userInfo().homedir, where an empty
 * or relative HOME sends the cache) `passwdHome`, so that the test fills neither the real
 * ~/.cache/ethics nor any other folder than its own.
 */
function passwdHomePreload(passwdHome: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "ethics-preload-")), "passwd-home.cjs");
  writeFileSync(
    file,
    `const os = require("node:os");
const userInfo = os.userInfo;
os.userInfo = (options) => ({ ...userInfo(options), homedir: ${JSON.stringify(passwdHome)} });
`,
  );
  return file;
}

describe("a relative ETHICS_CACHE_DIR, XDG_CACHE_HOME or HOME", () => {
  it("makes no cache folder where ethics is run", () => {
    const cwd = mkdtempSync(join(tmpdir(), "ethics-cwd-"));
    const home = mkdtempSync(join(tmpdir(), "ethics-home-"));
    const passwdHome = mkdtempSync(join(tmpdir(), "ethics-passwd-home-"));
    const preload = passwdHomePreload(passwdHome);
    // ETHICS_CACHE_DIR=.cache set once in a profile made a cache in every folder ethics ran in.
    const envs = [{ XDG_CACHE_HOME: "relative/cache", HOME: home }, { ETHICS_CACHE_DIR: ".cache", XDG_CACHE_HOME: "", HOME: home }, { XDG_CACHE_HOME: "", HOME: "" }, { XDG_CACHE_HOME: "", HOME: "." }];
    for (const env of envs) {
      const runEnv = runEnvironment({ env });
      if (!("ETHICS_CACHE_DIR" in env)) delete runEnv.ETHICS_CACHE_DIR;
      const result = spawnSync(process.execPath, ["--require", preload, join(root, "bin/ethics.cjs"), "search", "gifts"], { cwd, env: runEnv, encoding: "utf8" });
      expect(result.status, JSON.stringify(env)).toBe(0);
      expect(result.stderr, JSON.stringify(env)).toBe("");
      expect(readdirSync(cwd), JSON.stringify(env)).toEqual([]);
    }
    // The relative XDG_CACHE_HOME and ETHICS_CACHE_DIR were ignored for HOME's ~/.cache.
    expect(readdirSync(join(home, ".cache"))).toEqual(["ethics"]);
    // An empty or relative HOME, for the home of the user database's.
    expect(readdirSync(join(passwdHome, ".cache"))).toEqual(["ethics"]);
  });
});
