// `ethics compare alaska medi-cal`, `ethics find gifts`, `ethics cite medi-cal integrity 12`:
// people name a command by what it does in their own words, and "unknown command" with the list
// of commands left them to guess which it is (only a slip of a name, `ls`, got a "did you mean").
// The command they meant is named, with the words they gave it, as a command to paste.
import type { Command } from "commander";
import { ethicsForLibrary } from "../core/command-start.js";
import { shellPath, shellWord } from "../core/shell-path.js";
import { isCommandName, typedOption } from "./command-name.js";

interface Meant {
  command: string;
  /** What the command does, said after its name. */
  does: string;
  options?: readonly string[];
}

/** Words said for a command, and the command. */
const SAID: readonly (readonly [readonly string[], Meant])[] = [
  [["compare", "comparison", "vs", "versus", "difference", "differences", "contrast"], { command: "diff", does: "compares two codes" }],
  [["find", "lookup", "look-up", "grep", "query", "ask"], { command: "search", does: "finds the standards on a question" }],
  [["get", "cite", "read", "view", "print", "display", "open", "quote"], { command: "show", does: "prints codes, sections and standards" }],
  [["codes"], { command: "list", does: "lists the codes, or a code's sections" }],
  [["themes", "crosswalk", "matrix"], { command: "topics", does: "tables the themes × codes" }],
  [["theme"], { command: "topic", does: "shows what every code says on a theme" }],
  [["test", "practice", "exam", "study", "questions"], { command: "quiz", does: "asks questions made from the codes" }],
  [["check", "lint", "verify"], { command: "validate", does: "checks code files" }],
  [["today", "daily"], { command: "random", does: "--today gives the standard of the day", options: ["--today"] }],
];
const SAID_FOR: ReadonlyMap<string, Meant> = new Map(SAID.flatMap(([words, meant]) => words.map((word) => [word, meant] as const)));

/**
 * The command a run's first word says in other words, as a usage error naming it; `args`, the
 * words after the script. Undefined where the first word is a command, or none said so.
 */
export function commandSaidOtherwise(args: readonly string[], program?: Command): { message: string; hint: string } | undefined {
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--") return undefined;
    if (word === "--data") at++;
    else if (!word.startsWith("-")) {
      if (isCommandName(word)) return undefined;
      const meant = SAID_FOR.get(word.toLowerCase());
      if (meant === undefined) return undefined;
      // The words after it, less --data (ethicsForLibrary gives it once), each as the shell must
      // read it again: `--code='north carolina'` quoted as a path is.
      const after = withoutData(args.slice(at + 1));
      const rest = after.map((each) => (each.startsWith("-") ? shellWord(each) : shellPath(each)));
      const message = `unknown command '${word}' — ${meant.command} ${meant.does}`;
      // Words the command could not run with (`compare` alone, `find`, `compare a b c`): where
      // it is shown what it takes, not a command that fails when pasted.
      const taker = program?.commands.find((each) => each.name() === meant.command);
      if (taker !== undefined && !takesArguments(taker, after)) return { message, hint: `\`${ethicsForLibrary()} help ${meant.command}\` shows what it takes, with examples` };
      const command = [ethicsForLibrary(), meant.command, ...(meant.options ?? []), ...rest].join(" ");
      return { message, hint: `\`${command}\`` };
    }
  }
  return undefined;
}

/** Whether `words` give `command` as many arguments as it takes (its options' values are none). */
function takesArguments(command: Command, words: readonly string[]): boolean {
  let count = 0;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (word === "--") {
      count += words.length - at - 1;
      break;
    }
    if (word.startsWith("-") && word.length > 1) {
      const option = command.options.find((each) => each.long === word || each.short === word);
      if (option?.required) at++;
      continue;
    }
    count++;
  }
  const declared = command.registeredArguments;
  const least = declared.filter((argument) => argument.required).length;
  const most = declared.some((argument) => argument.variadic) ? Infinity : declared.length;
  return count >= least && count <= most;
}

/** `words` without the program's --data and its folder (either form), up to a `--`. */
function withoutData(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < words.length; at++) {
    if (words[at] === "--") return [...kept, ...words.slice(at)];
    const data = typedOption(words, at, "--data");
    if (data === undefined) kept.push(words[at]!);
    else at = data.last;
  }
  return kept;
}

