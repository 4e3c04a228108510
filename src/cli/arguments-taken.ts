// How many arguments a command takes, as its usage line says it: diff's second is optional to
// commander alone (one argument may hold both codes: commands/diff.ts), and a hint that gave
// `ethics diff alaska` as a command that runs would fail.
import type { Command } from "commander";

/** The fewest and most arguments `command` takes. */
export function argumentsTaken(command: Command): { least: number; most: number } {
  const declared = command.registeredArguments;
  const least = command.usage().match(/<[^>]+>/g)?.length ?? 0;
  const most = declared.some((argument) => argument.variadic) ? Infinity : declared.length;
  return { least, most };
}
