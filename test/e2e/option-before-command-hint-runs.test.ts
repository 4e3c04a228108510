// `ethics alaska --json validate` hinted `ethics validate --json`, which cannot run: validate
// needs a path. The hint moves the options after the command as typed, words and all (`alaska
// --json list` was told `ethics list --json`, every code, not Alaska), and where that would
// not run, it names the command's help, which shows what it takes.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const commandIn = (stderr: string): string[] => /`ethics ([^`]*)`/.exec(unwrapped(stderr))![1]!.split(" ");

describe("an option of the command typed before it", () => {
  it.each<[string[], string]>([
    [["alaska", "--json", "validate"], "ethics: unknown option '--json' before the command\nhint: options of validate go after it; `ethics help validate` shows what it takes, with examples\n"],
    [["--json", "validate"], "ethics: unknown option '--json' before the command\nhint: options of validate go after it; `ethics help validate` shows what it takes, with examples\n"],
    [["--json", "validate", "data/alaska.yaml"], "ethics: unknown option '--json' before the command\nhint: options of validate go after it: `ethics validate data/alaska.yaml --json`\n"],
    [["alaska", "--json", "list"], "ethics: unknown option '--json' before the command\nhint: options of list go after it: `ethics list alaska --json`\n"],
    [["--json", "show", "alaska", "conduct", "3"], "ethics: unknown option '--json' before the command\nhint: options of show go after it: `ethics show alaska conduct 3 --json`\n"],
    [["-c", "ak", "search", "gifts"], "ethics: unknown option '-c' before the command\nhint: options of search go after it: `ethics search gifts -c ak`\n"],
    // Short options run together, as commander reads them (`-cak` is --code ak): it was "unknown option '-cak'".
    [["-cak", "search", "gifts"], "ethics: unknown option '-cak' before the command\nhint: options of search go after it: `ethics search gifts -cak`\n"],
  ])("ethics %j: the hint's command runs", (args, stderr) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(stderr);
    expect(result.code).toBe(2);
    const hinted = ethics(commandIn(result.stderr));
    expect(hinted.stderr).toBe("");
    expect(hinted.code).toBe(0);
    expect(hinted.stdout).not.toBe("");
  });

  it("letters that take no value run into one that takes the next word: both moved", () => {
    const result = ethics(["-rc", "ak", "quiz"]);
    expect(unwrapped(result.stderr)).toBe("ethics: unknown option '-rc' before the command\nhint: options of quiz go after it: `ethics quiz -rc ak`\n");
    expect(result.code).toBe(2);
  });

  it("the command moved does what was asked", () => {
    const hinted = ethics(commandIn(ethics(["alaska", "--json", "list"]).stderr));
    expect(hinted.stdout).toBe(ethics(["list", "alaska", "--json"]).stdout);
  });
});
