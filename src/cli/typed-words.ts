// A word typed on the command line comes back in messages ("no code '…'", "--limit takes a whole
// number, not '…'"). One too long for a line (a file pasted as an argument, a script's runaway
// 100 KB) is quoted cut in the middle to the columns a quoted query gets (QUERY_SHOWN), so the
// message can still be read and fits the terminal, around it the quotes and a folder before it;
// a word that fits a line is quoted whole, as typed (a long path too). So is a run of words typed
// apart and quoted as one name (a reference of 5,000 words).
import { QUERY_SHOWN, shortenMiddle } from "../core/shorten.js";
import { visibleLength } from "../core/text-width.js";

/** The pieces of the arguments a message may quote: each whole, after "=", and between commas. */
function typedPieces(argv: readonly string[]): string[] {
  const pieces = argv.flatMap((arg) => [arg, arg.trim(), arg.slice(arg.indexOf("=") + 1), ...arg.split(",").map((part) => part.trim())]);
  // Longest first, so that a piece inside another is not cut before the other is.
  return [...new Set(pieces)].sort((a, b) => b.length - a.length);
}

/**
 * `text` with every typed word wider than `columns` (a line) cut in the middle to QUERY_SHOWN,
 * and every run of typed words quoted together wider than a line ("no section 'gift gift …'",
 * of a reference of thousands of words) cut the same way.
 */
export function cutTypedWords(text: string, argv: readonly string[], columns: number): string {
  // Columns are never fewer than code units: a string this short cannot be too wide.
  let typedLength = -1;
  for (const arg of argv) typedLength += arg.length + 1;
  if (typedLength <= columns) return text;
  // A command in backticks is printed to be copied and run: a folder typed for --data, cut in
  // the middle there ("`ethics --data /tmp/a-lo…/my-codes --help`"), named no folder. Its words
  // are kept whole up to the longest path a system opens; a longer one could not run anyway.
  return text
    .split(CODE_SPAN)
    .map((part, at) => cutTyped(part, argv, at % 2 === 1 ? Math.max(columns, PATH_MAX) : columns))
    .join("");
}

/** A command printed to be copied, in backticks: "`ethics topics`". */
const CODE_SPAN = /(`ethics(?: [^`\n]*)?`)/;

/** Linux's PATH_MAX: the longest path the system opens, in bytes, and so in characters at most. */
const PATH_MAX = 4096;

function cutTyped(text: string, argv: readonly string[], columns: number): string {
  if (argv.some((arg) => arg.length > columns)) {
    for (const piece of typedPieces(argv)) {
      if (piece.length > columns && visibleLength(piece) > columns && text.includes(piece)) text = text.replaceAll(piece, shortenMiddle(piece, QUERY_SHOWN));
    }
  }
  // Messages quote what was typed in single quotes: a quoted run of the words typed, as typed.
  const typed = argv.join(" ");
  return text.replace(/'([^'\n]+)'/g, (quoted, run: string) => (run.length > columns && visibleLength(run) > columns && typed.includes(run) ? `'${shortenMiddle(run, QUERY_SHOWN)}'` : quoted));
}
