// A code file whose name starts with a dash (-rf.yaml, --help.yaml): the commands the messages
// suggested named it bare, so that pasting them failed. `--data -rf.yaml` hinted "ethics
// validate -rf.yaml checks the file alone", which answered "unknown option '-rf.yaml'"; refusing
// output into it hinted "mv new.yaml -rf.yaml", which mv reads as its options. Each is now
// written ./-rf.yaml, which every command reads as a path. And `ethics validate -rf.yaml`
// itself said only "unknown option", with the options' help to look in: it now says how to
// name the file.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, expectShortFailure, root, runEnvironment, unwrapped } from "./run.js";

/** A folder holding the riverside code in a file named `name`. */
function folderWith(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-dash-led-"));
  writeFileSync(join(dir, name), RIVERSIDE_LINES.join("\n"));
  return dir;
}

/** What `pattern` finds in the messages, their lines joined. */
const suggested = (stderr: string, pattern: RegExp) => pattern.exec(unwrapped(stderr))?.[1];

describe("a code file named -rf.yaml", () => {
  it.each(["-rf.yaml", "--help.yaml"])("--data %s: the hint's validate command checks the file", (name) => {
    const dir = folderWith(name);
    const result = ethics(["--data", name, "list"], { cwd: dir });
    expectShortFailure(result, 1, `\`ethics --data ${dir} validate ${join(dir, name)}\` checks the file`);
    const command = suggested(result.stderr, /`ethics ([^`]* validate \S+)` checks the file/)!;
    const checked = ethics(command.split(" "), { cwd: dir });
    expect(checked).toEqual({ stdout: "1 file valid\n", stderr: "", code: 0 });
  });

  it("output into it: the hint moves the new file over it, not an option", () => {
    const dir = folderWith("-rf.yaml");
    const fd = openSync(join(dir, "-rf.yaml"), "a");
    try {
      const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), "validate", "--", "-rf.yaml"], { cwd: dir, env: runEnvironment({}), stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(unwrapped(result.stderr)).toContain("… > new.yaml && mv new.yaml ./-rf.yaml\n");
    } finally {
      closeSync(fd);
    }
  });

  it.each(["-rf.yaml", "--help.yaml"])("validate %s: unknown option, and the hint names it so that validate checks it", (name) => {
    const dir = folderWith(name);
    const result = ethics(["validate", name], { cwd: dir });
    expectShortFailure(result, 2, `ethics: unknown option '${name}'\nhint: to check '${name}', write ./${name} (or put -- before it)\n`);
    for (const named of [[`./${name}`], ["--", name]]) expect(ethics(["validate", ...named], { cwd: dir })).toEqual({ stdout: "1 file valid\n", stderr: "", code: 0 });
  });

  it("an unknown option that names no file: the options' help, as before", () => {
    const result = ethics(["validate", "-rf.yaml"], { cwd: folderWith("other.yaml") });
    expectShortFailure(result, 2, "ethics: unknown option '-rf.yaml'\nhint: `ethics validate --help` lists its options\n");
  });
});
