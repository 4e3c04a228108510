// `ethics search gifts --code --json`: an option whose value was left out takes the next word,
// an option of its own, as its value (as commander, getopt and git read it), and the run failed
// on that word: "no code '--json'", as if a code had been looked for. As clap does, an option
// word in a value's place is a usage error saying what the option needs; a value that really
// starts with a dash is still given as `--code=-x`. So is `--` there (`diff alaska wi --topic --
// gifts` was "too many arguments"): it ends the options, and no name is `--`; the value meant is
// the word after it, and the hint gives the command with it in its place.
import type { Command, Option } from "commander";
import { isCommandName } from "./command-name.js";
import { HELP, VERSION } from "./help-or-version.js";
import { optionOf } from "./program.js";
import { shellWord } from "../core/shell-path.js";

/** Whether `word` (`--json`, `-c`, `--format=md`) is an option of the command or the program. */
function isOptionWord(program: Command, command: Command | undefined, word: string): boolean {
  const flag = word.split("=")[0]!;
  if (HELP.has(flag)) return true;
  // "-V.x", "-hx": commander reads a run of short letters led by help's or the version's, and acts on it.
  if (/^-[^-]./.test(flag) && (HELP.has(flag.slice(0, 2)) || VERSION.has(flag.slice(0, 2)))) return true;
  if (optionOf(program, word) || (command === undefined && VERSION.has(flag))) return true;
  return command !== undefined && optionOf(command, word) !== undefined;
}

/** The option's value as its help writes it: `<code>`. */
function valueName(option: Option): string {
  return /<[^>]+>/.exec(option.flags)?.[0] ?? "a value";
}

/**
 * The first option given an option word for its value, said as a usage error; `args` are the
 * words after the script.
 */
export function optionAsValue(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  let command: Command | undefined;
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--") return undefined;
    if (command === undefined && !word.startsWith("-")) {
      if (!isCommandName(word)) return undefined;
      command = program.commands.find((candidate) => candidate.name() === word);
      continue;
    }
    if (!word.startsWith("-") || word.includes("=")) continue;
    const option = (command && optionOf(command, word)) ?? optionOf(program, word);
    if (!option?.required) continue;
    const next = args[at + 1];
    // Before the command (`--data -- list`), the word after `--` is no value meant: the command's name, likely.
    if (next === "--") return endOfOptionsAsValue(command === undefined ? args.slice(0, at + 2) : args, at, option.long ?? word, valueName(option));
    if (next !== undefined && next.startsWith("-") && isOptionWord(program, command, next)) {
      const name = option.long ?? word;
      return {
        message: `${name} needs ${valueName(option)}, not the option '${next}'`,
        hint: `give the value after ${name} (${name} ${valueName(option)} ${next}); a value that starts with - is written ${name}=-x`,
      };
    }
    at++; // the option's value, whatever it is
  }
  return undefined;
}

/**
 * `--topic -- gifts`, the option at `at` of `args`: `--` taken for its value, said as a usage
 * error whose hint is the command with the word after `--` as the value (written `--topic=-x`
 * where it starts with a dash, and `--` kept before the words after it where one does).
 */
function endOfOptionsAsValue(args: readonly string[], at: number, name: string, value: string): { message: string; hint: string } {
  const message = `${name} needs ${value}, not '--', which ends the options`;
  const meant = args[at + 2];
  if (meant === undefined) return { message, hint: `give the value after ${name} (${name} ${value})` };
  const rest = args.slice(at + 3);
  const words = [
    ...args.slice(0, at),
    ...(meant.startsWith("-") ? [`${name}=${meant}`] : [name, meant]),
    ...(rest.some((word) => word.startsWith("-")) ? ["--"] : []),
    ...rest,
  ];
  return { message, hint: `give the value after ${name}: \`${["ethics", ...words.map(shellWord)].join(" ")}\`` };
}
