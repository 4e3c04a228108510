// random's last line and the quiz's commands (the standards to review, `quiz --review`) are
// printed to be pasted. With a --data folder wider than a line, the folder was left whole on a
// line of its own, wider than the terminal, where hints had broken such a word inside, as the
// shell reads it (render/command-line.ts): they now break the same way, every line within the
// width, and pasted into sh, line breaks and all, each command still runs.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shellPath } from "../../src/core/shell-path.js";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics, root, runEnvironment, withCommandsJoined } from "./run.js";
import { ETHICS_COMMAND, onTerminal } from "./terminal-run.js";

/** A folder of the Riverside code named `name`, inside a new temporary folder. */
function folderNamed(name: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), "ethics-printed-commands-fit-")), name);
  mkdirSync(folder);
  cpSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(folder, "riverside-agency.yaml"));
  return folder;
}

// One the shell must have quoted (spaces), one with an apostrophe too (written escaped between
// quoted pieces), and a bare one: each wider than 80 columns.
const FOLDERS: [string, string][] = [
  ["quoted", folderNamed("the peer support codes of ethics our agency keeps for its peer workers")],
  ["apostrophe's", folderNamed("the peer support codes of ethics our agency's workers keep for themselves")],
  ["bare", folderNamed("x".repeat(90))],
];

/** Runs the lines of a command as printed in sh, `ethics` being this build. */
function pasted(lines: string): { stdout: string; stderr: string; code: number } {
  const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
  const result = spawnSync("sh", ["-c", `${ethicsHere}\n${lines}`], { env: runEnvironment({}), cwd: tmpdir(), encoding: "utf8" });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** The commands among `lines`: each from its line starting "ethics" through those it goes on to after a backslash. */
function commandsIn(lines: readonly string[]): string[] {
  const commands: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (!/^ *ethics /.test(lines[at]!)) continue;
    const from = at;
    while (lines[at]!.endsWith("\\")) at++;
    commands.push(lines.slice(from, at + 1).join("\n"));
  }
  return commands;
}

const fitsIn = (text: string, width: number) => {
  for (const line of text.trimEnd().split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
};

describe.each(FOLDERS)("a %s --data folder wider than a line", (_what, folder) => {
  const start = `ethics --data ${shellPath(folder)}`;

  it.each([80, 40])("random at %i columns: every line fits, and its last lines pasted show the standard", (width) => {
    expect(start.length).toBeGreaterThan(80);
    const run = ethics(["--data", folder, "random", "--code", "riverside", "--seed", "3"], { env: { COLUMNS: String(width) } });
    expect(run.code).toBe(0);
    fitsIn(run.stdout, width);
    const [command] = commandsIn(run.stdout.trimEnd().split("\n"));
    expect(withCommandsJoined(command!)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} show riverside-agency \\S+ \\d+$`));
    const shown = pasted(command!);
    expect([shown.code, shown.stderr]).toEqual([0, ""]);
    // The standard shown at the top of random's output, shown again.
    expect(shown.stdout.split("\n")[0]).toBe(run.stdout.split("\n")[0]);
  });

  it("the quiz's commands to review: every line fits, and each pasted runs", () => {
    const run = ethics(["--data", folder, "quiz", "--code", "riverside", "--count", "3", "--seed", "2"], { input: "z\nz\nz\n", env: { COLUMNS: "80" } });
    expect(run.code).toBe(0);
    fitsIn(run.stdout, 80);
    const review = run.stdout.slice(run.stdout.indexOf("To review the standards you missed:")).split("\n");
    const commands = commandsIn(review);
    // Of one code's three standards, two make questions: "which code says this?" of one code's
    // standards alone is not asked (every answer would be Riverside).
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      expect(withCommandsJoined(command).trim().startsWith(`${start} show riverside-agency `)).toBe(true);
      const shown = pasted(command);
      expect([shown.code, shown.stderr], command).toEqual([0, ""]);
      expect(shown.stdout).toMatch(/^Riverside · /);
    }
  });

  it("at a terminal, the command that asks about the missed standards again fits too", () => {
    const state = mkdtempSync(join(tmpdir(), "ethics-printed-commands-fit-state-"));
    const quiz = ["quiz", "--code", "riverside", "--count", "2", "--seed", "2"];
    // A choice, but the wrong one: at a terminal an answer that is none is asked again.
    const { questions } = JSON.parse(ethics(["--data", folder, ...quiz, "--json"]).stdout) as { questions: { answer: number }[] };
    const wrong = questions.map(({ answer }) => "abcd"[(answer + 1) % 4]);
    const screen = onTerminal(`${ETHICS_COMMAND} --data ${shellPath(folder)} ${quiz.join(" ")}`, {
      size: { columns: 80, rows: 50 },
      input: [...wrong, "n"].join("\n") + "\n",
      env: { NO_COLOR: "1", ETHICS_STATE_DIR: state },
    });
    const kept = screen.slice(screen.indexOf("To be asked about them again:")).split("\n").slice(1);
    const [command] = commandsIn(kept);
    expect(withCommandsJoined(command!).trim()).toBe(`${start} quiz --review`);
    fitsIn(command!, 80);
  });
});
