// `ethics alaska help`, `ethics alaska validate`, `ethics alaska completion`: a code typed before
// a command that takes none was read as show's reference, "unknown command 'alaska' … no section
// 'help' in alaska". As `ethics medi-cal show integrity 12` is given back command first, these
// are said to take no code, with the command as it runs without it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The command in a hint, as the words after `ethics`. */
const commandIn = (stderr: string): string[] => /`ethics ([^`]*)`/.exec(stderr)![1]!.split(" ");

describe("a code before a command that takes none", () => {
  it.each<[string[], string]>([
    [["alaska", "help"], "ethics: unknown command 'alaska': help takes no code\nhint: `ethics help` lists the commands\n"],
    [["alaska", "help", "show"], "ethics: unknown command 'alaska': help takes no code\nhint: `ethics help show` shows what it takes, with examples\n"],
    [["alaska", "validate"], "ethics: unknown command 'alaska': validate takes no code\nhint: `ethics help validate` shows what it takes, with examples\n"],
    [["alaska", "validate", "data/alaska.yaml"], "ethics: unknown command 'alaska': validate takes no code\nhint: `ethics validate data/alaska.yaml`\n"],
    [["alaska", "completion"], "ethics: unknown command 'alaska': completion takes no code\nhint: `ethics help completion` shows what it takes, with examples\n"],
    [["alaska", "completion", "bash"], "ethics: unknown command 'alaska': completion takes no code\nhint: `ethics completion bash`\n"],
    [["nc", "wi", "concepts"], "ethics: unknown command 'nc': concepts takes no code\nhint: `ethics concepts`\n"],
    [["north", "carolina", "help"], "ethics: unknown command 'north': help takes no code\nhint: `ethics help` lists the commands\n"],
  ])("ethics %j: the command takes no code, and its hint runs", (words, stderr) => {
    const result = ethics(words);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    const given = ethics(commandIn(result.stderr));
    expect(given.code).toBe(0);
    expect(given.stdout).not.toBe("");
  });

  it("a code's name of several words before a command that takes codes is given back too", () => {
    const result = ethics(["north", "carolina", "show", "12"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: unknown command 'north': the command comes first, then what it is asked\n        of\nhint: `ethics show north-carolina 12`\n");
    expect(result.code).toBe(2);
    expect(ethics(commandIn(result.stderr)).stdout).toMatch(/^North Carolina 12\n/);
  });

  it("words that name no code before it are an unknown command still", () => {
    const result = ethics(["frobnicate", "validate"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: unknown command 'frobnicate'\nhint: `ethics --help` lists the commands and options\n");
    expect(result.code).toBe(2);
  });
});
