// `ethics search gifts -code wi`: a long option typed with one dash, as find and java take
// theirs. Commander reads a word of one dash as short options, the rest glued on as the first
// one's value: -c given 'ode' ("no code 'ode'"), -f given 'ormat', -r then '-eview' ("unknown
// option '-eview'"), and -count, -kind, -topic taken for arguments ("too many arguments").
// A word of one dash that is the name of an option the command takes, or a slip of it with its
// first letter kept (as core/suggest.ts judges a slip), is that option with one dash: a usage
// error naming it, and the command typed with each such word given its second dash. A short
// option with a value it takes glued on (`-fjson`, `-n5`) is left as it is, as is an option's
// value, every word after `--`, and a file a command of paths is given.
import type { Command, Option } from "commander";
import { existsSync } from "node:fs";
import { ethicsForLibrary } from "../core/command-start.js";
import { nearest, typoDistance } from "../core/suggest.js";
import { isCommandName } from "./command-name.js";
import { commandAsTyped } from "./typed-command.js";
import { takesNextWord } from "./program.js";
import { takesPaths } from "./usage-messages.js";

/** The options that work after the command: its own, the program's, and help. */
function optionsAfter(program: Command, command: Command): Option[] {
  return [command, program].flatMap((each) => each.createHelp().visibleOptions(each));
}

/** The long option `word` (one dash, a name, perhaps `=value`) is, with its one dash, as it reads with two; undefined where it is none. */
export function longOptionMeant(options: readonly Option[], word: string): string | undefined {
  const [, name, value] = /^-([a-z][\w-]+)(=[^]*)?$/i.exec(word) ?? [];
  if (name === undefined) return undefined;
  // `-fjson` is --format json, as commander reads it, though "fjson" is a slip of "json".
  const short = options.find((option) => option.short === word.slice(0, 2));
  if (short?.argChoices?.includes(word.slice(2))) return undefined;
  const names = [...new Set(options.flatMap((option) => (option.long ? [option.long.slice(2)] : [])))];
  const meant = names.find((each) => each === name.toLowerCase()) ?? nearest(name, names, typoDistance);
  if (meant === undefined || meant[0] !== name[0]!.toLowerCase()) return undefined;
  return `--${meant}${value ?? ""}`;
}

/** The command the words name, and where: the first word that is neither an option nor --data's folder. */
function commandNamed(program: Command, args: readonly string[]): { command: Command; at: number } | undefined {
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (takesNextWord([program], word)) at++;
    else if (!word.startsWith("-")) {
      const command = isCommandName(word) ? program.commands.find((each) => each.name() === word) : undefined;
      return command === undefined ? undefined : { command, at };
    }
  }
  return undefined;
}

/**
 * The first word after the command that is a long option typed with one dash, as a usage
 * error whose hint is the command typed with every such word corrected; `args`, the words
 * after the script. Where a corrected option is left without its value, the command's help.
 */
export function longOptionWithOneDash(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  const named = commandNamed(program, args);
  if (named === undefined) return undefined;
  const { command } = named;
  // Most commands have no word of one dash and a name: nothing to ask commander for (every run comes here).
  if (!args.slice(named.at + 1).some((word) => /^-[a-z][\w-]/i.test(word))) return undefined;
  const options = optionsAfter(program, command);
  const corrected = [...args];
  let first: { word: string; meant: string } | undefined;
  let valueMissing = false;
  for (let at = named.at + 1; at < args.length && args[at] !== "--"; at++) {
    const word = args[at]!;
    if (takesNextWord([command, program], word)) {
      at++;
      continue;
    }
    const meant = longOptionMeant(options, word);
    if (meant === undefined || (takesPaths(command) && existsSync(word))) continue;
    corrected[at] = meant;
    first ??= { word, meant: meant.split("=")[0]! };
    // Its value is the next word, as it is for the option typed right; an option there is none
    // (option-as-value.ts), so no command is built.
    if (!takesNextWord([command, program], meant)) continue;
    at++;
    valueMissing ||= at >= args.length || /^-./.test(args[at]!);
  }
  if (first === undefined) return undefined;
  const message = `unknown option '${first.word}' — did you mean ${first.meant}?`;
  if (valueMissing) return { message, hint: `\`${ethicsForLibrary()} ${command.name()} --help\` lists its options` };
  return { message, hint: `long options take two dashes: \`${commandAsTyped(corrected)}\`` };
}
