// A word typed on the command line comes back in messages ("no code '…'", "--limit takes a whole
// number, not '…'"). One too long for a line (a file pasted as an argument, a script's runaway
// 100 KB) is quoted as the core quotes a word (core/codes/quoted-word.ts): cut in the middle, so
// the message can still be read and fits the terminal, around it the quotes and a folder before
// it; a word that fits a line is quoted whole, as typed (a long path too). So is a run of words
// typed apart and quoted as one name (a reference of 5,000 words). A value set in the
// environment is typed too, and said back as a word typed is: ETHICS_CODE's names ("no code
// '…'") and ETHICS_DATA's folders ("no folder '…'"), of 100 KB where a script set them wrong.
import { delimiter } from "node:path";
import { quotedWord } from "../core/codes/quoted-word.js";
import { PATH_MAX, commandCut, commandShown } from "../core/command-shown.js";
import { isDrawnOtherwise } from "../core/made-visible.js";
import { shellWord } from "../core/shell-path.js";
import { QUERY_SHOWN } from "../core/shorten.js";
import { visibleLength } from "../core/text-width.js";
import { visible } from "../render/terminal-text.js";
import { helpWidth } from "./output.js";

/** The variables whose values messages say back: ETHICS_CODE's names, ETHICS_DATA's folders. */
const VALUES_TYPED: readonly [variable: string, separator: string][] = [
  ["ETHICS_CODE", ","],
  ["ETHICS_DATA", delimiter],
];

let typedOfRun: string[] | undefined;

/** What this run was given, that a message may say back: its arguments, and those values. */
function wordsOfRun(): string[] {
  typedOfRun ??= [...process.argv.slice(2), ...VALUES_TYPED.flatMap(([variable, separator]) => (process.env[variable] ?? "").split(separator).filter((value) => value.trim() !== ""))];
  return typedOfRun;
}

/** The columns a quoted word may take: a line after "ethics: ", as stderrText wraps it. */
function typedWordColumns(): number {
  return helpWidth(process.env, 2) - "ethics: ".length;
}

/** `text`, a message of this run, with what was typed too long for a line cut (cutTypedWords). */
export function withTypedCut(text: string): string {
  return cutTypedWords(text, wordsOfRun(), typedWordColumns());
}

/**
 * The pieces of the arguments a message may quote: each whole, after "=", and between commas;
 * and a word of characters drawn otherwise as a command gives it again, in ANSI-C quotes
 * ($'\e[31m…'): 60 KB of binary typed to `topics` came back whole in the `topic` offered.
 */
function typedPieces(argv: readonly string[]): string[] {
  const pieces = argv.flatMap((arg) => [arg, arg.trim(), arg.slice(arg.indexOf("=") + 1), ...arg.split(",").map((part) => part.trim()), ...escapedForShell(arg)]);
  // Longest first, so that a piece inside another is not cut before the other is.
  return [...new Set(pieces)].sort((a, b) => b.length - a.length);
}

/** `arg` as a command printed gives it, where that is in ANSI-C quotes: not as typed. */
function escapedForShell(arg: string): string[] {
  const word = shellWord(arg);
  return word.startsWith("$'") ? [word] : [];
}

/**
 * `text` with every typed word wider than `columns` (a line) cut in the middle (quotedWord),
 * and every run of typed words quoted together wider than a line ("no section 'gift gift …'",
 * of a reference of thousands of words) cut the same way.
 */
export function cutTypedWords(text: string, argv: readonly string[], columns: number): string {
  // No code unit takes more than two columns (a wide character, 漢, takes two in one): a string
  // this short cannot be too wide. Counted as one column each, 60 漢 were quoted whole, 120 wide.
  let typedLength = -1;
  for (const arg of argv) typedLength += arg.length + 1;
  if (typedLength * 2 <= columns) return text;
  // A command in backticks is printed to be copied and run: a folder typed for --data, cut in
  // the middle there ("`ethics --data /tmp/a-lo…/my-codes --help`"), named no folder. Its words
  // are kept whole up to the longest path a system opens; a longer one could not run anyway.
  // What is typed is read once for all the parts: a page pasted as an argument, quoted back in a
  // message with commands in it, was cut apart and measured again for each (a minute).
  const typed = typedOf(argv);
  // What no command could keep whole is cut first, wherever it is: a page pasted as an argument
  // may hold commands in backticks itself, which split it apart, and it was quoted back whole.
  const cuts = new Set<string>();
  const parts = cutTyped(text, typed, Math.max(columns, PATH_MAX), cuts).split(CODE_SPAN);
  let column = 0;
  return parts
    .map((part, at) => {
      // A command cut is quoted in what its line leaves (its quotes too), or as a query is past it.
      const room = Math.max(columns - column - 2, QUERY_SHOWN);
      // A command a word of which was cut runs no more as printed: it reads as cut, not in backticks.
      const wordCut = at % 2 === 1 && [...cuts].some((cut) => part.includes(cut));
      const shown = at % 2 === 0 ? cutTyped(part, typed, columns) : wordCut ? commandCut(part, room) : commandShown(cutTyped(part, typed, Math.max(columns, PATH_MAX)), room);
      const lineEnd = shown.lastIndexOf("\n");
      column = lineEnd < 0 ? column + shown.length : shown.length - lineEnd - 1;
      return shown;
    })
    .join("");
}

const TYPED = new WeakMap<readonly string[], Typed>();

/**
 * `argv` as cutTyped reads it, made once for each list: a run's every message and warning is cut
 * by the same words, and 20,000 folders in ETHICS_DATA were split and sorted again for each.
 */
function typedOf(argv: readonly string[]): Typed {
  let typed = TYPED.get(argv);
  if (typed === undefined) {
    typed = { pieces: typedPieces(argv), joined: argv.join(" "), longest: argv.reduce((most, arg) => Math.max(most, arg.length), 0), widths: new Map() };
    TYPED.set(argv, typed);
  }
  return typed;
}

/** The arguments as cutTyped reads them, and the width of each text of them measured so far. */
interface Typed {
  pieces: string[];
  joined: string;
  longest: number;
  widths: Map<string, number>;
}

/** Whether `text`, typed, takes more than `columns` columns: measured once for each text. */
function widerThan(text: string, columns: number, typed: Typed): boolean {
  if (text.length * 2 <= columns && !isDrawnOtherwise(text)) return false;
  let width = typed.widths.get(text);
  if (width === undefined) {
    width = visibleLength(visible(text));
    typed.widths.set(text, width);
  }
  return width > columns;
}

/**
 * `text` quoted as a message shows it: made visible (␛, <U+202E>), then cut to the columns
 * that takes. Cut first, by the columns of what it typed, 40 columns of ESC and RLO were drawn
 * 200 wide. Given to replaceAll by a function: a string's "$'" (an ANSI-C quoted word) is
 * replaceAll's own "the text after the match", and broke the command it was in.
 */
const quotedShown = (text: string, columns: number) => quotedWord(visible(text), columns);

/** A command printed to be copied, in backticks: "`ethics topics`". */
const CODE_SPAN = /(`ethics(?: [^`\n]*)?`)/;

/** `text` with the words typed wider than `columns` cut; each word as cut added to `cuts`, where given. */
function cutTyped(text: string, typed: Typed, columns: number, cuts?: Set<string>): string {
  if (typed.longest * 2 > columns) {
    for (const piece of typed.pieces) {
      if (piece.length > text.length || !widerThan(piece, columns, typed) || !text.includes(piece)) continue;
      const shown = quotedShown(piece, columns);
      text = text.replaceAll(piece, () => shown);
      cuts?.add(shown);
    }
  }
  // Messages quote what was typed in single quotes: a quoted run of the words typed, as typed.
  return text.replace(/'([^'\n]+)'/g, (quoted, run: string) => (widerThan(run, columns, typed) && typed.joined.includes(run) ? `'${quotedShown(run, columns)}'` : quoted));
}
