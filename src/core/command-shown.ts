// A command printed for the user to copy and run ("hint: the code comes first: `ethics show wi
// 12`") is printed whole where one could copy it: its words take a few lines at most, besides
// the folders it names (which must be whole to run). A longer one is of thousands of words typed
// (a reference of 5,000 numbers put code first was a 10 KB hint; `ethics topics` and 100,000
// arguments got `ethics topic` and all of them, half a megabyte), which nobody copies from a
// terminal: it is cut in the middle between words, as any long text said back is (shortenMiddle),
// and quoted, not in backticks, since it no longer runs as printed. The one rule for the hints
// the core builds and for the commands the command line cuts on their way out (cli/typed-words.ts).
import { shortenMiddle } from "./shorten.js";
import { visibleLength } from "./text-width.js";

/** Linux's PATH_MAX: the longest path the system opens, in bytes, and so in characters at most. */
export const PATH_MAX = 4096;

/** The widest a command's words may be, its folders aside, to be printed whole: three lines. */
const WIDEST_WORDS = 3 * 80;

/** The longest command printed whole, its folders counted: four of the longest paths. */
const LONGEST_COMMAND = 4 * PATH_MAX;

/** A folder a command names, as shellPath quotes it: a word, or a '…' of words. */
const DATA_FOLDER = / --data (?:'(?:[^']|'\\'')*'|\S+)/g;

/**
 * `command`, in backticks, as a message shows it: whole where it can be copied, else cut in the
 * middle to `columns` (the room its line leaves) and in single quotes.
 */
export function commandShown(command: string, columns: number): string {
  const text = command.slice(1, -1);
  if (text.length <= LONGEST_COMMAND && visibleLength(text.replace(DATA_FOLDER, " --data")) <= WIDEST_WORDS) return command;
  return commandCut(command, columns);
}

/**
 * `command`, in backticks, as one that no longer runs as printed: cut in the middle to `columns`
 * and in single quotes. So is one a word of which was cut already (cli/typed-words.ts): in
 * backticks, `ethics topic aaa…aaa` read as a command to paste, which named another topic.
 */
export function commandCut(command: string, columns: number): string {
  return `'${shortenMiddle(command.slice(1, -1), columns)}'`;
}
