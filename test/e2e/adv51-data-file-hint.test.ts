// `--data my-codes/riverside.yaml` (a file where a folder belongs) was hinted "try --data
// <folder>" with the option bare, so a long folder wrapped mid-path and could not be copied.
// The hint prints whole commands in backticks, carrying the run's other --data, and the first
// runs as printed; one too wide for a line goes on after a backslash, as a shell reads it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shellPath } from "../../src/core/shell-path.js";
import { ethics, root, runEnvironment, withCommandsJoined } from "./run.js";

const fixtures = join(root, "test/fixtures/user-codes");
const home = mkdtempSync(join(tmpdir(), "ethics-a-folder-name-long-enough-to-wrap-any-hint-"));
const folder = join(home, "my agency codes");
mkdirSync(folder);
const file = join(folder, "my-wi.yaml");
writeFileSync(file, ethics(["export", "--format", "yaml", "--code", "wi", "--id", "my-wi"]).stdout);

describe("--data naming a file: the hint's commands", () => {
  const result = ethics(["--data", fixtures, "--data", file, "list"]);
  const hint = withCommandsJoined(result.stderr.slice(result.stderr.indexOf("hint: ")));
  const commands = [...hint.matchAll(/`([^`]*)`/g)].map((match) => match[1]!);

  it("are whole commands in backticks, carrying the other --data", () => {
    expect(result.code).toBe(1);
    const fixed = `ethics --data ${shellPath(fixtures)} --data ${shellPath(folder)}`;
    expect(commands).toEqual([`${fixed} list`, `${fixed} validate ${shellPath(file)}`]);
    expect(hint).not.toContain("try --data");
    // Each on the lines it takes, never broken as prose is: a line wider than the terminal is a
    // quoted folder no line holds, which the shell would read otherwise if broken inside.
    for (const line of result.stderr.trimEnd().split("\n")) if (line.length > 80) expect(line).toMatch(/^'[^']*'(?: \\|`)?$/);
  });

  it("run as printed", () => {
    for (const command of commands) {
      const run = spawnSync("sh", ["-c", `"$0" "$1" ${command.slice("ethics ".length)}`, process.execPath, join(root, "bin/ethics.cjs")], { env: runEnvironment({}), encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    }
  });
});
