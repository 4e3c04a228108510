// `ethics --data <a folder wider than the terminal> random`: the command printed to show the
// standard again breaks between words with a backslash (command-line.ts) and leaves a word too
// wide for any line whole, but the output's last fitting cut that word at the margin, after the
// backslash's line had ended: pasted, the shell ran `ethics --data /tmp/…xxxx` alone. A line so
// continued is left to the terminal to fold, as a command in backticks is.
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

describe("a command printed to copy, with a word wider than the terminal", () => {
  const folder = join(mkdtempSync(join(tmpdir(), "ethics-long-word-")), "x".repeat(90));
  mkdirSync(folder);
  cpSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(folder, "riverside-agency.yaml"));

  it.each([["80"], ["40"]])("COLUMNS=%s: its lines joined are the command, which runs", (columns) => {
    const run = ethics(["--data", folder, "random", "--code", "riverside", "--count", "2", "--seed", "3"], { env: { COLUMNS: columns } });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const commands: string[] = [];
    for (let at = 0; at < lines.length; at++) {
      if (!lines[at]!.startsWith("ethics ")) continue;
      let command = lines[at]!;
      while (command.endsWith(" \\")) command = `${command.slice(0, -2)} ${lines[++at]!.trim()}`;
      commands.push(command);
    }
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const words = command.split(" ").slice(1);
      expect(words.slice(0, 2)).toEqual(["--data", folder]);
      const again = ethics(words);
      expect(again.code, command).toBe(0);
      expect(again.stdout).toContain("Riverside");
    }
  });
});
