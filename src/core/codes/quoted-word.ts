// A word typed, quoted back in a message: one too long for a line (a file pasted as an argument,
// "1," typed 150,000 times and glued into one word "1,1,1,…" by the reference reader) is cut in
// the middle to the columns a quoted query gets, so the message can still be read and fits the
// terminal. The one cut for both the messages the core builds from the words it read and those
// the command line cuts on their way out (src/cli/typed-words.ts).
import { QUERY_SHOWN, shortenMiddle } from "../shorten.js";
import { visibleLength } from "../text-width.js";

/** An 80-column terminal's line: a word no wider is quoted whole. */
const LINE_WIDTH = 80;

/**
 * `word` as a message quotes it: whole where it fits `columns` (a line), else its start and end
 * with "…" between.
 */
export function quotedWord(word: string, columns = LINE_WIDTH): string {
  // No character takes more than two columns: a word of half a line's characters fits it.
  if (word.length * 2 <= columns || visibleLength(word) <= columns) return word;
  return shortenMiddle(word, QUERY_SHOWN);
}
