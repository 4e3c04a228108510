// random, quiz and topics take no arguments: their codes go in --code alone. Commander refused
// `random --code wi and nc` as "too many arguments" with the hint `ethics random`, the codes
// typed dropped. As search does (joined-after-option.ts), codes joined after --code's value are
// a usage error whose hint is the command with them in --code's list. Not taken as both codes,
// as export and topic take them: those read codes among their arguments (`export wi and nc`),
// these read none, and a word after an option that takes one value is no value of it.
import type { Command } from "commander";
import type { Library } from "../model.js";
import { codesJoinedAfterOption } from "./joined-after-option.js";

/**
 * Refuses the arguments of `command`, which takes none (it allows them, so that this is asked
 * with the library read): codes joined after --code are said so, anything else is commander's
 * own "too many arguments", as it was.
 */
export function refuseArguments(command: Command, library: Library): void {
  if (command.args.length === 0) return;
  const joined = codesJoinedAfterOption(library, process.argv.slice(2), `: ${command.name()} takes no arguments, and --code one value`);
  if (joined !== undefined) throw joined;
  command.error(`error: too many arguments for '${command.name()}'. Expected 0 arguments but got ${command.args.length}.`, { code: "commander.excessArguments", exitCode: 2 });
}
