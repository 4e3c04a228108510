// commander's own usage errors said as ethics says its others: "ethics: <what was wrong> — did
// you mean …?", then a "hint:" naming the next step, never a bare "missing required argument".
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { shellPath, shellWord } from "../core/shell-path.js";
import { didYouMean, nearest, oneSlipApart, typoDistance } from "../core/suggest.js";
import { visible } from "../render/terminal-text.js";
import { either } from "../core/word-list.js";
import { ethicsForLibrary, runDataFolders } from "../core/command-start.js";
import { typedOption } from "./command-name.js";
import { siblingTakingArguments } from "./plural-sibling.js";
import { withTypedCut } from "./typed-words.js";
import type { HintCodes } from "../core/codes/code-named-back.js";
import { withoutHiddenCharactersDrawn } from "../core/codes/hidden-characters.js";

/**
 * A commander error message (`error: …`, perhaps `\n(Did you mean …?)`) for `command`; `typed`,
 * the words of the run; `codes`, the codes typed read against the library, where a hint names them (hint-library.ts).
 */
export function commanderMessage(command: Command, text: string, typed: readonly string[] = [], codes?: HintCodes, showExample?: string): string {
  // One line: a line break left in it is part of a word typed (see main.ts's messageLine).
  // What was typed is cut before it is made visible, or a word typed is no longer found in it.
  const excess = EXCESS_ARGUMENTS.exec(text);
  const said = visible(
    withTypedCut(excess === null ? text : excessSaid(command, Number(excess[1])))
      .replace(/^error: /, "")
      .trimEnd()
      .replace(/\n\(Did you mean (.+)\?\)$/, " — did you mean $1?")
      // A dashed word after `--` taken for a command: commander cuts two letters off each command's
      // name to match it as an option ("--help" got "did you mean --lp?"). No command starts so.
      .replace(/^(unknown command '-.*') — did you mean .+\?$/, "$1"),
  );
  const message = optionSlip(command, said) ?? closeOptionOnly(command, said);
  const name = command.name();
  const withCase = caseSlip(command, message);
  // The program adds its hint (showHelpAfterError in program.ts).
  if (withCase !== undefined) return `ethics: ${withCase}\n`;
  const choice = choiceMessage(message, name);
  if (choice !== undefined) {
    const instead = formatInstead(message, name, typed, codes);
    return `ethics: ${choice}\n${instead ? `hint: ${instead}\n` : ""}`;
  }
  // `topics gifts`: the command a letter apart takes the arguments.
  const sibling = excess !== null ? siblingTakingArguments(command, typed) : undefined;
  if (sibling !== undefined) return `ethics: ${message.replace(/\.$/, "")} — did you mean ${sibling.name}?\nhint: ${sibling.hint}\n`;
  let hint: string | undefined;
  const missing = missingArgument(command, message) ?? missingOptionValue(command, message) ?? flagGivenValue(command, message);
  if (/^option '.*' argument missing$/.test(message)) {
    // The program itself adds its own hint (showHelpAfterError in program.ts).
    if (command.parent) hint = `\`${ethicsForLibrary()} ${name} --help\` lists its options`;
  } else if (/^missing required argument/.test(message) && name === "validate" && runDataFolders().some((folder) => existsSync(folder))) {
    // `ethics --data my-codes validate`: the folder given is what to check, in a command that runs
    // (checked, its files are left out of the codes they are checked against: no --data needed).
    const folders = runDataFolders().filter((folder) => existsSync(folder));
    hint = `to check the --data ${folders.length === 1 ? "folder" : "folders"}: \`ethics validate ${folders.map(shellPath).join(" ")}\``;
  } else if (excess !== null || /^missing required argument/.test(message)) {
    hint = argumentsHint(command, showExample);
  } else if (CONFLICT.test(message)) {
    // Commander names each option with its value's placeholder ("option '--worksheet [format]'"):
    // the flags alone, as typed.
    const [, first, second] = CONFLICT.exec(message)!;
    return `ethics: ${first} and ${second} cannot be used together\nhint: give one of them\n`;
  } else if (/^unknown option/.test(message) && command.parent) {
    hint = dashLedPath(command, message) ?? codesAsArguments(command, message, typed, codes) ?? topicAsArgument(command, message, typed) ?? `\`${ethicsForLibrary()} ${name} --help\` lists its options`;
  }
  return `ethics: ${missing ?? message}\n${hint ? `hint: ${hint}\n` : ""}`;
}

/** commander's message for more arguments than a command takes, and how many it takes. */
const EXCESS_ARGUMENTS = /^error: too many arguments for '[^']*'\. Expected (\d+) arguments? but got \d+\.\n?$/;

/**
 * "too many arguments for 'completion'. Expected 1 argument but got 2." said with the words that
 * are too many and what the command takes: "completion takes one argument, <shell>, not also
 * 'abc'"; it named neither.
 */
function excessSaid(command: Command, taken: number): string {
  const extra = `'${command.args.slice(taken).join(" ")}'`;
  if (taken === 0) return `${command.name()} takes no arguments, not ${extra}`;
  const names = command.registeredArguments.map((argument) => `<${argument.name()}>`).join(" ");
  return `${command.name()} takes ${taken === 1 ? "one argument" : `${taken} arguments`}, ${names}, not also ${extra}`;
}

/**
 * The words of one example of each command that takes arguments, from its help: a hint's
 * command runs as printed, where `ethics show <reference...>` was the usage line, which a
 * shell reads as redirections ("no such file or directory: reference...").
 */
const EXAMPLE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  show: ["medi-cal", "integrity", "12"],
  search: ["gifts"],
  topic: ["gifts"],
  diff: ["california", "medi-cal"],
  completion: ["bash"],
};

/**
 * Whether commander's error `text` of `command` is the one whose hint gives show's example in
 * the code ETHICS_CODE names (argumentsHint): `show` given no reference. Only it needs the
 * library read for its hint (hint-library.ts).
 */
export function hintGivesShowExample(command: Command, text: string): boolean {
  return command.name() === "show" && /^error: missing required argument/.test(text);
}

/**
 * The hint of a command given too few or too many arguments: an example of it that runs, those
 * typed kept up to as many as it takes (`diff alaska` → `ethics diff alaska medi-cal`), and where
 * the help's examples are; validate's paths are the user's own, so its help alone. `showExample`:
 * show's, in the code ETHICS_CODE names (hint-library.ts).
 */
function argumentsHint(command: Command, showExample?: string): string {
  const name = command.name();
  const examples = `\`${ethicsForLibrary()} help ${name}\``;
  if (name === "show" && showExample !== undefined) return `e.g. \`${showExample}\`; more examples: ${examples}`;
  const example = EXAMPLE_ARGUMENTS[name];
  if (command.registeredArguments.length === 0) return `\`${ethicsForLibrary()} ${name}\`; examples: ${examples}`;
  if (example === undefined) return `${examples} shows what it takes, with examples`;
  // The arguments typed, kept where there are fewer than the command takes, and the example's
  // after them; a second code the same as the first (`diff medi-cal`) is the example's first.
  // More than it takes: those it takes, as typed (`completion zsh abc` → `ethics completion zsh`),
  // up to one that is none of its choices (`completion alaska wi`: the example's).
  const registered = command.registeredArguments;
  const chosen = command.args.slice(0, registered.length);
  const wrong = chosen.findIndex((arg, at) => registered[at]!.argChoices !== undefined && !registered[at]!.argChoices!.includes(arg));
  const typed = wrong < 0 ? chosen : chosen.slice(0, wrong);
  const rest = example.slice(typed.length).map((word) => (typed.includes(word) ? example[0]! : word));
  return `e.g. \`${[ethicsForLibrary(), name, ...typed.map(shellPath), ...rest].join(" ")}\`; more examples: ${examples}`;
}

/** Commander's message for two options that refuse each other (Option.conflicts). */
const CONFLICT = /^option '(?:-\w, )?(--?[\w-]+)[^']*' cannot be used with option '(?:-\w, )?(--?[\w-]+)[^']*'$/;

/** Commands a hint gives for --code's codes to list, at most. */
const CODES_LISTED = 3;

/** Commands whose arguments name codes, with no --code option: search's and export's habit, typed to them. */
export const CODES_AS_ARGUMENTS: ReadonlySet<string> = new Set(["list", "show", "diff"]);

/**
 * `ethics list --code alaska`, `ethics diff --code alaska --code wisconsin`: the codes named as
 * search and export take them, to a command that takes them as its arguments. The hint is the
 * command with the codes where they go, one command that runs: a comma list split into its
 * codes, show's code first in its reference, diff's two codes and no other number, and a list
 * of several codes one command for each, as list takes one. A name that names no code is given
 * back as the code its message offers, or not at all (code-named-back.ts); without the library
 * (unread), no command is given.
 */
function codesAsArguments(command: Command, message: string, typed: readonly string[], hintCodes: HintCodes | undefined): string | undefined {
  const name = command.name();
  // --code, --code=x, -c, and -c with its value glued on (-calaska), as commander reads them.
  if (hintCodes === undefined || !/^unknown option '(?:-c|--code(?:=[^]*)?|-c[^-][^]*)'/.test(message) || !CODES_AS_ARGUMENTS.has(name)) return undefined;
  const after = wordsAfterCommand(typed, name, "--code", "-c");
  if (after === undefined) return undefined;
  const words: string[] = [];
  const codes = new Set<number>(); // where in `words` the --code values are
  // The command's own options, in the order typed, as the hint gives them back: its flags
  // (--json), and those with a value (`--topic gifts`, `--section=conduct`), whose value is no
  // code; with one of those, there was no hint at all.
  const options: string[] = [];
  const ownFlag = (word: string) => command.options.some((each) => (each.long === word || each.short === word) && !each.required && !each.optional);
  const takesValue = (flag: string) => command.options.some((each) => (each.long === flag || each.short === flag) && each.required);
  for (let at = 0; at < after.length; at++) {
    const { text, isValue } = after[at]!;
    const value = after[at + 1];
    if (!isValue && ownFlag(text)) {
      options.push(text);
      continue;
    }
    if (!isValue && takesValue(text) && value !== undefined && !value.isValue) {
      options.push(text, shellWord(value.text));
      at++;
      continue;
    }
    if (!isValue && /^--[\w-]+=/.test(text) && takesValue(text.split("=")[0]!)) {
      options.push(shellWord(text));
      continue;
    }
    if (!isValue) {
      words.push(text);
      continue;
    }
    // `--code north carolina`: the words after the value that join it into a code's whole name are its.
    const next = after.slice(at + 1);
    const ends = next.findIndex((word) => word.isValue || word.text.startsWith("-"));
    const free = (ends < 0 ? next : next.slice(0, ends)).map((word) => word.text);
    const joined = hintCodes.wordsJoiningCode(text, free);
    at += joined;
    for (const each of [text, ...free.slice(0, joined)].join(" ").split(",").filter((part) => part.trim() !== "")) {
      codes.add(words.length);
      words.push(each.trim());
    }
  }
  // Anything else dashed makes the hint a guess.
  if (!words.some((word) => !word.startsWith("-")) || words.some((word) => word.startsWith("-"))) return undefined;
  const shown = (named: readonly string[]) => `\`${[ethicsForLibrary(), name, ...named.map(shellPath), ...options].join(" ")}\``;
  const named = words;
  /** The hint: what the command takes, and the commands, or what names no code. */
  const told = (takes: string, back: { words: string[] | undefined; said: string }, commands: (words: string[]) => string) => {
    if (back.words === undefined) return `${takes}; ${back.said}`;
    return back.said === "" ? `${takes}: ${commands(back.words)}` : `${takes}; ${back.said} ${commands(back.words)}`;
  };
  if (name === "show") {
    // The code first, the reference's words after it as typed: `show 12 --code wi` is `show wi 12`.
    if (codes.size !== 1) return undefined;
    const code = words.find((_, at) => codes.has(at))!;
    // A name of several words needs no quotes in a reference: `show north carolina 12`.
    const reference = [...code.split(" "), ...words.filter((_, at) => !codes.has(at))];
    return told("show takes the code first in its reference", hintCodes.referenceNamedBack(reference), shown);
  }
  if (name === "diff") return named.length === 2 ? told("diff takes the two codes as its arguments", hintCodes.codesNamedBack(named), shown) : undefined;
  if (named.length === 1) return told("list takes the code as its argument", hintCodes.codesNamedBack(named), shown);
  const section = hintCodes.codeThenSection(named);
  if (section !== undefined) return `list outlines a whole code, and '${section.typed}' is a section of ${section.code.id}: \`${ethicsForLibrary()} show ${section.code.id} ${section.section}\` shows it`;
  // A few, as a hint is a line or two: a pasted list of hundreds is not echoed back.
  const listed = named.slice(0, CODES_LISTED);
  const each = (back: string[]) => `${back.map((code) => shown([code])).join(", ")}${named.length > CODES_LISTED ? ", …" : ""}`;
  return told("list takes one code at a time", hintCodes.codesNamedBack(listed), each);
}

/**
 * The words typed after the command `name`, each value of the option `long` (or `short`) as one
 * word marked as its value; the program's --data left out (the command's start,
 * ethicsForLibrary, carries it). Undefined where the command is not typed, or the option has no value.
 */
function wordsAfterCommand(typed: readonly string[], name: string, long: string, short: string): { text: string; isValue: boolean }[] | undefined {
  const start = typed.indexOf(name);
  if (start < 0) return undefined;
  const words: { text: string; isValue: boolean }[] = [];
  for (let at = start + 1; at < typed.length; at++) {
    const data = typedOption(typed, at, "--data");
    if (data !== undefined) {
      at = data.last;
      continue;
    }
    const option = typedOption(typed, at, long, short);
    if (option === undefined) {
      words.push({ text: typed[at]!, isValue: false });
      continue;
    }
    if (option.value === undefined) return undefined;
    at = option.last;
    words.push({ text: option.value, isValue: true });
  }
  return words;
}

/** Commands whose arguments name the topic, with no --topic option: random's and quiz's habit, typed to them. */
const TOPIC_AS_ARGUMENT: ReadonlySet<string> = new Set(["topic", "concepts"]);

/**
 * `ethics topic --topic gifts`: the topic named as random, quiz and export take it, to a command
 * that takes it as its argument. The hint is the command with the topic there, the other words
 * kept (codes, --json), as list's is for --code; none where the value is missing.
 */
function topicAsArgument(command: Command, message: string, typed: readonly string[]): string | undefined {
  const name = command.name();
  if (!/^unknown option '(?:-t|--topic(?:=[^]*)?|-t[^-][^]*)'/.test(message) || !TOPIC_AS_ARGUMENT.has(name)) return undefined;
  const words = wordsAfterCommand(typed, name, "--topic", "-t")?.map(({ text }) => text);
  if (words === undefined) return undefined;
  return `${name} takes the topic as its argument: \`${[ethicsForLibrary(), name, ...words.map((word) => (/^-[\w-]+(?:=[\w,-]*)?$/.test(word) ? word : shellWord(word)))].join(" ")}\``;
}

/**
 * `ethics validate -rf.yaml`, where a file is so named: "unknown option", with only the options'
 * help to look in. The hint says how to name it so that it is read as a path.
 */
function dashLedPath(command: Command, message: string): string | undefined {
  const typed = /^unknown option '(-[^]*?)'(?: — did you mean .+\?)?$/.exec(message)?.[1];
  return typed === undefined ? undefined : dashLedPathHint(command, typed);
}

/** Whether the command's arguments are paths (`validate <path...>`). */
export const takesPaths = (command: Command): boolean => command.registeredArguments.some((argument) => argument.name() === "path");

/** How to name the file `typed` (a dashed word) so that it is read as a path, if one is so named. */
export function dashLedPathHint(command: Command, typed: string): string | undefined {
  if (!takesPaths(command) || !existsSync(typed)) return undefined;
  return `to check '${typed}', write ${shellPath(typed)} (or put -- before it)`;
}

/**
 * "unknown command 'LIST'" with the command it names in another case (commander suggests by
 * spelling, case included: 'lsit' got "did you mean list?", 'LIST' nothing), else undefined.
 */
function caseSlip(command: Command, message: string): string | undefined {
  const typed = /^unknown command '(.*)'$/.exec(message)?.[1];
  if (typed === undefined) return undefined;
  const lower = typed.trim().toLowerCase();
  const meant = command.commands.find((candidate) => candidate.name() === lower || candidate.aliases().includes(lower));
  return meant === undefined ? undefined : `${message} — did you mean ${meant.name()}?`;
}

/**
 * A flag written with a value, as git, ls and grep take `--color=always`: commander called
 * `--color=always` an unknown option, with no word that `--color` is known and takes none.
 */
function flagGivenValue(command: Command, message: string): string | undefined {
  const [, flag, value] = /^unknown option '(--[\w-]+)=([^]*)'/.exec(message) ?? [];
  if (flag === undefined) return undefined;
  const options = [command, ...(command.parent ? [command.parent] : [])].flatMap((each) => each.options);
  const option = options.find((each) => each.long === flag);
  if (option === undefined || option.required || option.optional) return undefined;
  const said = `${flag} takes no value, not '${value}'`;
  return flag === "--color" || flag === "--no-color" ? `${said}: --color colours always, --no-color never` : said;
}

/** The long and short flags `command` takes, its parents' (--data, --version, --help) too. */
function flagsOf(command: Command): { long: string[]; short: string[] } {
  const options = [];
  for (let each: Command | null = command; each !== null; each = each.parent) options.push(...each.createHelp().visibleOptions(each));
  // Each once: the command and the program both list --help, and `search --he` was offered
  // "one of --help, --help".
  return {
    long: [...new Set(options.flatMap((option) => (option.long ? [option.long] : [])))],
    // "-n (--limit)": a short flag alone says little of what it does
    short: [...new Set(options.flatMap((option) => (option.short ? [option.long ? `${option.short} (${option.long})` : option.short] : [])))],
  };
}

/**
 * commander's guess at an unknown long option, kept only when it is close: commander takes any
 * option 40% alike ("list --section" got "did you mean --version?", an option that does nothing
 * like it). Offered instead is the option the command takes (its parents' --data and --version
 * among them, as they work after it too) within a slip or two, as search's and the names' own
 * suggestions are (core/suggest.ts); if none is, nothing, and the hint names the command's help.
 */
function closeOptionOnly(command: Command, message: string): string {
  const [, said, typed] = /^(unknown option '(--[\w-]+)(?:=[^]*)?')(?: — did you mean .+\?)?$/.exec(message) ?? [];
  if (said === undefined) return message;
  const names = flagsOf(command).long.map((flag) => flag.slice(2));
  const meant = nearest(typed!.slice(2), names, typoDistance);
  return meant === undefined ? said : `${said} — did you mean --${meant}?`;
}

/**
 * An option written short of its name, in the wrong case, or with one dash, as other tools
 * take them: `--tod` (commander: "did you mean one of --code, --today?"), `--str`, `--no-p`
 * (nothing), `-v` for -V, `-help` for --help; and the command `version` for --version. Only
 * suggested, not taken: a prefix taken today is broken by an option added tomorrow.
 */
function optionSlip(command: Command, message: string): string | undefined {
  const { long, short } = flagsOf(command);
  const word = /^unknown command '([a-z][\w-]*)'$/.exec(message)?.[1];
  if (word !== undefined) return long.includes(`--${word}`) ? `unknown command '${word}' — did you mean --${word}?` : undefined;
  const typed = /^unknown option '(-[^'=]*)'/.exec(message)?.[1];
  if (typed === undefined) return undefined;
  const said = `unknown option '${/^unknown option '([^]*)'/.exec(message)![1]}'`;
  let meant: string[] = [];
  if (/^--[\w-]+$/.test(typed)) meant = long.filter((flag) => flag.startsWith(typed));
  else if (/^-[a-zA-Z]$/.test(typed)) meant = short.filter((flag) => flag.split(" ")[0]!.toLowerCase() === typed.toLowerCase());
  else if (/^-[a-z][\w-]+$/.test(typed)) meant = long.filter((flag) => flag === `-${typed}`);
  if (meant.length === 0) return undefined;
  return `${said} — did you mean ${meant.length === 1 ? meant[0] : `one of ${meant.join(", ")}`}?`;
}

/**
 * commander's "missing required argument 'b'" said with what the argument is, in the words its
 * help gives it: "diff needs <b>: the code to compare to".
 */
function missingArgument(command: Command, message: string): string | undefined {
  const name = /^missing required argument '(.+)'$/.exec(message)?.[1];
  const argument = command.registeredArguments.find((each) => each.name() === name);
  if (argument === undefined) return undefined;
  const shown = `<${argument.name()}${argument.variadic ? "..." : ""}>`;
  return argument.description ? `${command.name()} needs ${shown}: ${argument.description}` : `${command.name()} needs ${shown}`;
}

/**
 * commander's "option '-n, --limit <n>' argument missing" said as a missing argument is, with
 * what the option takes in its help's words: "--limit needs <n>: at most this many hits".
 */
function missingOptionValue(command: Command, message: string): string | undefined {
  const [, flag, value] = /^option '(?:-\w, )?(--[\w-]+) (<[^>]+>)' argument missing$/.exec(message) ?? [];
  const option = command.options.find((each) => each.long === flag);
  if (option === undefined) return undefined;
  return option.description ? `${flag} needs ${value}: ${option.description}` : `${flag} needs ${value}`;
}

/**
 * commander's "option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are
 * json, …" and "command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices
 * are …", said as ethics's own option errors are ("--limit takes a whole number ≥ 1, not '0'"),
 * with the choice one slip away from what was typed, if any.
 */
export function choiceMessage(message: string, commandName: string): string | undefined {
  const option = /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '([^]*)' is invalid\. Allowed choices are ([^]+)\.$/.exec(message);
  const argument = /^command-argument value '([^]*)' is invalid for argument '([\w-]+)'\. Allowed choices are ([^]+)\.$/.exec(message);
  const [what, value, list] = option ? [option[1]!, option[2]!, option[3]!] : argument ? [commandName, argument[1]!, argument[3]!] : [];
  if (what === undefined) return undefined;
  const choices = list!.split(/,\s*/);
  // One slip at most ("jsn", "yml", "JSON"): any two letters make "pdf" "md" and "tcsh" "bash".
  // Or a path whose file is a choice: `ethics completion $SHELL` gives /usr/bin/zsh.
  const typed = value!.toLowerCase();
  const near = choices.find((choice) => oneSlipApart(typed, choice) || typed.endsWith(`/${choice}`));
  return `${what} takes ${either(choices)}, not '${value}'${near ? ` — did you mean ${near}?` : ""}`;
}

/**
 * What a format export does not offer is asked for: a trainer who types `--format pdf` (or docx,
 * word, print) wants something to print and hand out, which the HTML handout is; `--format txt`
 * wants plain text, and `--format markdown` Markdown, which md is; `--format excel` (xlsx,
 * spreadsheet) a table to open in a spreadsheet, which csv is, with --bom for Excel. None of them
 * is one slip from a choice, so no "did you mean". The command suggested keeps the codes and topic
 * asked for (html, md and csv all take --topic): pasted, it is the export wanted. A code typed
 * that names none is given back as the code offered for it, or, where none is, the format is said
 * without a command (code-named-back.ts), as without the library (unread).
 */
const FOR_PRINT = ["pdf", "print", "printable", "handout", "docx", "doc", "word", "rtf", "odt"];
const PLAIN_TEXT = ["txt", "text", "plain"];
const MARKDOWN = ["markdown", "mkd", "mdown"];
const SPREADSHEET = ["excel", "xlsx", "xls", "spreadsheet", "sheets", "ods", "tsv"];

/** The format export offers for one it does not, typed (lower case, no leading dot); undefined where none is. */
function formatFor(typed: string): "html" | "md" | "csv" | undefined {
  if (FOR_PRINT.includes(typed)) return "html";
  if (PLAIN_TEXT.includes(typed) || MARKDOWN.includes(typed)) return "md";
  return SPREADSHEET.includes(typed) ? "csv" : undefined;
}

/** The export format to use instead of one `ethics export --format` does not offer, if there is one; `args`, the words typed. */
export function formatInstead(message: string, commandName: string, args: readonly string[], codes?: HintCodes): string | undefined {
  if (commandName === "quiz") return worksheetInstead(message);
  if (commandName !== "export") return undefined;
  const typed = /^option '(?:-\w, )?--format[^']*' argument '([^]*)' is invalid\./.exec(message)?.[1]?.toLowerCase().replace(/^\./, "");
  if (typed === undefined) return undefined;
  const format = formatFor(typed);
  if (format === undefined) return undefined;
  const scope = scopeTyped(args, codes);
  const command = scope.words === undefined ? undefined : [ethicsForLibrary(), "export", "--format", format, ...scope.words].join(" ");
  const said = scope.said === "" ? "" : `; ${scope.said}`;
  if (format === "html") {
    const handout = command === undefined ? "export with --format html" : `\`${command} > handout.html\``;
    return `to print or hand out, ${handout} and open it in a browser (print, or save as PDF)${said}`;
  }
  if (format === "csv") {
    const table = command === undefined ? "export with --format csv --bom" : `\`${command} --bom > standards.csv\``;
    return `for a spreadsheet, ${table} and open it there (--bom: Excel reads its accents and curly quotes right)${said}`;
  }
  const markdown = command === undefined ? "export with --format md" : `\`${command}\``;
  return `${PLAIN_TEXT.includes(typed) ? "Markdown is plain text" : "Markdown is md"}: ${markdown}${said}`;
}

/** Names a trainer may give the format of a learning platform's import, or the platform: GIFT is what ethics writes. */
const FOR_A_PLATFORM = ["moodle", "lms", "aiken", "xml", "moodlexml", "qti", "canvas", "blackboard"];

/** `quiz --worksheet pdf`: the page to print, Markdown for plain text, or GIFT for a course's question bank. */
function worksheetInstead(message: string): string | undefined {
  const typed = /^option '--worksheet[^']*' argument '([^]*)' is invalid\./.exec(message)?.[1]?.toLowerCase().replace(/^\./, "");
  if (typed === undefined) return undefined;
  if (FOR_PRINT.includes(typed)) return "to print or hand out, --worksheet html and open the page in a browser (print, or save as PDF)";
  if (FOR_A_PLATFORM.includes(typed)) return "for a course's question bank, --worksheet gift: Moodle imports it (Question bank › Import › GIFT format)";
  return PLAIN_TEXT.includes(typed) ? "Markdown is plain text: --worksheet md" : undefined;
}

/** Whether a --format typed to export is one formatInstead answers: the run's hint may name its codes. */
export function formatInsteadTyped(args: readonly string[]): boolean {
  return args.some((_, at) => {
    const value = typedOption(args, at, "--format", "-f")?.value?.toLowerCase().replace(/^\./, "");
    return value !== undefined && formatFor(value) !== undefined;
  });
}

/** export's options and the program's that take a value, other than --code and --topic: their values are no codes. */
const OTHER_VALUE_OPTIONS: readonly (readonly [string, string?])[] = [["--format", "-f"], ["--id"], ["--data"]];

/**
 * The codes (as --code values and as export's arguments) and the --topic among `args`, each as a
 * pasted command reads it, the codes as the library names them back; no words where a code
 * names none, or the library is unread.
 */
function scopeTyped(args: readonly string[], hintCodes: HintCodes | undefined): { words: string[] | undefined; said: string } {
  const topic: string[] = [];
  const codeValues: string[] = [];
  const codeArguments: string[] = [];
  let commandSeen = false;
  for (let at = 0; at < args.length && args[at] !== "--"; at++) {
    const other = OTHER_VALUE_OPTIONS.map(([long, short]) => typedOption(args, at, long, short)).find((option) => option !== undefined);
    if (other !== undefined) {
      at = other.last;
      continue;
    }
    const code = typedOption(args, at, "--code", "-c");
    const topicTyped = code === undefined ? typedOption(args, at, "--topic", "-t") : undefined;
    const option = code ?? topicTyped;
    if (option !== undefined) {
      at = option.last;
      if (option.value === undefined) continue;
      if (code !== undefined) codeValues.push(...option.value.split(",").filter((part) => part.trim() !== ""));
      // Less what shows nothing in it: drawn as <U+200B> in the command, it was pasted so.
      else topic.push("--topic", shellPath(withoutHiddenCharactersDrawn(option.value)));
      continue;
    }
    const word = args[at]!;
    if (word.startsWith("-")) continue;
    if (commandSeen) codeArguments.push(word);
    else commandSeen = word === "export";
  }
  if (codeValues.length + codeArguments.length === 0) return { words: topic, said: "" };
  if (hintCodes === undefined) return { words: undefined, said: "" };
  const back = hintCodes.codesNamedBack([...codeValues, ...hintCodes.codeNamesTyped(codeArguments)]);
  if (back.words === undefined) return { words: undefined, said: back.said };
  return { words: ["--code", shellPath(back.words.join(",")), ...topic], said: back.said };
}

/**
 * `ethics help nonsense`: commander prints the program's help for a command it does not know,
 * without a word on what was wrong. Said as an unknown command is.
 */
export function unknownHelpTopic(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  const [first, topic] = args;
  if (first !== "help" || topic === undefined || topic.startsWith("-")) return undefined;
  const names = program.commands.map((command) => command.name()).filter((name) => !name.startsWith("_"));
  if (names.includes(topic)) return undefined;
  const suggestion = didYouMean(topic, names);
  return { message: `unknown command '${topic}'${suggestion ? ` — ${suggestion}` : ""}`, hint: `\`${ethicsForLibrary()} --help\` lists the commands` };
}
