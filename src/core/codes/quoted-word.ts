// A word typed, quoted back in a message the reader builds from the words it read: glued from
// many arguments ("1," typed 150,000 times is one word "1,1,1,…"), it is in no argument the
// command line's own cut finds (src/cli/typed-words.ts), and was quoted whole (225 KB). Cut as
// that cuts a typed word wider than a line: in the middle, to the columns a quoted query gets.
import { QUERY_SHOWN, shortenMiddle } from "../shorten.js";
import { visibleLength } from "../text-width.js";

/** An 80-column terminal's line: a word no wider is quoted whole. */
const LINE_WIDTH = 80;

/** `word` as a message quotes it: whole where it fits a line, else its start and end with "…" between. */
export function quotedWord(word: string): string {
  // No character takes more than two columns: a word of half a line's characters fits it.
  if (word.length * 2 <= LINE_WIDTH || visibleLength(word) <= LINE_WIDTH) return word;
  return shortenMiddle(word, QUERY_SHOWN);
}
