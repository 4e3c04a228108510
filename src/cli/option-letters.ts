// `ethics validate -V.yaml` printed the version and checked nothing: commander reads a word of
// one dash as short options run together, and -V, the program's, acted as it was read. Where a
// command takes paths, such a word whose letters are not all its options is refused as an
// unknown option instead, with the hint a dash-led file gets (usage-messages.ts); so is one led
// by -V where an argument stands (`search -V.yaml`) or before the command (`-V.x list`); as an
// option's value (`--section -V.x`), option-as-value.ts refuses it.
import type { Command } from "commander";
import { isCommandName } from "./command-name.js";
import { HELP, VERSION } from "./help-or-version.js";
import { optionOf, programOptionsHint, takesNextWord } from "./program.js";
import { dashLedPathHint, takesPaths } from "./usage-messages.js";
import { ethicsForLibrary } from "../core/command-start.js";

/** Whether `-x` is a flag commander acts on in the command: its own, the program's, help or the version. */
function isFlag(program: Command, command: Command, flag: string): boolean {
  return HELP.has(flag) || VERSION.has(flag) || optionOf(command, flag) !== undefined || optionOf(program, flag) !== undefined;
}

/** Whether commander reads all of `word` (`-hV`, `-n5`) as options, not only its first letters. */
function readAsOptions(program: Command, command: Command, word: string): boolean {
  const first = optionOf(command, word.slice(0, 2)) ?? optionOf(program, word.slice(0, 2));
  if (first?.required || first?.optional) return true; // -n5: the value attached
  return [...word.slice(1)].every((letter) => isFlag(program, command, `-${letter}`));
}

/**
 * The first dashed word commander would misread as options, as a usage error; `args` are the
 * words after the script. Where a command takes paths, any word whose letters are not all its
 * options; elsewhere one that starts with the version's letter (`search -V.yaml`), which printed
 * the version. An option's value (`--data -dd`) is no option.
 */
export function optionLettersInPath(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  let command: Command | undefined;
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--") return undefined;
    if (takesNextWord(command === undefined ? [program] : [command, program], word)) {
      at++;
      continue;
    }
    if (command === undefined) {
      // `ethics -V.x list`: before the command too, a value glued to -V is not the version.
      if (/^-[^-]./.test(word) && VERSION.has(word.slice(0, 2)) && !readAsOptions(program, program, word)) {
        return { message: `unknown option '${word}'`, hint: programOptionsHint() };
      }
      if (!word.startsWith("-")) {
        if (!isCommandName(word)) return undefined;
        command = program.commands.find((candidate) => candidate.name() === word);
        if (command === undefined) return undefined;
      }
      continue;
    }
    if (!/^-[^-]./.test(word) || readAsOptions(program, command, word)) continue;
    if (!takesPaths(command) && !VERSION.has(word.slice(0, 2))) continue;
    return { message: `unknown option '${word}'`, hint: dashLedPathHint(command, word) ?? `\`${ethicsForLibrary()} ${command.name()} --help\` lists its options` };
  }
  return undefined;
}
