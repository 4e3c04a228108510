// Commands printed that name no code left out --data: with `--data DIR`, "`ethics topics` lists
// the topics", "ethics list shows the codes", "options of list go after it: ethics list --json"
// and the like listed or searched the built-in codes alone when pasted, the user's not among
// them. Every such command now starts as the run did, each --data folder quoted for the shell,
// help's among them (the start of the next command). Each is run here pasted, as a shell runs it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shellPath } from "../../src/core/shell-path.js";
import { ethics, root, runEnvironment, STACK_TRACE, unwrapped } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A folder holding the Riverside code, named `name` inside a new temporary folder. */
function folderNamed(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "ethics-data-in-hints-")), name);
  mkdirSync(dir);
  writeFileSync(join(dir, "riverside-agency.yaml"), riverside);
  return dir;
}

/** Runs a command as printed in sh, `ethics` being this build. */
function pasted(command: string, env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string; code: number } {
  const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
  const result = spawnSync("sh", ["-c", `${ethicsHere}\n${command}`], { env: runEnvironment({ env }), cwd: tmpdir(), encoding: "utf8" });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

const plain = folderNamed("codes");
// A name the shell must have quoted: a space and an apostrophe.
const quoted = folderNamed("peer support's codes");

// [the words after `--data DIR`, what the hint says with START for the command's start, the
// command in it to paste (START …), what the pasted command's output shows of the user's code]
const HINTS: [string[], string, string, string][] = [
  [["topic", "no-such-theme"], "hint: `START topics` lists the topics, `START concepts` the concepts", "START topics", "riverside"],
  [["search", "zzqqxx"], "hint: try other words, or `START topics` for the themes", "START topics", "riverside"],
  [["--json", "list"], "hint: options of list go after it: `START list --json`", "START list --json", '"id": "riverside-agency"'],
  [["—json", "list"], "and those of list go after it: `START list --json`", "START list --json", '"id": "riverside-agency"'],
  [["show", "no-such-code", "1"], "hint: `START list` shows the codes", "START list", "riverside-agency"],
  [["search", "gifts", "--code", ","], "hint: e.g. --code alaska,medi-cal; `START list` names every code", "START list", "riverside-agency"],
  // Help reads no codes, but the line copied is the start of the next command.
  [["serch", "gifts"], "hint: `START --help` lists the commands and options", "START --help", "Usage: ethics"],
  [["list", "--jsn"], "hint: `START list --help` lists its options", "START list --help", "Usage: ethics list"],
  [["search", ""], 'e.g. `START search "a gift from a peer"`', 'START search "a gift from a peer" --code riverside', "Riverside"],
  [["search"], "hint: e.g. `START search gifts`; more examples:", "START search gifts --code riverside", "Riverside"],
  [["export", "--json", "--format", "md"], "hint: give one: `START export --format md`", "START export --format md --code riverside", "Riverside"],
];

describe("hints naming no code, with --data", () => {
  it.each([
    ["a plain folder", plain],
    ["a folder the shell must have quoted", quoted],
  ])("%s: each carries --data, and runs as printed", (_what, dir) => {
    const start = `ethics --data ${shellPath(dir)}`;
    for (const [args, hint, command, shows] of HINTS) {
      const result = ethics(["--data", dir, ...args]);
      expect(result.code, args.join(" ")).not.toBe(0);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(unwrapped(result.stderr), args.join(" ")).toContain(hint.replaceAll("START", start));
      const run = pasted(command.replaceAll("START", start));
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toContain(shows);
    }
  });

  it("without --data the hints are as they were", () => {
    expect(unwrapped(ethics(["topic", "no-such-theme"]).stderr)).toContain("hint: `ethics topics` lists the topics, `ethics concepts` the concepts");
    expect(unwrapped(ethics(["search", "zzqqxx"]).stderr)).toContain("hint: try other words, or `ethics topics` for the themes");
  });

  it("ETHICS_DATA: no --data, the variable being set where the command is pasted", () => {
    const result = ethics(["show", "no-such-code", "1"], { env: { ETHICS_DATA: plain } });
    expect(unwrapped(result.stderr)).toContain("hint: `ethics list` shows the codes");
  });

  it("--data after the command: carried the same", () => {
    const result = ethics(["search", "zzqqxx", "--data", plain]);
    expect(unwrapped(result.stderr)).toContain(`or \`ethics --data ${plain} topics\` for the themes`);
  });
});

describe("a hint naming a --data code", () => {
  it("no value statements: the example and the list carry --data, and run as printed", () => {
    // Riverside without its value statements, in sections (list) and in one (show … 1).
    const withoutValues = riverside.replace(/^values:\n(?: {2}- .*\n)+/m, "");
    const dir = folderNamed("no values");
    writeFileSync(join(dir, "riverside-agency.yaml"), withoutValues);
    const start = `ethics --data ${shellPath(dir)}`;
    const result = ethics(["--data", dir, "show", "riverside", "values"]);
    expect(unwrapped(result.stderr)).toContain(`hint: \`${start} list riverside-agency\` shows them`);
    expect(pasted(`${start} list riverside-agency`).code).toBe(0);
  });
});

describe("next-step lines of output, with --data", () => {
  it.each([
    [["concepts", "hug"], "`START topic physical-contact` shows what each code says on it."],
    [["concepts"], "`START topic <concept>` shows what each code says on one,\n`START concepts <concept>` its entry terms and questions."],
    [["topics"], "`START topic <id>` shows them."],
  ])("%j: the command carries --data", (args, line) => {
    const result = ethics(["--data", quoted, ...args]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(line.replaceAll("START", `ethics --data ${shellPath(quoted)}`));
  });

  it("the concept card's command runs as printed", () => {
    const command = /`(ethics --data .* topic physical-contact)`/.exec(ethics(["--data", quoted, "concepts", "hug"]).stdout)![1]!;
    const run = pasted(command);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Riverside");
  });
});
