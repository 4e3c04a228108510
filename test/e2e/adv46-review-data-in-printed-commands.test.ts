// Printed `ethics show …` and `ethics list …` commands left out --data, so that for a user's code
// loaded with `--data DIR` they failed as printed: `random`'s last line "ethics show odd-code 2",
// the quiz's "To review…" commands, hints such as "see ethics list odd-code" all said "no code
// 'odd-code'" when pasted. A command naming a code from a --data folder now carries that --data,
// quoted for the shell; one from ETHICS_DATA needs nothing (the variable is still set), nor does
// a built-in code's. Each printed command is run here as a shell runs it, pasted.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, runEnvironment, unwrapped } from "./run.js";

const ODD = [
  "id: odd-code",
  "title: Odd Peer Code",
  "shortName: Odd",
  "jurisdiction: Nowhere",
  "source: { document: Odd Peer Code }",
  "sections:",
  "  - id: boundaries",
  "    title: Boundaries",
  "    standards:",
  "      - number: 1",
  "        text: Will not accept gifts of more than token value from people they support.",
  "      - number: 2",
  "        text: Will not lend or borrow money from people they support.",
  "      - number: 3",
  "        text: Keep records private and confidential.",
  "",
].join("\n");
const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A folder of the two codes: Odd (one section) and Riverside (several). */
function folder(name = ""): string {
  let dir = mkdtempSync(join(tmpdir(), "ethics-printed-commands-"));
  if (name !== "") mkdirSync((dir = join(dir, name)));
  writeFileSync(join(dir, "odd.yaml"), ODD);
  writeFileSync(join(dir, "riverside-agency.yaml"), riverside);
  return dir;
}

const plain = folder();
// A name the shell must have quoted: a space, an apostrophe, a dollar sign.
const odd = folder("peer support's $HOME codes");

/** Runs a command as printed (lines continued with a backslash too) in sh, `ethics` being this build. */
function pasted(command: string, env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; code: number } {
  const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
  const result = spawnSync("sh", ["-c", `${ethicsHere}\n${command}`], { env: runEnvironment({ env }), cwd: tmpdir(), encoding: "utf8" });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** random's last line (or lines, continued with a backslash): the command that shows the standard again. */
function lastCommand(stdout: string): string {
  const lines = stdout.trimEnd().split("\n");
  let start = lines.length - 1;
  while (start > 0 && lines[start - 1]!.endsWith(" \\")) start--;
  return lines.slice(start).join("\n");
}

describe("commands printed for a --data folder's codes", () => {
  it.each([["a plain folder", plain], ["a folder the shell must have quoted", odd]])("random, %s: the command carries --data, and runs as printed", (_what, dir) => {
    const result = ethics(["--data", dir, "random", "--code", "odd", "--seed", "1"]);
    expect(result.stderr).toBe("");
    const command = lastCommand(result.stdout);
    expect(command).toMatch(/^ethics --data \S.* show odd-code \d$/);
    const shown = pasted(command);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(result.stdout.split("\n")[1]!.trim());
  });

  it("random on an 80-column terminal: a long command goes on after a backslash, and runs as printed", () => {
    // A path narrower than a line, in a command wider than one.
    const long = folder("peer support codes");
    const result = ethics(["--data", long, "random", "--code", "riverside", "--seed", "1"], { env: { COLUMNS: "80" } });
    const command = lastCommand(result.stdout);
    expect(command.split("\n").length).toBeGreaterThan(1);
    for (const line of command.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    const shown = pasted(command);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Riverside · /);
  });

  it("quiz: each command to review carries --data, and runs as printed", () => {
    const result = ethics(["--data", odd, "quiz", "--code", "odd,riverside", "--count", "4", "--seed", "2"], { input: "z\nz\nz\nz\n" });
    const review = result.stdout.slice(result.stdout.indexOf("To review the standards you missed:"));
    // Each command from its "  ethics" line through the lines it goes on to after a backslash.
    const commands = review
      .split(/\n(?= {2}ethics)/)
      .slice(1)
      .map((command) => command.slice(0, command.search(/[^\\]\n|$/) + 1).trim());
    expect(commands.length).toBeGreaterThan(1);
    for (const command of commands) {
      expect(command.replace(/ \\\n +/g, " ")).toMatch(/^ethics --data '.*' show (odd-code|riverside-agency) /);
      const shown = pasted(command);
      expect(shown.stderr).toBe("");
      expect(shown.code).toBe(0);
    }
  });

  it.each([
    [["show", "odd-code", "x"], "e.g. `ethics --data DIR show odd-code 1`"],
    [["show", "riverside", "2"], "e.g. `ethics --data DIR show riverside-agency boundaries 2`"],
    [["show", "riverside", "9"], "the highest is boundaries 2: see `ethics --data DIR list riverside-agency`"],
    [["show", "boundaries", "2", "odd"], "the code comes first: `ethics --data DIR show odd-code 2`"],
    [["search", "odd-code"], "'odd-code' names a code: `ethics --data DIR show odd-code` prints it whole; to search it, e.g. `ethics --data DIR search gifts --code odd-code`"],
  ])("the hint of %j carries --data", (args, hint) => {
    const result = ethics(["--data", plain, ...args]);
    expect(unwrapped(result.stderr)).toContain(`hint: ${hint.replaceAll("DIR", plain)}`);
    const command = /`(ethics --data \S+ (?:show|list) [^`]*)`/.exec(hint.replaceAll("DIR", plain))![1]!;
    expect(pasted(command).code).toBe(0);
  });

  it("ETHICS_DATA: the command needs no --data, the variable being set where it is pasted", () => {
    const result = ethics(["random", "--code", "odd", "--seed", "1"], { env: { ETHICS_DATA: plain } });
    const command = lastCommand(result.stdout);
    expect(command).toMatch(/^ethics show odd-code \d$/);
    expect(pasted(command, { ETHICS_DATA: plain }).code).toBe(0);
  });

  it("a built-in code, with a --data folder loaded: no --data", () => {
    const result = ethics(["--data", plain, "random", "--code", "ak", "--seed", "1"]);
    expect(lastCommand(result.stdout)).toMatch(/^ethics show alaska /);
  });
});
