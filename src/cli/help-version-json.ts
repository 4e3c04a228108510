// `ethics --version --json` printed the bare version and `ethics help --json` the help as text,
// where every command's --json promises JSON alone on stdout. The version, which a script
// checking an install asks for, is JSON then: { "version": "0.1.0" }. Help is text to read,
// with no JSON form: asked for with --json it is a usage error whose hint is the help without it.
import type { Command } from "commander";
import { HELP, VERSION } from "./help-or-version.js";
import { takesNextWord } from "./program.js";
import { commandAsTypedWithout } from "./typed-command.js";

/**
 * "version" or "help" where the run asks for one of them with --json; `args`, the words after
 * the script. Of --help and --version main has left the first typed (help-or-version.ts); the
 * `help` command, as commander reads it, gives way to --version. An option's value asks for
 * neither, nor does a word after `--`.
 */
export function jsonAskedOf(program: Command, args: readonly string[]): "help" | "version" | undefined {
  const commands = [...program.commands, program];
  let json = false;
  let help = false;
  let version = false;
  let commandSeen = false;
  for (let at = 0; at < args.length && args[at] !== "--"; at++) {
    const word = args[at]!;
    if (takesNextWord(commands, word)) at++;
    else if (word === "--json") json = true;
    else if (VERSION.has(word)) version = true;
    else if (HELP.has(word)) help = true;
    else if (!word.startsWith("-") && !commandSeen) {
      commandSeen = true;
      help ||= word === "help";
    }
  }
  if (!json) return undefined;
  return version ? "version" : help ? "help" : undefined;
}

/** The version as JSON, as stdout gets it. */
export function versionJson(version: string): string {
  return `${JSON.stringify({ version }, null, 2)}\n`;
}

/** The usage error of help asked for with --json: the hint is the help asked for, without it. */
export function helpHasNoJson(args: readonly string[]): { message: string; hint: string } {
  return { message: "help has no JSON form: it is text to read", hint: `\`${commandAsTypedWithout(args, "--json")}\`; each command's help spells out the JSON its --json prints` };
}
