// A --data folder whose name holds a newline, ESC or a zero width space was printed in the
// commands to paste as '…/my␊codes', drawn as the output draws it, which names a folder that is
// not there (and a hint from a commander error printed the newline itself, a line of its own).
// Such a word is written in ANSI-C quotes, $'…/my\ncodes', which bash and zsh read back as the
// name. Each printed command here runs pasted into bash, and the lines are fitted to 80 columns
// as it is printed, escapes and all: only a command no line can hold is alone on a wider one.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, runEnvironment, STACK_TRACE, unwrapped } from "./run.js";
import { linesWiderThan } from "./terminal-run.js";

/** A folder with the Riverside code in it, named `name`, in a short temporary folder. */
function folderNamed(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "e-")), name);
  mkdirSync(dir);
  cpSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(dir, "riverside-agency.yaml"));
  return dir;
}

/** A command as printed, run in bash, `ethics` being this build. */
function pasted(command: string): number {
  const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
  return spawnSync("bash", ["-c", `${ethicsHere}\n${command}`], { env: runEnvironment({}), cwd: tmpdir(), encoding: "utf8" }).status ?? -1;
}

/** The commands in backticks a hint gives. */
const commandsIn = (said: string): string[] => [...said.matchAll(/`(ethics [^`]*)`/g)].map((match) => match[1]!);

describe.each([
  ["a newline", "my\ncodes", "$'", "\\n"],
  ["ESC", "my\x1b[1mcodes", "$'", "\\e[1m"],
  ["a zero width space", "my\u200bcodes", "$'", "\\342\\200\\213"],
])("a --data folder named with %s", (_what, name, opens, escape) => {
  const dir = folderNamed(name);

  it.each([
    [["list", "--code", "riverside"]],
    [["compare", "riverside", "alaska"]],
    [["show", "riverside", "2"]],
    [["search", "zzzxq", "--code", "riverside"]],
  ])("%j: the hint's command names it, and runs pasted", (args) => {
    const result = ethics(["--data", dir, ...args]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(linesWiderThan(result.stderr, 80).filter((line) => !/^ *`ethics [^`]*`$/.test(line))).toEqual([]);
    const commands = commandsIn(unwrapped(result.stderr));
    expect(commands.length, result.stderr).toBeGreaterThan(0);
    for (const command of commands) {
      expect(command).toContain(`--data ${opens}`);
      expect(command).toContain(escape);
      expect(pasted(command), command).toBe(0);
    }
  });

  it("random's last line names it, and runs pasted", () => {
    const result = ethics(["--data", dir, "random", "--code", "riverside", "--seed", "1"]);
    expect(result.code).toBe(0);
    const command = result.stdout.trimEnd().split("\n").at(-1)!;
    expect(command).toContain(escape);
    expect(pasted(command), command).toBe(0);
  });
});
