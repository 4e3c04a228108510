// `ethics compare alaska medi-cal`, `ethics find gifts`, `ethics cite medi-cal integrity 12`:
// people name a command by what it does in their own words, and "unknown command" with the list
// of commands left them to guess which it is (only a slip of a name, `ls`, got a "did you mean").
// The command they meant is named, with the words they gave it, as a command to paste.
import type { Command } from "commander";
import { ethicsForLibrary } from "../core/command-start.js";
import { shellPath, shellWord } from "../core/shell-path.js";
import { existsSync } from "node:fs";
import { COMMAND_NAMES, isCommandName, typedOption } from "./command-name.js";
import { argumentsTaken } from "./arguments-taken.js";
import { nearest, typoDistance } from "../core/suggest.js";
import { englishWordCheck } from "../core/word-check.js";
import { STOP_WORDS } from "../core/text.js";
import { TODAY_REFUSES } from "./commands/random.js";
import type { GivenBack, HintCodes } from "../core/codes/code-named-back.js";
import { withoutHiddenCharactersDrawn } from "../core/codes/hidden-characters.js";
import { lettersRunTogether } from "./flag-letters.js";

interface Meant {
  command: string;
  /** What the command does, said after its name. */
  does: string;
  options?: readonly string[];
  /** The options the command refuses beside `options`, and why: typed, they are left out of the command named back. */
  refuses?: { readonly options: readonly string[]; readonly why: string };
}

/** Words said for a command, and the command. */
export const SAID: readonly (readonly [readonly string[], Meant])[] = [
  [["compare", "comparison", "vs", "versus", "difference", "differences", "contrast"], { command: "diff", does: "compares two codes" }],
  [["find", "lookup", "look-up", "grep", "query", "ask"], { command: "search", does: "finds the standards on a question" }],
  [["get", "cite", "read", "view", "print", "display", "open", "quote"], { command: "show", does: "prints codes, sections and standards" }],
  [["codes"], { command: "list", does: "lists the codes, or a code's sections" }],
  [["themes", "crosswalk", "matrix"], { command: "topics", does: "tables the themes × codes" }],
  [["theme"], { command: "topic", does: "shows what every code says on a theme" }],
  [["test", "practice", "exam", "study", "questions"], { command: "quiz", does: "asks questions made from the codes" }],
  [["check", "lint", "verify"], { command: "validate", does: "checks code files" }],
  [["today", "daily"], { command: "random", does: "--today gives the standard of the day", options: ["--today"], refuses: TODAY_REFUSES }],
];
const SAID_FOR: ReadonlyMap<string, Meant> = new Map(SAID.flatMap(([words, meant]) => words.map((word) => [word, meant] as const)));

/**
 * The command a run's first word says in other words, as a usage error naming it; `args`, the
 * words after the script. Undefined where the first word is a command, or none said so.
 * `codes`, the codes the words name read against the library (hint-library.ts): a name that names none is
 * given back as the code its message offers, or the hint says it is unknown, with no command.
 */
export function commandSaidOtherwise(args: readonly string[], program?: Command, codes?: HintCodes): { message: string; hint: string } | undefined {
  const said = saidAt(args);
  if (said === undefined) return undefined;
  const { word, at, unnamed } = said;
  // The words after it (or, where the first names no command, from it), less --data
  // (ethicsForLibrary gives it once), and less what shows nothing in them: drawn as <U+200B> in
  // the command, it was pasted as those letters.
  const typedAfter = withoutData(args.slice(unnamed ? at : at + 1))
    .map(withoutHiddenCharactersDrawn)
    .filter((each) => each !== "");
  // `ethics ethics show alaska`: a command pasted after the name typed already.
  if (unnamed && word === "ethics" && typedAfter.length > 1 && isCommandName(typedAfter[1]!)) {
    const command = [ethicsForLibrary(), ...typedAfter.slice(1).map((each) => (each.startsWith("-") ? shellWord(each) : shellPath(each)))].join(" ");
    return { message: "unknown command 'ethics': the name was typed twice", hint: `\`${command}\`` };
  }
  if (unnamed && codes && program && !typedAfter.includes("--")) {
    const moved = commandTypedAfterCodes(codes, program, typedAfter);
    if (moved !== undefined) return moved;
  }
  const meant = !unnamed ? SAID_FOR.get(word.toLowerCase())! : codes && program && !typedAfter.includes("--") ? wordsAsCommand(codes, withoutOptions(typedAfter, program)) : undefined;
  if (meant === undefined) return undefined;
  const message = `unknown command '${word}' — ${meant.command} ${meant.does}`;
  const taker = program?.commands.find((each) => each.name() === meant.command);
  // Words guessed to be a command's: its options, typed with them, must be the command's own, or the guess is no command that runs.
  if (unnamed && (taker === undefined || !optionsAllTakenBy(taker, typedAfter))) return undefined;
  // What the command refuses beside the options the word adds (`today --seed 3`: random
  // --today refuses --seed) is left out, and the hint says so.
  const { kept: after, left } = withoutRefused(typedAfter, meant, taker);
  const leftOut = left.length === 0 ? "" : `, without ${left.join(" ")} (${meant.refuses!.why})`;
  // Words the command could not run with (`compare` alone, `find`, `compare a b c`): where
  // it is shown what it takes, not a command that fails when pasted.
  const help = `\`${ethicsForLibrary()} help ${meant.command}\` shows what it takes, with examples`;
  if (taker !== undefined && !takesArguments(taker, after)) return { message, hint: help };
  const back = taker === undefined ? { words: after, said: "" } : codes === undefined ? undefined : codesGivenBack(codes, taker, after);
  if (back === undefined) return { message, hint: help };
  if (back.words === undefined) return { message, hint: back.said };
  // Each word as the shell must read it again: `--code='north carolina'` quoted as a path is.
  const rest = back.words.map((each) => (each.startsWith("-") ? shellWord(each) : shellPath(each)));
  // The options the word adds, less those typed too (`today --today`).
  const added = (meant.options ?? []).filter((option) => !after.includes(option));
  const command = `\`${[ethicsForLibrary(), meant.command, ...added, ...rest].join(" ")}\``;
  return { message, hint: `${back.said === "" ? command : `${back.said} ${command}`}${leftOut}` };
}

/** The commands that read codes: as their arguments, or (OPTION_CODES) with --code. */
const READ_CODES: ReadonlySet<string> = new Set(["show", "list", "diff", "export", "search", "topic", "topics", "random", "quiz"]);

/** Those of READ_CODES whose codes said before them go in --code: they take none as arguments, or take other words (a question, a theme). */
const OPTION_CODES: ReadonlySet<string> = new Set(["search", "topic", "topics", "random", "quiz"]);

/** Whether the command `name` takes codes as its arguments (`list alaska`, `diff ak nc`). */
export const takesCodesAsArguments = (name: string): boolean => READ_CODES.has(name) && !OPTION_CODES.has(name);

/**
 * `ethics medi-cal show integrity 12`, `ethics alaska diff medi-cal`, `ethics wisconsin quiz`:
 * a command named after the codes it is asked of, as one says "Medi-Cal: show me Integrity 12".
 * The first words were read as a reference for show ("no section 'show integrity' in
 * medi-cal"), or were an unknown command. Where the words before a command's name name codes
 * (or, before show, a reference), and those after are the command's, the command comes first:
 * the codes are its arguments where it takes them so, else given to --code. Undefined otherwise.
 */
function commandTypedAfterCodes(codes: HintCodes, program: Command, words: readonly string[]): { message: string; hint: string } | undefined {
  // Words that read whole as show's reference are one (a user's code may have a section "List");
  // not those read only as a misspelt code's ("north carolina list": 'north carolina list' for north-carolina).
  const asReference = codes.referenceNamedBack(words);
  if (asReference.words !== undefined && asReference.said === "") return undefined;
  const at = words.findIndex((word) => word.startsWith("-") || isCommandName(word) || word === "help");
  if (at < 1 || words[at]!.startsWith("-")) return undefined;
  if (!READ_CODES.has(words[at]!)) return codeBeforeCommandTakingNone(codes, program, words, at);
  const name = words[at]!;
  const taker = program.commands.find((each) => each.name() === name);
  const before = words.slice(0, at);
  const after = words.slice(at + 1);
  if (taker === undefined || !optionsAllTakenBy(taker, after)) return undefined;
  // Given back as a hint gives codes back: a misspelt one as the code offered, and said so.
  const asCodes = codes.codesNamedBack(codes.codeNamesTyped(before));
  const back = asCodes.words === undefined && name === "show" ? codes.referenceNamedBack(before) : asCodes;
  if (back.words === undefined) return undefined;
  const given = back === asCodes && OPTION_CODES.has(name) ? [...after, "--code", back.words.join(",")] : [...back.words, ...after];
  const message = `unknown command '${words[0]!}': the command comes first, then what it is asked of`;
  if (!takesArguments(taker, given)) return { message, hint: `\`${ethicsForLibrary()} help ${name}\` shows what it takes, with examples` };
  // What show refuses in the references (`medi-cal show integrity 99`) is the hint, as for a code named first.
  const refused = name === "show" ? codes.referenceNamedBack(withoutOptions(given, program)) : undefined;
  if (refused !== undefined && refused.words === undefined) return { message, hint: refused.said };
  const command = `\`${[ethicsForLibrary(), name, ...given.map((each) => (each.startsWith("-") ? shellWord(each) : shellPath(each)))].join(" ")}\``;
  return { message, hint: back.said === "" ? command : `${back.said} ${command}` };
}

/**
 * `ethics alaska validate`, `ethics alaska completion bash`, `ethics alaska help`: a code named
 * before a command that takes none (or before help). Read as show's reference, it was "no
 * section 'validate' in alaska". Said so, with the command as it runs without the code.
 * Undefined where the words before the command name no code, or it refuses the words after it.
 */
function codeBeforeCommandTakingNone(codes: HintCodes, program: Command, words: readonly string[], at: number): { message: string; hint: string } | undefined {
  const name = words[at]!;
  const named = codes.codesNamedBack(codes.codeNamesTyped(words.slice(0, at)));
  if (named.words === undefined) return undefined;
  const after = words.slice(at + 1);
  const message = `unknown command '${words[0]!}': ${name} takes no code`;
  const ethics = ethicsForLibrary();
  if (name === "help") {
    // `help show` asks of a command; any other words, of nothing help answers.
    const asked = after.length === 1 && isCommandName(after[0]!) ? after[0] : undefined;
    return { message, hint: asked === undefined ? `\`${ethics} help\` lists the commands` : `\`${ethics} help ${asked}\` shows what it takes, with examples` };
  }
  const taker = program.commands.find((each) => each.name() === name);
  if (taker === undefined || !optionsAllTakenBy(taker, after)) return undefined;
  if (!takesArguments(taker, after)) return { message, hint: `\`${ethics} help ${name}\` shows what it takes, with examples` };
  const command = [ethics, name, ...after.map((each) => (each.startsWith("-") ? shellWord(each) : shellPath(each)))].join(" ");
  return { message, hint: `\`${command}\`` };
}

/** `words` without the options `meant` refuses (each with its value, in any form commander reads), and those left out, as typed. */
function withoutRefused(words: readonly string[], meant: Meant, taker: Command | undefined): { kept: string[]; left: string[] } {
  const refused = (meant.refuses?.options ?? []).map((long) => ({ long, short: taker?.options.find((option) => option.long === long)?.short }));
  const kept: string[] = [];
  const left: string[] = [];
  for (let at = 0; at < words.length; at++) {
    if (words[at] === "--") return { kept: [...kept, ...words.slice(at)], left };
    const option = refused.map(({ long, short }) => typedOption(words, at, long, short)).find((each) => each !== undefined);
    if (option === undefined) kept.push(words[at]!);
    else {
      left.push(...words.slice(at, option.last + 1).map(shellWord));
      at = option.last;
    }
  }
  return { kept, left };
}

/** Whether the run's first word says a command in other words, or is no command at all (a code, a question: wordsAsCommand). */
export function saysCommandOtherwise(args: readonly string[]): boolean {
  return saidAt(args) !== undefined;
}

/**
 * Words a run may start with that are left to commander and its messages: commands not listed
 * among the others (commander's help, the completion scripts' __complete), and the program's
 * options typed without their dashes, which get "did you mean --version?" (usage-messages.ts).
 */
const OTHER_COMMANDS: ReadonlySet<string> = new Set(["help", "__complete", "version", "color", "no-color", "no-pager", "plain", "data"]);

/**
 * The run's first word where it names no command: one that says a command in other words
 * (SAID), or, `unnamed`, one that is none (`ethics alaska`, `ethics can I accept a gift`),
 * unless it is a slip of a command's name, which commander's "did you mean" answers.
 */
function saidAt(args: readonly string[]): { word: string; at: number; unnamed?: true } | undefined {
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--") return undefined;
    if (word === "--data") at++;
    else if (!word.startsWith("-")) {
      if (isCommandName(word) || OTHER_COMMANDS.has(word)) return undefined;
      if (SAID_FOR.has(word.toLowerCase())) return { word, at };
      return nearest(word, COMMAND_NAMES, typoDistance) === undefined && word.trim() !== "" ? { word, at, unnamed: true } : undefined;
    }
  }
  return undefined;
}

/** `words` without the options among them, each with its value where some command's takes one as the next word (`--code alaska`). */
function withoutOptions(words: readonly string[], program: Command): string[] {
  const takingValues = new Set(program.commands.flatMap((command) => command.options.filter((option) => option.required).flatMap((option) => [option.long, option.short])));
  const kept: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (!word.startsWith("-") || word === "-") kept.push(word);
    else if (takingValues.has(word)) at++;
  }
  return kept;
}

/** Whether every option among `words` is one `command` takes. */
function optionsAllTakenBy(command: Command, words: readonly string[]): boolean {
  return words.every((word) => !word.startsWith("-") || word === "-" || command.options.some((option) => option.long === word.split("=")[0] || option.short === word));
}

/** A word that is a path to a file of codes: `ethics my-code.yaml`, `ethics ./codes`. */
const PATH_LIKE = /[/\\]|\.ya?ml$/i;

/**
 * The command that `words` (a run's words from its first, which names no command) are the
 * arguments of: a reference show reads (`alaska`, `medi-cal integrity 12`); files or folders
 * to validate; else, where the first is a word of English, a question to search for. Undefined
 * where they read as none: "unknown command" and the commands' list say it.
 */
function wordsAsCommand(codes: HintCodes, words: readonly string[]): Meant | undefined {
  if (words.length === 0) return undefined;
  // A code named first, though show refuses the rest (`medi-cal integrity 99`): show's own message is the hint.
  const namesCode = codes.codesNamedBack([words[0]!]).said === "";
  if (namesCode || codes.referenceNamedBack(words).words !== undefined) return { command: "show", does: "prints codes, sections and standards" };
  if (words.every((word) => PATH_LIKE.test(word) && existsSync(word))) return { command: "validate", does: "checks code files" };
  // The first word a word of the question (`can`, `gifts`), not a command unknown to ethics (`frobnicate gifts`).
  const first = words[0]!.toLowerCase().match(/\p{L}+/gu) ?? [];
  return first.length > 0 && (STOP_WORDS.has(first[0]!) || englishWordCheck()(first[0]!)) ? { command: "search", does: "finds the standards on a question" } : undefined;
}

/**
 * `words` for `command` with the codes they name given back (code-named-back.ts): --code's,
 * diff's and list's arguments, show's references. No words where one names no code, and what
 * is said of it; else what is said of the codes offered for misspelt ones.
 */
function codesGivenBack(codes: HintCodes, command: Command, words: readonly string[]): GivenBack {
  const codeOption = command.options.find((option) => option.long === "--code");
  const given = [...words];
  const said: string[] = [];
  const positional: number[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (word === "--") {
      for (let later = at + 1; later < words.length; later++) positional.push(later);
      break;
    }
    const code = codeOption === undefined ? undefined : typedOption(words, at, codeOption.long!, codeOption.short);
    if (code !== undefined) {
      const start = at;
      at = code.last;
      if (code.value === undefined) continue;
      const back = codes.codesNamedBack(code.value.split(",").filter((part) => part.trim() !== "").map((part) => part.trim()));
      if (back.words === undefined) return back;
      // Glued on (`--code=x`, `-cx`), the value is given back in its word.
      const glued = code.last === start ? word.slice(0, word.length - code.value.length) : "";
      given[code.last] = glued + back.words.join(",");
      if (back.said !== "") said.push(back.said);
      continue;
    }
    if (word.startsWith("-") && word.length > 1) {
      if (command.options.find((each) => each.long === word || each.short === word)?.required) at++;
      continue;
    }
    positional.push(at);
  }
  const back = argumentsGivenBack(codes, command.name(), positional.map((at) => words[at]!));
  if (back.words === undefined) return back;
  if (back.said !== "") said.push(back.said);
  // The arguments given back where they were typed; those typed as they are kept as they were.
  const unchanged = back.said === "";
  const out = given.flatMap((word, at) => (unchanged || !positional.includes(at) ? [word] : at === positional[0] ? back.words! : []));
  return { words: out, said: said.join("; ") };
}

/** The arguments of the command `name` given back: diff's two codes, list's one (of several words, as list reads it), show's references. */
function argumentsGivenBack(codes: HintCodes, name: string, typed: readonly string[]): GivenBack {
  if (name === "show") return codes.referenceNamedBack(typed);
  if (name === "diff") return codes.codesNamedBack(typed);
  if (name === "list" && typed.length > 0) return codes.codesNamedBack([typed.join(" ")]);
  return { words: [...typed], said: "" };
}

/** Whether `words` give `command` as many arguments as it takes (its options' values are none). */
export function takesArguments(command: Command, words: readonly string[]): boolean {
  let count = 0;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (word === "--") {
      count += words.length - at - 1;
      break;
    }
    if (word.startsWith("-") && word.length > 1) {
      const option = command.options.find((each) => each.long === word || each.short === word);
      if (option === undefined ? lettersRunTogether(command, word)?.takesNext : option.required) at++;
      continue;
    }
    count++;
  }
  const { least, most } = argumentsTaken(command);
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

