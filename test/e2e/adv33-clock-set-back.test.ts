// Entries no library names (a gone file's, an old index) wait out a grace before pruning, in
// case a run at work is about to name them; so do a dead run's temporary files. The grace was
// measured from their mtime, so those written before the clock was set back (an NTP correction
// of a clock that ran ahead, a VM restored from a snapshot) were all "in grace" until the
// clock caught up: days or years, beyond the cache's budget. Dated further ahead than the
// grace, they now go; a few seconds ahead (another machine's clock, on a shared folder) stay.
import { readdirSync, utimesSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildId, dataFolder, expectSameAsUncached, newCacheDir } from "./cache-folder.js";
import { ethics } from "./run.js";

describe("cache files dated in the future (the clock set back since they were written)", () => {
  it("go when a run prunes, unless only seconds ahead; what is printed is the uncached output", async () => {
    const dir = dataFolder(2);
    const cacheDir = newCacheDir();
    const env = { ETHICS_CACHE_DIR: cacheDir };
    expect(ethics(["--data", dir, "list"], { env }).code).toBe(0);
    const inADay = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const inHalfAMinute = new Date(Date.now() + 30 * 1000);
    const planted = {
      // A gone file's code entry, and a temporary file of a run that died, both from a day ahead.
      farAhead: [`code-${buildId}-${"1".repeat(40)}.entry`, `code-${buildId}-${"2".repeat(40)}.entry.4242-abc123-0.tmp`],
      // Written by a run whose clock is a little ahead: perhaps about to be named.
      secondsAhead: [`code-${buildId}-${"3".repeat(40)}.entry`],
    };
    for (const name of planted.farAhead) {
      writeFileSync(join(cacheDir, name), "left from before the clock was set back");
      utimesSync(join(cacheDir, name), inADay, inADay);
    }
    for (const name of planted.secondsAhead) {
      writeFileSync(join(cacheDir, name), "another machine's run at work");
      utimesSync(join(cacheDir, name), inHalfAMinute, inHalfAMinute);
    }
    // A changed file: this run writes, and so prunes.
    appendFileSync(join(dir, "riverside-agency.yaml"), "# edited\n");
    const result = ethics(["--data", dir, "list"], { env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const names = readdirSync(cacheDir);
    for (const name of planted.farAhead) expect(names).not.toContain(name);
    for (const name of planted.secondsAhead) expect(names).toContain(name);
    await expectSameAsUncached(dir, env);
  });
});
