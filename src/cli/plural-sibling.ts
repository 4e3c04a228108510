// `ethics topics gifts`: the crosswalk takes no topic, the command one letter apart does, and
// "too many arguments" with the hint `ethics topics` dropped the topic. Where a command is
// given more arguments than it takes and the command named as its singular or plural takes
// them, with the options typed, that command is suggested with the same words.
import type { Command } from "commander";
import { COMMAND_NAMES, isCommandName, type CommandName } from "./command-name.js";
import { commandFor, optionIn } from "./program.js";
import { commandAsTyped } from "./typed-command.js";
import { argumentsTaken } from "./arguments-taken.js";

/** The command whose name is `name` with a final "s" added or taken off, if there is one. */
export function pluralSibling(name: string, names: readonly string[] = COMMAND_NAMES): string | undefined {
  return names.find((other) => other === `${name}s` || `${other}s` === name);
}

/** Whether `command` takes `count` arguments. */
function takesCount(command: Command, count: number): boolean {
  const { least, most } = argumentsTaken(command);
  return count >= least && count <= most;
}

/**
 * The sibling of `command` (pluralSibling) that takes the arguments it was given and every
 * option typed after it, and the command typed with its name; `typed`, the words after the script.
 */
export function siblingTakingArguments(command: Command, typed: readonly string[]): { name: string; hint: string } | undefined {
  const name = pluralSibling(command.name());
  const at = typed.indexOf(command.name());
  if (name === undefined || !isCommandName(name) || at < 0) return undefined;
  const sibling = commandFor(name as CommandName);
  if (takesCount(command, command.args.length) || !takesCount(sibling, command.args.length)) return undefined;
  const after = typed.slice(at + 1);
  const end = after.includes("--") ? after.indexOf("--") : after.length;
  const parents = command.parent ? [command.parent] : [];
  const options = after.slice(0, end).filter((word) => word.startsWith("-") && word !== "-");
  if (!options.every((word) => optionIn([sibling, ...parents], word) !== undefined)) return undefined;
  return { name, hint: `\`${commandAsTyped([...typed.slice(0, at), name, ...after])}\`` };
}
