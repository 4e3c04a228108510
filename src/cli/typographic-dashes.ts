// `ethics search gifts —json`: word processors, phones and chat apps turn the `--` of an option
// into a dash (—, –), and a keyboard in fullwidth mode types －－ｊｓｏｎ. To commander such a word
// is no option but an argument: search looked for it as words, show read it as a code's name
// ("no code '-json'"). A dash or two of that kind before the name of an option the command
// takes is a usage error naming the option meant. Only such names: any other word a dash
// leads ("—and", "–5") is the user's, as is every word after `--`.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { isCommandName } from "./command-name.js";
import { takesNextWord } from "./program.js";
import { takesPaths } from "./usage-messages.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { madeWhenUsed } from "../core/made-when-used.js";

/**
 * A dash that is not the hyphen-minus options are written with: Unicode's dash punctuation
 * (the ASCII hyphen-minus among them, told apart below) and the minus signs, but not the wave
 * dashes (〜, 〰), which read as a tilde.
 */
const dashLike = madeWhenUsed(() => /[\p{Pd}\u2212\u2796\u207b\u208b]/u);
const WAVE_DASHES = /[\u301c\u3030]/;

/** Names of the dashes people most often type for `-`, to say which one a word starts with. */
const DASH_NAMES: Readonly<Record<string, string>> = {
  "\u2010": "a Unicode hyphen (U+2010)",
  "\u2011": "a non-breaking hyphen",
  "\u2012": "a figure dash",
  "\u2013": "an en dash",
  "\u2014": "an em dash",
  "\u2015": "a horizontal bar",
  "\u2212": "a minus sign",
  "\ufe63": "a small hyphen-minus",
  "\uff0d": "a fullwidth hyphen-minus",
};

/**
 * Of ASCII, only the hyphen-minus is a dash: told without DASH_LIKE, whose \p{Pd} is a Unicode
 * set V8 builds at the expression's first use, in every run whose words are all ASCII.
 */
const isDashLike = (character: string) => (character < "\u0080" ? character === "-" : dashLike().test(character) && !WAVE_DASHES.test(character));

function dashName(character: string): string {
  return DASH_NAMES[character] ?? `a dash (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`;
}

/**
 * A word led by one or two dashes, not all of them hyphen-minus, split into those dashes, the
 * option name after them (fullwidth letters read as plain, in lower case) and an `=value` as
 * typed; undefined for any other word.
 */
export function typographicOptionWord(word: string): { dashes: string; name: string; value?: string } | undefined {
  const characters = [...word];
  let count = 0;
  while (count < 2 && count < characters.length && isDashLike(characters[count]!)) count++;
  const dashes = characters.slice(0, count).join("");
  if (count === 0 || /^-*$/.test(dashes)) return undefined;
  const rest = characters.slice(count).join("").normalize("NFKC");
  const [, name, value] = /^([a-z][a-z-]*)(?:=([^]*))?$/i.exec(rest) ?? [];
  if (name === undefined) return undefined;
  return { dashes, name: name.toLowerCase(), ...(value !== undefined && { value }) };
}

/** The long option names (`json`, `no-pager`) the command takes, the program's and help among them. */
function longNames(program: Command, command: Command | undefined): Set<string> {
  const names = new Set(["help"]);
  for (const option of [...(command?.options ?? []), ...program.options]) if (option.long) names.add(option.long.slice(2));
  return names;
}

/** Where the command's name is: the first word that is neither an option, an option's value nor a dashed word. */
function commandWordAt(program: Command, args: readonly string[]): number | undefined {
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (takesNextWord([program], word)) at++;
    else if (!word.startsWith("-") && typographicOptionWord(word) === undefined) return at;
  }
  return undefined;
}

/** The command the words name (commandWordAt). */
function commandNamed(program: Command, args: readonly string[]): Command | undefined {
  const at = commandWordAt(program, args);
  const word = at === undefined ? undefined : args[at]!;
  return word !== undefined && isCommandName(word) ? program.commands.find((command) => command.name() === word) : undefined;
}

/**
 * The first word that is an option of the command written with a typographic dash, as a usage
 * error; `args` are the words after the script. Not a word after `--`, an option's value, nor
 * the name of a file a command of paths is given (`validate —json`, where one is so named).
 */
export function typographicDashOption(program: Command, args: readonly string[]): { message: string; hint: string } | undefined {
  const command = commandNamed(program, args);
  // A word no command takes (the completion scripts' hidden __complete, an unknown command) is left to what reads it.
  const first = args.find((word) => !word.startsWith("-") && typographicOptionWord(word) === undefined);
  if (first !== undefined && command === undefined) return undefined;
  const names = longNames(program, command);
  const programNames = longNames(program, undefined);
  // The command's word, not the first plain word: in `--data DIR —json list` that is DIR.
  const commandAt = commandWordAt(program, args) ?? args.length;
  const commands = command === undefined ? [program] : [command, program];
  for (let at = 0; at < args.length; at++) {
    const word = args[at]!;
    if (word === "--") return undefined;
    if (takesNextWord(commands, word)) {
      at++;
      continue;
    }
    const typed = typographicOptionWord(word);
    if (typed === undefined || !names.has(typed.name)) continue;
    if (command !== undefined && takesPaths(command) && existsSync(word)) continue;
    const meant = `--${typed.name}${typed.value === undefined ? "" : `=${typed.value}`}`;
    const firstDash = [...typed.dashes].find((character) => character !== "-")!;
    // `ethics —json list`: --json typed there is the next mistake (an option of list before it),
    // so the hint says both corrections at once.
    const misplaced = command !== undefined && at < commandAt && !programNames.has(typed.name);
    return {
      message: `'${word}' starts with ${dashName(firstDash)}, not '--' — did you mean ${meant}?`,
      hint: misplaced
        ? `options are typed with plain hyphens (-), and those of ${command.name()} go after it: \`${ethicsForLibrary()} ${command.name()} ${meant}\``
        : "options are typed with plain hyphens (-); after -- no word is an option",
    };
  }
  return undefined;
}
