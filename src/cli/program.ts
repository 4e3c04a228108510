// The `ethics` program: global options and every command, registered in one place.
import { Command, Option } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { UsageError } from "../core/errors.js";
import { COMMAND_NAMES, isCommandName, namedCommand, type CommandName } from "./command-name.js";
import { complete, completion } from "./commands/completion.js";
import { concepts } from "./commands/concepts.js";
import { diff } from "./commands/diff.js";
import { exportCommand } from "./commands/export.js";
import { list } from "./commands/list.js";
import { quiz } from "./commands/quiz.js";
import { random } from "./commands/random.js";
import { validate } from "./commands/validate.js";
import { search } from "./commands/search.js";
import { show } from "./commands/show.js";
import { topic, topics } from "./commands/topics.js";
import { asList } from "./options.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { shellPath, shellWord } from "../core/shell-path.js";
import { takesArguments, takesCodesAsArguments } from "./command-words.js";
import { lettersRunTogether } from "./flag-letters.js";

/** The hint after a usage error of the program's own options (an unknown one before the command). */
/** Help reads no codes, but a command copied from a hint is the start of the next: it keeps --data. */
export function programOptionsHint(): string {
  return `\`${ethicsForLibrary()} --help\` lists the commands and options`;
}

/**
 * `--data a --data b` → [a, b]. An empty value (`--data "$DIR"`, DIR unset) names no folder:
 * resolved, it would be the current folder, whose codes would be read without a word.
 */
function collectDataDirectories(value: string, previous: string[] = []): string[] {
  if (value === "") throw new UsageError("--data needs a directory", "e.g. --data my-codes; an empty value (an unset variable?) names none");
  // The list of the values before is this parser's own: added to, not copied at each value (quadratic).
  previous.push(value);
  return previous;
}

/** Every command, by name, in the order --help lists them (COMMAND_NAMES). */
const COMMANDS: Record<CommandName, () => Command> = {
  list,
  show,
  search,
  topics,
  topic,
  concepts,
  diff,
  random,
  quiz,
  export: exportCommand,
  validate,
  completion,
};

/** The command `name`, built alone (buildProgram builds only the one a run names). */
export function commandFor(name: CommandName): Command {
  return COMMANDS[name]();
}

/** Whether an option word (`--json`, `-c`, `--format=md`) is one of a command's options. */
export function optionOf(command: Command, word: string): Option | undefined {
  const flag = word.split("=")[0];
  return command.options.find((option) => option.long === flag || option.short === flag);
}

/** The option `word` gives (`--limit`, `--limit=5`, `-n`, `-n5`) and the value written in it, if any. */
export function optionIn(commands: readonly Command[], word: string): { option: Option; attached?: string } | undefined {
  for (const command of commands) {
    if (word.startsWith("--")) {
      const option = optionOf(command, word);
      if (option) return word.includes("=") ? { option, attached: word.slice(word.indexOf("=") + 1) } : { option };
    } else {
      const option = optionOf(command, word.slice(0, 2));
      if (option) return word.length > 2 ? { option, attached: word.slice(2) } : { option };
    }
  }
  return undefined;
}

/** Whether `word` is an option that takes the next word as its value (`--data dir`, `-n 5`). */
export function takesNextWord(commands: readonly Command[], word: string): boolean {
  const found = optionIn(commands, word);
  return found !== undefined && found.option.required === true && found.attached === undefined;
}

/**
 * `ethics --json list`: an option of the command given before it, which commander can only call
 * unknown (it reads options before a command as the program's). The usage error then says where
 * the option goes, in the command as typed with the options after it. Where that would not run
 * (`alaska --json validate`: validate needs a path, and takes no code), as `ethics validate
 * --json` did not, it says where to see what the command takes. `args` are the words after the script.
 */
export function misplacedOption(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  const commandAt = args.findIndex((word, at) => !word.startsWith("-") && isCommandName(word) && args[at - 1] !== "--data");
  if (commandAt === -1 || args.slice(0, commandAt).includes("--")) return undefined;
  const command = program.commands.find((candidate) => candidate.name() === args[commandAt]);
  if (command === undefined) return undefined;
  const moved: string[] = [];
  const stray: string[] = [];
  let first: string | undefined;
  for (let at = 0; at < commandAt; at++) {
    const word = args[at]!;
    if (word === "--data") at++;
    else if (!word.startsWith("-")) stray.push(word);
    else if (!optionOf(program, word)) {
      const option = optionOf(command, word);
      const letters = option === undefined ? lettersRunTogether(command, word) : undefined;
      if (option === undefined && letters === undefined) return undefined;
      first ??= word;
      moved.push(word);
      // A value typed after it (`-c ak search gifts`) goes with it.
      const attached = word.startsWith("--") ? word.includes("=") : word.length > 2;
      const takesNext = option === undefined ? letters!.takesNext : option.required && !attached;
      if (takesNext && at + 1 < commandAt) moved.push(args[++at]!);
    }
  }
  if (first === undefined) return undefined;
  const name = command.name();
  const message = `unknown option '${first}' before the command`;
  // Words before the command are its arguments where it takes codes so (`alaska --json list`).
  const given = [...(stray.length > 0 && takesCodesAsArguments(name) ? stray : []), ...args.slice(commandAt + 1), ...moved];
  if ((stray.length > 0 && !takesCodesAsArguments(name)) || !takesArguments(command, given)) {
    return { message, hint: `options of ${name} go after it; \`${ethicsForLibrary()} help ${name}\` shows what it takes, with examples` };
  }
  const words = given.map((word) => (word.startsWith("-") ? shellWord(word) : shellPath(word)));
  return { message, hint: `options of ${name} go after it: \`${[ethicsForLibrary(), name, ...words].join(" ")}\`` };
}

/** `argv` as process.argv: node, the script, then the words. */
export function buildProgram(argv: readonly string[] = []): Command {
  const program = new Command("ethics")
    .description("The codes of ethics peer support specialists work under: their exact words, with citations.")
    .version(packageJson.version, "-V, --version", "print the version")
    .addOption(asList(new Option("--data <dir>", "add the codes in a directory of YAML files (repeatable; also ETHICS_DATA)").argParser(collectDataDirectories)))
    // --color as git, ls and grep spell it: without it `--color` was unknown, "did you mean
    // --no-color?", the opposite of what was asked. Both given: the last wins.
    .option("--color", "colour even when piped or NO_COLOR is set (also FORCE_COLOR)")
    .option("--no-color", "no colour (also NO_COLOR)")
    .option("--no-pager", "never page long output")
    .option("--plain", "tables as lines of text, read in order: for a screen reader or a braille display (also ETHICS_PLAIN=1)")
    .showSuggestionAfterError(true)
    .showHelpAfterError(`hint: ${programOptionsHint()}`)
    // A command's usage as its own help gives it: commander's list of commands reads the
    // arguments as declared, and diff's second is optional to commander alone (commands/diff.ts).
    .configureHelp({ subcommandTerm: (command) => `${command.name()} ${command.usage()}` })
    .addHelpText(
      "after",
      `
Examples:
  $ ethics list                             the codes
  $ ethics show medi-cal integrity 12       one standard, with its citation
  $ ethics search "can I accept a gift?"    the standards on a situation
  $ ethics topic gifts                      what every code says on one theme
  $ ethics diff california medi-cal         Working Well Together → Medi-Cal
  $ ethics random --today                   a standard of the day
  $ ethics quiz --code medi-cal             questions to study with

Exit status: 0 found, 1 not found or bad input, 2 usage error, 130 interrupted,
3 internal error (a bug: please report it).`,
    );
  // Only the command named is built; --help, an unknown command (which wants the others for
  // "did you mean …?") and completion get them all.
  const named = namedCommand(argv.slice(2));
  if (named !== undefined) return program.addCommand(COMMANDS[named]());
  for (const name of COMMAND_NAMES) program.addCommand(COMMANDS[name]());
  // Hidden: the completion scripts call it.
  program.addCommand(complete(), { hidden: true });
  return program;
}
