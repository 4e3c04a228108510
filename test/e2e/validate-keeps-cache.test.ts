// validate over a folder that --data also names checks its files itself and the folder's other
// codes without them: that run's view of the folder lacks those files. It wrote that view as the
// folder's record, and the next command over the folder found every file it had left out new,
// and opened and hashed each again. The folder's record is now left as the last full run wrote
// it: the next run opens none of the files.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, vi } from "vitest";
import { dataFolder, newCacheDir } from "./cache-folder.js";
import { ethicsAsync as ethics, root } from "./run.js";

vi.setConfig({ testTimeout: 120_000 });

/** Files changed within this long of a run are read again whatever their stat data (file-stats.ts, RACY_MS, as git's index). */
const RACY_MS = 3_000;

describe.concurrent("validate, then a command over the same folder", () => {
  it.each<[string, (dir: string) => string[]]>([
    ["validate of the folder, with --data naming it", (dir) => ["--data", dir, "validate", dir]],
    ["validate of one of its files, with --data naming the folder", (dir) => ["--data", dir, "validate", join(dir, "copy-01.yaml")]],
    ["validate of the folder alone", (dir) => ["validate", dir]],
  ])("%s: the next search opens none of the folder's files", async (_what, validateArgs) => {
    const dir = dataFolder(4);
    const written = Date.now();
    const env = { ETHICS_CACHE_DIR: newCacheDir() };
    const log = join(mkdtempSync(join(tmpdir(), "ethics-reads-")), "reads.txt");
    const search = ["--data", dir, "search", "gifts", "--json"];
    /** The folder's files a search opens, and what it printed. */
    const searched = async () => {
      writeFileSync(log, "");
      const spy = { NODE_OPTIONS: `--require ${join(root, "test/fixtures/spy/read-log.cjs")}`, ETHICS_TEST_READ_LOG: log };
      const result = await ethics(search, { env: { ...env, ...spy } });
      return { result, opened: readFileSync(log, "utf8").split("\n").filter((path) => path.startsWith(`${dir}/`)) };
    };
    await sleep(Math.max(0, written + RACY_MS + 100 - Date.now()));
    const first = await searched();
    expect(first.result.code).toBe(0);
    expect(first.opened).toHaveLength(4);
    expect((await searched()).opened).toEqual([]);

    expect((await ethics(validateArgs(dir), { env })).code).toBe(0);
    const after = await searched();
    expect(after.opened).toEqual([]);
    expect(after.result).toEqual(first.result);
  });
});
