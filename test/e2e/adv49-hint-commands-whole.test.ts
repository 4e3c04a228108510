// A hint's command carries each --data folder (adv48-data-in-hints.test.ts), and a long one made
// the hint wider than the terminal: it was wrapped as prose is, mid-command ("`ethics --data" at
// a line's end, the folder on the next), and the folder, longer than a line, was cut in the
// middle ("/tmp/…/codes"). Neither pasted ran. A command in backticks is now kept whole, on a
// line of its own where it must be; so are those of the notes under `topics` and `concepts` on
// stdout. One that no line holds went on a line wider than the terminal: it now goes on over
// lines after a backslash, as a shell reads it (render/command-line.ts), within the width; a
// quoted folder no line holds is broken by closing its quote and opening another ('…'\⏎'…').
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shellPath } from "../../src/core/shell-path.js";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics, root, runEnvironment, STACK_TRACE, withCommandsJoined } from "./run.js";

/** A folder of a long name the shell must have quoted (a space), 90 columns or so in all. */
const folder = join(mkdtempSync(join(tmpdir(), "ethics-hint-commands-")), "the peer support codes our agency keeps");
mkdirSync(folder);

/** Runs a command as printed in sh, `ethics` being this build. */
function pasted(command: string): { stdout: string; code: number } {
  const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
  const result = spawnSync("sh", ["-c", `${ethicsHere}\n${command}`], { env: runEnvironment({}), cwd: tmpdir(), encoding: "utf8" });
  return { stdout: result.stdout, code: result.status ?? -1 };
}

/** The commands in backticks on the lines of `text`, each as it stands on one line. */
const commandsOn = (text: string) => text.split("\n").flatMap((line) => [...line.matchAll(/`(ethics[^`]*)`/g)].map((match) => match[1]!));

describe("a hint's command with a long --data folder", () => {
  const start = `ethics --data ${shellPath(folder)}`;
  it.each([
    [["shwo"], 2, [`${start} --help`], "Usage: ethics"],
    [["topic", "no-such-theme"], 1, [`${start} topics`, `${start} concepts`], "gifts"],
    // Hints that printed their command bare, as prose, until the fiftieth session: broken
    // mid-command and the folder cut in the middle ("/tmp/…agency keeps").
    [["--json", "list"], 2, [`${start} list --json`], '"id": "alaska"'],
    [["export", "--json", "--format", "md"], 2, [`${start} export --format md`], "# Code of Ethics for Alaska"],
    [["list", "--jsn"], 2, [`${start} list --help`], "Usage: ethics list"],
    [["search", ""], 2, [`${start} search "a gift from a peer"`], "Alaska · Conflicts of Interest 3"],
  ])("%j: each command whole, and each runs as printed", (args, exitCode, commands, shows) => {
    expect(start.length).toBeGreaterThan(80);
    for (const width of [40, 60, 80, 100]) {
      const result = ethics(["--data", folder, ...args], { env: { COLUMNS: String(width) } });
      expect(result.code).toBe(exitCode);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(commandsOn(withCommandsJoined(result.stderr)), `COLUMNS=${width}`).toEqual(commands);
      // Every line fits, a quoted folder no line holds too: broken by closing its quote and opening another.
      for (const line of result.stderr.trimEnd().split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
    }
    for (const command of commands) {
      const run = pasted(command);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toContain(shows);
    }
  });

  it("a hint's command broken inside its quoted folder runs pasted as printed, line breaks and all", () => {
    for (const width of [40, 60]) {
      const { stderr } = ethics(["--data", folder, "list", "--jsn"], { env: { COLUMNS: String(width) } });
      const from = stderr.indexOf("`") + 1;
      const printed = stderr.slice(from, stderr.indexOf("`", from));
      expect(printed, `COLUMNS=${width}`).toMatch(/'\\\n'/);
      const run = pasted(printed);
      expect([run.code, run.stdout.includes("Usage: ethics list")], printed).toEqual([0, true]);
    }
  });

  it.each([
    [["topics"], [`${start} topic <id>`]],
    [["concepts"], [`${start} topic <concept>`, `${start} concepts <concept>`]],
    [["concepts", "accepting-gifts"], [`${start} topic accepting-gifts`]],
  ])("%j: the notes' commands on stdout are whole too", (args, commands) => {
    for (const width of [40, 80]) {
      const result = ethics(["--data", folder, ...args], { env: { COLUMNS: String(width) } });
      expect(result.code).toBe(0);
      expect(commandsOn(result.stdout), `COLUMNS=${width}`).toEqual(commands);
    }
  });
});

describe("a hint's command with a --data folder wider than a line", () => {
  // A plain folder (no quotes) of some 120 columns: `ethics --data <it> topic gifts` and the like
  // went on one line of 150 columns. Broken after a backslash, and inside the folder where no
  // line holds it (its next line at the margin, as the shell reads the word going on).
  const long = join(mkdtempSync(join(tmpdir(), "ethics-a-very-long-folder-name-")), "a-very-long-folder-name-".repeat(3), "my-codes-for-peer-support");
  mkdirSync(long, { recursive: true });
  const start = `ethics --data ${long}`;

  it.each([
    [["topic"], 2, [`${start} topic gifts`, `${start} help topic`]],
    [["topic", "giftz"], 1, [`${start} topics`, `${start} concepts`]],
    [["diff", "alaska"], 2, [`${start} diff alaska medi-cal`, `${start} help diff`]],
    [["search", "giftzz"], 1, [`${start} topics`]],
    [["find", "gifts"], 2, [`${start} search gifts`]],
  ])("%j: every line within 80 columns, and each command runs as printed", (args, exitCode, commands) => {
    expect(start.length).toBeGreaterThan(120);
    const result = ethics(["--data", long, ...args], { env: { COLUMNS: "80" } });
    expect(result.code).toBe(exitCode);
    for (const line of result.stderr.trimEnd().split("\n")) expect(visibleLength(line), line).toBeLessThanOrEqual(80);
    expect(commandsOn(withCommandsJoined(result.stderr))).toEqual(commands);
    // Pasted as printed, over its lines: the lines from the one its backtick opens on.
    const printed = [...result.stderr.matchAll(/`(ethics[^`]*)`/g)].map((match) => match[1]!);
    for (const command of printed) expect(command).toMatch(/\\\n/);
    for (const command of printed) expect(pasted(command).code, command).toBe(0);
  });
});
