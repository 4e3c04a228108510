// A user's text quoted back (a query in a message, an answer echoed in a quiz), cut short by
// terminal columns: never inside a character or a grapheme (é as e and its accent, 👍🏽, a
// family emoji joined with ZWJ, a flag), and the "…" that says it was cut counted in the width.
import { graphemeSegmenter, visibleLength } from "./text-width.js";

/**
 * Columns of a query quoted in an error message, at most. "ethics: no standard matches '" is
 * 29 columns: with 40 more and the closing quote the query ends by column 70 of an 80-column
 * terminal, so the message's wrapping never breaks the quoted query itself; and forty columns
 * (six words or so) are enough to recognise what one typed.
 */
export const QUERY_SHOWN = 40;

/**
 * Columns of a quiz answer said back, at most. An answer is a letter, a number or a choice's
 * words; of anything longer (a file piped by mistake) the start says enough. After "Your answer (A–D): " (19
 * columns) the echoed line ends by column 59, and "'…' is not one of the choices: …" wraps
 * after it.
 */
export const ANSWER_SHOWN = 40;

/**
 * Code units a column may stand for: a grapheme of many combining marks takes one column, and
 * a line of them would be read whole (and make a long message). Four covers an emoji with its
 * skin tone or a flag (two columns, four units) and a letter with three accents.
 */
const UNITS_PER_COLUMN = 4;

const asTyped = (grapheme: string): string => grapheme;

/** Printable ASCII: each character a grapheme of one column. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * `text` in at most `columns` columns, "…" included where it is cut. `show` turns each grapheme
 * into what is printed (the quiz makes controls visible: ␛, <U+202E>) and is measured as shown.
 */
export function shorten(text: string, columns: number, show: (grapheme: string) => string = asTyped): string {
  // Printable ASCII shown as typed, as nearly every query said back is, is cut by characters:
  // the first use of Intl.Segmenter loads ICU's break rules, ~87 M instructions (callgrind),
  // more than a whole `search gifts` adds to bare node, for "no standard matches '12'".
  if (show === asTyped && PRINTABLE_ASCII.test(text)) return text.length <= columns ? text : `${text.slice(0, Math.max(columns - 1, 0))}…`;
  const maxUnits = columns * UNITS_PER_COLUMN;
  // Past this many code units the text is cut anyway: the rest is never segmented.
  const read = text.length > maxUnits ? text.slice(0, maxUnits + 1) : text;
  const parts: { shown: string; width: number }[] = [];
  let width = 0;
  let units = 0;
  let cut = false;
  for (const { segment, index } of graphemeSegmenter().segment(read)) {
    const shown = show(segment);
    const partWidth = visibleLength(shown);
    // The last grapheme of a text read only in part may be a part of one.
    const partial = read !== text && index + segment.length === read.length;
    if (partial || width + partWidth > columns || units + segment.length > maxUnits) {
      cut = true;
      break;
    }
    parts.push({ shown, width: partWidth });
    width += partWidth;
    units += segment.length;
  }
  if (!cut) return parts.map((part) => part.shown).join("");
  const ellipsis = 1;
  while (parts.length > 0 && width + ellipsis > columns) width -= parts.pop()!.width;
  return parts.map((part) => part.shown).join("") + "…";
}

/**
 * `text` in at most `columns` columns, cut in the middle: its start and its end kept with "…"
 * between (a path keeps its file's name; a word its last letters), each cut between graphemes.
 */
export function shortenMiddle(text: string, columns: number): string {
  if (visibleLength(text) <= columns) return text;
  const startColumns = Math.ceil((columns - 1) / 2);
  const start = shorten(text, startColumns + 1); // ends in "…"
  const inWords = middleAtSpaces(text, start.slice(0, -1), columns);
  if (inWords !== undefined) return inWords;
  return start + endWithin(text, columns - visibleLength(start));
}

/**
 * The end of `text` in at most `columns` columns: read from its last graphemes, of no more code
 * units than it could hold; the first of them may be a part of one, and is never taken.
 */
function endWithin(text: string, columns: number): string {
  const read = text.slice(-(columns * UNITS_PER_COLUMN + 1));
  const parts = [...graphemeSegmenter().segment(read)].map(({ segment }) => segment);
  const end: string[] = [];
  let left = columns;
  for (let at = parts.length - 1; at >= (read === text ? 0 : 1); at--) {
    const width = visibleLength(parts[at]!);
    if (width > left) break;
    end.unshift(parts[at]!);
    left -= width;
  }
  return end.join("");
}

/**
 * Words (a reference or a topic of many words) cut in the middle between words, " … " between
 * the start's last whole word and the end's first: "the thing about not … work today please",
 * not "not …t work". Undefined where a cut between words would keep less than half of either
 * side, or the text is no words (a path, one long word): those are cut between graphemes.
 */
function middleAtSpaces(text: string, start: string, columns: number): string | undefined {
  if (!text.includes(" ")) return undefined;
  const startSpace = text[start.length] === " " ? start.length : start.lastIndexOf(" ");
  if (startSpace < start.length / 2) return undefined;
  const head = start.slice(0, startSpace).trimEnd();
  const tail = endWithin(text, columns - visibleLength(head) - 3);
  // The end starts at a word where a space stands before it; else its first word is a part of one.
  const atWord = text[text.length - tail.length - 1] === " ";
  const endSpace = atWord ? -1 : tail.indexOf(" ");
  if (head === "" || (!atWord && (endSpace < 0 || endSpace > tail.length / 2))) return undefined;
  return `${head} … ${tail.slice(endSpace + 1).trimStart()}`;
}
