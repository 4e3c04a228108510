// `ethics --data F export … --id mine > F/mine.yaml`: the shell makes (or empties) F/mine.yaml
// before ethics starts, so the run found an empty file in the folder it reads. It was refused
// ("now empty: a shell's > empties its file"), and the empty file left then warned "skipped …:
// the file is empty" on every later run. The file that is the run's own stdout is the export's
// destination, not a code: left out, unread, and filled. Only a code that was in it, asked for,
// is an error, saying the shell emptied it. What the cache held of the file changes none of it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runEnvironment, type RunResult } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** `command` run by sh, `ethics` the built one, in `dir`, with its own cache or none. */
function sh(command: string, dir: string, cache: string | null): RunResult {
  const env = cache === null ? { ETHICS_NO_CACHE: "1" } : { ETHICS_CACHE_DIR: cache };
  const result = spawnSync("sh", ["-c", `node="$0" bin="$1"\nethics() { "$node" "$bin" "$@"; }\n${command}`, process.execPath, join(root, "bin/ethics.cjs")], { env: runEnvironment({ env }), cwd: dir, encoding: "utf8", timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** A folder F holding the riverside code, in a folder of its own; a cache for it, warm or none. */
function setUp(warm: boolean): { dir: string; cache: string | null } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-export-into-data-"));
  mkdirSync(join(dir, "F"));
  writeFileSync(join(dir, "F/riverside-agency.yaml"), riverside);
  writeFileSync(join(dir, "F/mine.yaml"), riverside.replace(/^id: riverside-agency$/m, "id: mine").replace(/^shortName: .*$/m, "shortName: Mine").replace(/^title: .*$/m, "title: Mine").replace(/^aliases: .*$/m, "aliases: []"));
  if (!warm) return { dir, cache: null };
  const cache = mkdtempSync(join(tmpdir(), "ethics-export-into-data-cache-"));
  // Every file of the folder read, and what each holds stored: mine.yaml's code among them.
  expect(sh("ethics --data F list mine >/dev/null && ethics --data F search gifts >/dev/null", dir, cache).code).toBe(0);
  return { dir, cache };
}

describe.each([
  ["no cache", false],
  ["a warm cache", true],
])("export into a file of the folder read (%s)", (_, warm) => {
  it("> a new file: the export fills it, and later runs load it without a word", () => {
    const { dir, cache } = setUp(warm);
    const result = sh("ethics --data F export --code alaska --format yaml --id my-alaska > F/my-alaska.yaml", dir, cache);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "F/my-alaska.yaml"), "utf8")).toMatch(/^# Exported by ethics from the code 'alaska'\.\nid: my-alaska\n/);
    const shown = sh("ethics --data F show my-alaska conflicts 3", dir, cache);
    expect(shown.stderr).toBe("");
    expect(shown.stdout).toMatch(/^Alaska \(my-alaska\) · Conflicts of Interest 3\n/);
    expect(sh("ethics validate F", dir, cache).stdout).toBe("3 files valid\n");
  });

  it("> a code file not asked for: written over with the export, as the shell was told", () => {
    const { dir, cache } = setUp(warm);
    const result = sh("ethics --data F export alaska --format yaml --id mine > F/mine.yaml", dir, cache);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(sh("ethics --data F list mine", dir, cache).stdout).toMatch(/^Code of Ethics for Alaska Peer Support Professionals \(mine\)\n/);
  });

  it("> the file of the code asked for: an error saying the shell emptied it first", () => {
    const { dir, cache } = setUp(warm);
    const result = sh("ethics --data F export mine --format yaml --id mine-two > F/mine.yaml", dir, cache);
    expect(result.code).toBe(1);
    const said = result.stderr.replace(/\s+/g, " ");
    expect(said).toBe(
      `ethics: no code 'mine': the output file ${dir}/F/mine.yaml is a code file ethics reads, and the shell emptied it before ethics could read it (a shell's > empties its file before the command starts) hint: write to a file outside the folder, then move it over: … > new.yaml && mv new.yaml ${dir}/F/mine.yaml `,
    );
    expect(readFileSync(join(dir, "F/mine.yaml"), "utf8")).toBe("");
  });

  it("> without --id: refused, since the copy would clash with its original on every later run", () => {
    const { dir, cache } = setUp(warm);
    const result = sh("ethics --data F export alaska --format yaml > F/copy.yaml", dir, cache);
    expect(result.code).toBe(1);
    expect(result.stderr.replace(/\s+/g, " ")).toBe(
      `ethics: the output file ${dir}/F/copy.yaml is in a folder ethics reads, where a copy of alaska under its id would clash with alaska on every later run hint: give the copy an id of its own: --id copy `,
    );
    expect(readFileSync(join(dir, "F/copy.yaml"), "utf8")).toBe("");
    // The hint's way works.
    expect(sh("ethics --data F export alaska --format yaml --id copy > F/copy.yaml && ethics --data F list copy >/dev/null", dir, cache)).toMatchObject({ code: 0, stderr: "" });
  });

  it("> with a slip of another code's name: the slip is said, as anywhere", () => {
    const { dir, cache } = setUp(warm);
    const result = sh("ethics --data F export alaksa --format yaml --id x > F/x.yaml", dir, cache);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no code 'alaksa' — did you mean alaska?");
  });

  it("> from a command whose output is no code file: refused, as before", () => {
    const { dir, cache } = setUp(warm);
    for (const command of ["ethics --data F list > F/list.yaml", "ethics --data F export alaska --format md > F/alaska.yaml", "ethics --data F export ak wi --format yaml > F/two.yaml"]) {
      const result = sh(command, dir, cache);
      expect(result.code).toBe(1);
      expect(result.stderr.replace(/\s+/g, " ")).toContain("is a code file ethics reads: ");
      expect(result.stderr).toContain("(now");
    }
  });
});
