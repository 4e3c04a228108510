// `ethics today --seed 3` was named back as `ethics random --today --seed 3`, which random
// refuses: --today and --seed both choose the standard. Every command the words for commands
// (command-words.ts) name back runs: each word, with each option its command takes, gives a
// command that is no usage error when pasted; what the command refuses beside the options the
// word adds is left out, and said.
import { describe, expect, it } from "vitest";
import { SAID } from "../../src/cli/command-words.js";
import { buildProgram } from "../../src/cli/program.js";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** Arguments each command runs with. */
const ARGUMENTS: Record<string, string[]> = {
  diff: ["alaska", "wi"],
  search: ["gifts"],
  show: ["alaska", "conduct", "4"],
  list: [],
  topics: [],
  topic: ["gifts"],
  quiz: [],
  validate: ["data/alaska.yaml"],
  random: [],
};

/** A value each option that takes one runs with. */
const VALUES: Record<string, string> = {
  "--code": "alaska",
  "--section": "conduct",
  "--limit": "2",
  "--strength": "prohibits",
  "--only": "added",
  "--topic": "gifts",
  "--count": "2",
  "--seed": "3",
  "--kind": "cloze",
};

const program = buildProgram(["node", "ethics"]);

/** Each word said for a command (the first of its words), with the arguments it runs with and each of the command's options. */
const RUNS = SAID.flatMap(([[word], meant]) => {
  const command = program.commands.find((each) => each.name() === meant.command)!;
  const options = command.options.filter((option) => option.long !== "--help");
  return [[], ...options.map((option) => (option.required ? [option.long!, VALUES[option.long!] ?? `(no value for ${option.long})`] : [option.long!]))].map(
    (option): [string, string[]] => [`${word!} ${option.join(" ")}`.trim(), [word!, ...ARGUMENTS[meant.command]!, ...option]],
  );
});

describe("every command a word for a command names back runs", () => {
  it.each(RUNS)("%s", (_label, args) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const command = /`ethics ([^`]*)`/.exec(unwrapped(result.stderr))?.[1];
    expect(command, result.stderr).toBeDefined();
    const words = command!.match(/'[^']*'|\S+/g)!.map((word) => word.replace(/^'|'$/g, ""));
    const run = ethics(words);
    expect(run.code, `${command}\n${run.stderr}`).not.toBe(2);
  });

  it("says what it left out", () => {
    const said = unwrapped(ethics(["today", "--seed", "3", "--code", "wi"]).stderr);
    expect(said).toContain("hint: `ethics random --today --code wi`, without --seed 3 (--today and --seed both choose the standard)\n");
  });
});
