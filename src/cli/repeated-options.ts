// `search gifts --limit 3 --limit 5` searched with 5 and said nothing of the 3: commander keeps
// the last value of an option given twice. Which one the user meant is not for ethics to guess,
// so, as clap-based tools do, an option of one value given twice with different values is a
// usage error naming it. Options that take lists (options.ts, asList: --code, --data, --only)
// add up; the same value twice is one request, however it is spelt (`--limit 3 --limit 03`,
// `--topic gifts --topic Gifts`): values are compared as the option's parser reads them.
import type { Command, Option } from "commander";
import { isCommandName } from "./command-name.js";
import { takesList } from "./options.js";
import { optionIn } from "./program.js";

/**
 * What a value means to its option, to compare: the option's parser's reading (`03` is 3,
 * `Prohibits` prohibits), or the words as typed where it refuses them (commander says why). A
 * name (a topic, section, format or id) is read in any case and width, so `--topic gifts --topic
 * Gifts` names one topic: compared so, it is one request, not two (and `--format MD`, read as md
 * here, is then refused by --format for what it is). No option of one value takes a path, whose
 * case would matter: --data, the one that does, adds up.
 */
function meaningOf(option: Option, value: string): string {
  let meant: unknown = value;
  if (option.parseArg !== undefined) {
    try {
      meant = option.parseArg(value, undefined);
    } catch {
      meant = value;
    }
  }
  return typeof meant === "string" ? JSON.stringify(meant.normalize("NFKC").trim().toLowerCase()) : JSON.stringify(meant);
}

/** The first option of one value given twice with different values, as a usage error; `args` are the words after the script. */
export function repeatedOption(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  let command: Command | undefined;
  const given = new Map<Option, { value: string; meaning: string }>();
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--") return undefined;
    if (!word.startsWith("-") || word === "-") {
      if (command === undefined) {
        if (!isCommandName(word)) return undefined;
        command = program.commands.find((candidate) => candidate.name() === word);
      }
      continue;
    }
    const found = optionIn(command ? [command, program] : [program], word);
    if (!found || !(found.option.required || found.option.optional)) continue;
    const { option } = found;
    let value = found.attached;
    if (value === undefined && option.required) value = args[++at];
    if (value === undefined || takesList(option)) continue;
    const before = given.get(option);
    const name = option.long ?? option.short!;
    const meaning = meaningOf(option, value);
    if (before !== undefined && before.meaning !== meaning) {
      return { message: `${name} was given twice ('${before.value}', then '${value}'); it takes one value`, hint: `give ${name} once` };
    }
    given.set(option, { value, meaning });
  }
  return undefined;
}
