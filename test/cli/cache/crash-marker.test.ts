import { spawnSync } from "node:child_process";
import { lstatSync, lutimesSync, mkdirSync, mkdtempSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crashMarkerBuild, dropCrashMarker, takeCrashMarker, type CrashMarker } from "../../../src/cli/cache/crash-marker.js";

const scratch = mkdtempSync(join(tmpdir(), "ethics-crash-marker-"));
let markers = 0;
/** A pid no process has any longer: a child's, after it ended. */
const deadPid = spawnSync(process.execPath, ["-e", "0"]).pid!;
const ELEVEN_MINUTES_AGO = new Date(Date.now() - 11 * 60_000);

describe("the crash marker of a run on cached bytecode", () => {
  it.each<[string, (marker: string) => void, CrashMarker, boolean]>([
    ["none there: this run takes it", () => {}, "taken", true],
    ["a live run's (the test runner's parent)", (marker) => symlinkSync(String(process.ppid), marker), "held", true],
    ["a run's that died", (marker) => symlinkSync(String(deadPid), marker), "left", false],
    ["this process's pid, a run's that died before it took the pid", (marker) => symlinkSync(String(process.pid), marker), "left", false],
    ["a live pid's, made long ago: the pid used again", (marker) => {
      symlinkSync(String(process.ppid), marker);
      lutimesSync(marker, ELEVEN_MINUTES_AGO, ELEVEN_MINUTES_AGO);
    }, "left", false],
    ["a link to what is not a pid", (marker) => symlinkSync("../elsewhere", marker), "left", false],
    ["a regular file of its name", (marker) => writeFileSync(marker, String(process.ppid)), "left", false],
  ])("%s", (_what, setup, expected, thereAfter) => {
    const marker = join(scratch, `v8-0123456789abcdef-search-${markers++}.running`);
    setup(marker);
    expect(takeCrashMarker(marker)).toBe(expected);
    expect(isThere(marker)).toBe(thereAfter);
    if (expected === "taken") {
      expect(readlinkSync(marker)).toBe(String(process.pid));
      dropCrashMarker(marker);
      expect(isThere(marker)).toBe(false);
    }
  });

  it("cannot be taken where the folder is not: the run goes on as it would without one", () => {
    expect(takeCrashMarker(join(scratch, "missing", "v8-x-search.running"))).toBe("unavailable");
    mkdirSync(join(scratch, "a-folder.running"));
    expect(takeCrashMarker(join(scratch, "a-folder.running"))).toBe("left");
  });

  it("dropped when already gone is nothing", () => {
    expect(() => dropCrashMarker(join(scratch, "never-taken.running"))).not.toThrow();
  });
});

describe("a crash marker's build, read from its name", () => {
  it.each<[string, string | undefined]>([
    ["v8-0123456789abcdef-search.running", "0123456789abcdef"],
    ["v8-0123456789abcdef-other.running", "0123456789abcdef"],
    // An entry, a temporary file, another program's file: no marker.
    ["v8-0123456789abcdef-search-ethics.cjs.entry", undefined],
    ["v8-0123456789abcdef-search.running.123.tmp", undefined],
    ["v8-XYZ-search.running", undefined],
    ["lib-0123456789abcdef-ab.entry", undefined],
  ])("%s", (name, build) => {
    expect(crashMarkerBuild(name)).toBe(build);
  });
});

/** Whether anything is at `file`, a link to nothing too. */
function isThere(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
