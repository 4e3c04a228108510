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
 * A query (or any words typed) quoted back in a message: whole where it fits QUERY_SHOWN
 * columns, else its start and its end with "…" between (shortenMiddle). The end of a long query
 * is as much what was asked as its start, and the word mistyped is as often there: a message
 * that kept the start alone ("no standard matches 'can I accept a gift from a peer …'") dropped
 * it. Every message quoting a query cuts it so, as names and commands are cut; the spaces
 * around it are not quoted ("… 'qqqqq qqqqq '").
 */
export function queryShown(text: string): string {
  return shortenMiddle(text.trim(), QUERY_SHOWN);
}

/**
 * `text` in at most `columns` columns, cut in the middle: its start and its end kept with "…"
 * between. Each side is cut between words where a space falls in its later half ("the thing
 * about not … work today please", not "not …t work", read as a word of its own), the "…" spaced
 * from a whole word; a side with no space there (a path, one long word, a list glued of
 * thousands of numbers) is cut between graphemes: "ethics show wisconsin …1,1,1,1".
 */
export function shortenMiddle(text: string, columns: number): string {
  if (visibleLength(text) <= columns) return text;
  const start = startAtWord(text, shorten(text, Math.ceil((columns - 1) / 2) + 1).slice(0, -1));
  const beforeCut = start.atWord ? " " : "";
  const end = endAtWord(endWithin(text, columns - visibleLength(start.shown) - beforeCut.length - 1));
  return `${start.shown}${beforeCut}…${end.atWord ? " " : ""}${end.shown}`;
}

/** A side of a text cut in the middle as shown, and whether it ends (or starts) at a whole word. */
interface Side {
  shown: string;
  atWord: boolean;
}

/** The start read, `read`, to its last whole word where that keeps half of it; else as read. */
function startAtWord(text: string, read: string): Side {
  const whole = text[read.length] === " " ? read.length : read.lastIndexOf(" ");
  const head = read.slice(0, Math.max(whole, 0)).trimEnd();
  return whole >= read.length / 2 && head !== "" ? { shown: head, atWord: true } : { shown: read, atWord: false };
}

/** The end read, `read`, from its first whole word where that keeps half of it; else as read. */
function endAtWord(read: string): Side {
  const space = read.indexOf(" ");
  const tail = read.slice(space + 1).trimStart();
  return space >= 0 && space <= read.length / 2 && tail !== "" ? { shown: tail, atWord: true } : { shown: read, atWord: false };
}

/**
 * The end of `text` in at most `columns` columns: read from its last graphemes, of no more code
 * units than it could hold; the first of them may be a part of one, and is never taken.
 */
function endWithin(text: string, columns: number): string {
  // As shorten reads printable ASCII: by characters, never loading ICU's break rules.
  if (PRINTABLE_ASCII.test(text)) return text.slice(-columns);
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
