// `ethics --data <a folder wider than the terminal> random`: the command printed to show the
// standard again breaks between words with a backslash (command-line.ts), but the output's last
// fitting cut a word too wide for any line at the margin, after the backslash's line had ended:
// pasted, the shell ran `ethics --data /tmp/…xxxx` alone. Such a word was then left whole, for
// the terminal to fold; it is now broken inside as the shell reads it, as a hint's is, every
// line within the width (adv55-printed-commands-fit.test.ts).
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics, root, withCommandsJoined } from "./run.js";

describe("a command printed to copy, with a word wider than the terminal", () => {
  const folder = join(mkdtempSync(join(tmpdir(), "ethics-long-word-")), "x".repeat(90));
  mkdirSync(folder);
  cpSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), join(folder, "riverside-agency.yaml"));

  it.each([["80"], ["40"]])("COLUMNS=%s: its lines joined are the command, which runs", (columns) => {
    const run = ethics(["--data", folder, "random", "--code", "riverside", "--count", "2", "--seed", "3"], { env: { COLUMNS: columns } });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    for (const line of lines) expect(visibleLength(line), line).toBeLessThanOrEqual(Number(columns));
    const commands: string[] = [];
    for (let at = 0; at < lines.length; at++) {
      if (!lines[at]!.startsWith("ethics ")) continue;
      const from = at;
      while (lines[at]!.endsWith("\\")) at++;
      // Joined as the shell joins them: inside the folder, a backslash and line break are nothing.
      commands.push(withCommandsJoined(lines.slice(from, at + 1).join("\n")));
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
