// Text as the terminal shows it: what is made visible, how wide it is, how it wraps.
//
// Text from code files, their keys and their file names is data, never terminal instructions.
// Before anything is printed (every output form but --json, which escapes the same characters
// as \uXXXX, and YAML, which escapes them its own way) these are made visible:
// - C0 controls (tab and newline too: every field is one line), DEL, and C1 controls. ESC starts
//   escape sequences (colours, clearing the screen, window titles, clipboard writes); U+009B is
//   ESC [ to some terminals; CR and BS overwrite what was printed; BEL rings.
// - The bidirectional controls (Unicode's Bidi_Control: U+061C, U+200E–U+200F, U+202A–U+202E,
//   U+2066–U+2069): they reorder what is shown, so that text reads otherwise than it is
//   ("Trojan Source", CVE-2021-42574).
// - Line and paragraph separators (U+2028, U+2029; NEL is C1): some terminals and editors break
//   lines on them, which can forge a line of output (a fake "hint:").
// - Characters that show nothing and can hide text or make two names look alike: zero width
//   space (U+200B), word joiner and invisible operators (U+2060–U+2064), the byte order mark
//   (U+FEFF), U+180E, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the interlinear
//   annotation marks (U+FFF9–U+FFFB), and the tag characters (U+E0000–U+E007F, invisible copies
//   of ASCII used to smuggle text); and the rest of Unicode's Default_Ignorable_Code_Point, but
//   for what is kept below: the Khmer inherent vowels (U+17B4, U+17B5), U+2065 and the
//   deprecated format characters (U+206A–U+206F), U+FFF0–U+FFF8, the shorthand format controls
//   (U+1BCA0–U+1BCA3), the musical format characters (U+1D173–U+1D17A), and the tags' plane
//   past them (U+E0080–U+E0FFF) but the ideographic variation selectors (U+E0100–U+E01EF).
// - Unicode's noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane: U+FFFE,
//   U+FFFF, U+1FFFE … U+10FFFF), kept out of interchange: a terminal draws nothing, a box or
//   a "?", and an editor may refuse a file that holds one.
// Kept as they are: the zero width joiner and non-joiner (U+200C, U+200D) and the variation
// selectors, which Persian, the Indic scripts and emoji need, and the soft hyphen. They cannot
// move the cursor or reorder text; they could make two names look alike, but every name a user
// types (code ids, aliases, section ids) is a slug of a–z, 0–9 and hyphens, so none can hide
// in one. But for joiners and selectors with ASCII (or the text's edge) on both sides: between
// Latin letters, digits and punctuation they join and vary nothing, and only hide, as in a file
// `ite<U+200D>ms.yaml` named beside `items.yaml` in a clash ("… ite‍ms.yaml: id 'items' clashes
// with … items.yaml"). Those are made visible too. (A keycap, 1️⃣, has U+20E3 after its
// selector: kept.)
// A character made visible is shown as its control picture (␛, ␇, ␉, ␊) or as <U+202E>.
import { ANSI_PATTERN, lineBreakParts, mayHoldWide, overflowPieces, visibleLength } from "./columns.js";
import { BEYOND_C0, BEYOND_C0_CLASS, BEYOND_C0_HIGH_SURROGATES, IDLE_JOINERS, JOINER_OR_SELECTOR, UNSAFE } from "../core/made-visible.js";

/**
 * Any character that may start one of the above, or be a joiner or selector IDLE_JOINERS
 * names (below), as a single class: testing for it first is
 * ~2.5× faster than a replace that finds nothing, which is what nearly every text gets (an
 * export of a thousand codes makes half a million texts visible).
 */
const MAYBE_UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0_CLASS}${BEYOND_C0_HIGH_SURROGATES}\\u200c\\u200d\\ufe00-\\ufe0f]`);
/** The same, but a newline is a line break: for messages, which may span lines. */
const UNSAFE_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f]|${BEYOND_C0}`, "g");
const UNSAFE_BEYOND_C0 = new RegExp(BEYOND_C0, "g");
/**
 * MAYBE_UNSAFE without C0: JSON and YAML text is full of newlines (which they escape
 * themselves), so testing for C0 too would send nearly every text to the replace.
 */
const MAYBE_UNSAFE_BEYOND_C0 = new RegExp(`[${BEYOND_C0_CLASS}${BEYOND_C0_HIGH_SURROGATES}]`);

function picture(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code); // control pictures ␀…␟ (␛ for ESC)
  if (code === 0x7f) return "␡";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** Characters kept raw in data (above) that show nothing by themselves. */
const SHOWS_NOTHING = /^[\u00ad\u200c\u200d\ufe00-\ufe0f]+$/;

/**
 * A run a message quotes that would show nothing (a lone joiner or soft hyphen): each of its
 * characters named (<U+200D>), so that the quote is not an empty ''.
 */
export function namedIfShowingNothing(run: string): string {
  return SHOWS_NOTHING.test(run) ? [...run].map(picture).join("") : run;
}

/** Whether `visible` might change `text` (false: it would not). */
export function mayBeUnsafe(text: string): boolean {
  return MAYBE_UNSAFE.test(text);
}

function idleJoinersNamed(text: string): string {
  return JOINER_OR_SELECTOR.test(text) ? text.replace(IDLE_JOINERS, (run) => [...run].map(picture).join("")) : text;
}

/** One field of data (a text, a title, a key, a file name) as safe, visible text. */
export function visible(text: string): string {
  return MAYBE_UNSAFE.test(text) ? idleJoinersNamed(text).replace(UNSAFE, picture) : text;
}

/** A message or a report that may span lines: the same, newlines kept. */
export function visibleLines(text: string): string {
  return MAYBE_UNSAFE.test(text) ? idleJoinersNamed(text).replace(UNSAFE_BUT_NEWLINE, picture) : text;
}

/**
 * Text in which C0 controls are already escaped (JSON.stringify's output, YAML's double-quoted
 * scalars) with the other characters above escaped too, by `escape` (code point → escape).
 * The value read back is the same; a terminal shows the escape.
 */
export function escapeBeyondC0(text: string, escape: (codePoint: number) => string): string {
  return MAYBE_UNSAFE_BEYOND_C0.test(text) ? text.replace(UNSAFE_BEYOND_C0, (char) => escape(char.codePointAt(0)!)) : text;
}

/** JSON text from JSON.stringify with the characters above as \uXXXX: inert on a terminal. */
export function escapeJson(json: string): string {
  return escapeBeyondC0(json, (code) =>
    code > 0xffff
      ? `\\u${(0xd800 + ((code - 0x10000) >> 10)).toString(16)}\\u${(0xdc00 + ((code - 0x10000) & 0x3ff)).toString(16)}`
      : `\\u${code.toString(16).padStart(4, "0")}`,
  );
}

export { ANSI_PATTERN, visibleLength };

/**
 * The longest line prose is wrapped to, however wide the terminal: lines much longer than this
 * are hard to read (typographers' measure is 45–90 characters; 100 columns leave room for the
 * indents of items and notes).
 */
export const MEASURE = 100;

/** The SGR parameters that end a style, each of those it ends (bold and dim share 22). */
const ENDS: ReadonlyMap<number, (code: number) => boolean> = new Map([
  [22, (code: number) => code === 1 || code === 2],
  [23, (code: number) => code === 3],
  [24, (code: number) => code === 4],
  [27, (code: number) => code === 7],
  [28, (code: number) => code === 8],
  [29, (code: number) => code === 9],
  [39, (code: number) => (code >= 30 && code <= 38) || (code >= 90 && code <= 97)],
  [49, (code: number) => (code >= 40 && code <= 48) || (code >= 100 && code <= 107)],
]);

/** An escape's first SGR parameter (`\x1b[2m`: 2, `\x1b[m`: 0); undefined for any other escape. */
function firstParameter(escape: string): number | undefined {
  const sgr = /^\x1b\[([0-9;]*)m$/.exec(escape);
  return sgr === null ? undefined : Number(sgr[1]!.split(";")[0] || 0);
}

/**
 * The escape sequences that set the style in force after `text`, given those before it: only
 * those still open. Every escape seen was kept, those closed too, and replayed after each break
 * of a line: at 30 columns a dimmed line of words went on as six empty dim runs before its
 * next word (`\x1b[2m\x1b[22m` × 6), and ended with a reset though nothing was open.
 */
function stylesAfter(styles: string, text: string): string {
  if (!text.includes("\x1b")) return styles;
  let open: string[] = [...(styles.match(ANSI_PATTERN) ?? [])];
  for (const escape of text.match(ANSI_PATTERN) ?? []) {
    const code = firstParameter(escape);
    const ends = code === undefined ? undefined : ENDS.get(code);
    if (code === 0) open = [];
    else if (ends !== undefined) open = open.filter((earlier) => !ends(firstParameter(earlier) ?? -1));
    else open.push(escape);
  }
  return open.join("");
}

/**
 * The words with each citation separator ("·") kept on the line of the word before it: a line
 * that starts with one reads as a list item ("Working Well Together" / "· Cultural Relevancy 1").
 */
function gluedSeparators(words: string[]): string[] {
  if (!words.includes("·")) return words;
  const glued: string[] = [];
  for (const word of words) {
    if (word === "·" && glued.length > 0) glued[glued.length - 1] += " ·";
    else glued.push(word);
  }
  return glued;
}

/**
 * A word wider than a whole line starts on the line before it where that has at least this
 * many columns left, and on a line of its own where not: a scrap of a URL at a line's end reads
 * as noise.
 */
const OVERFLOW_START = 12;

/**
 * A word's `parts` with each wider than `widest` columns cut to fit (overflowPieces): its first
 * piece to what the line has left before it (`leftAt`, by the part's place in the word) where
 * that is OVERFLOW_START or more, the rest to `room`, a whole line's. Each piece, with whether
 * it is the first of the word. Lazily: what a line has left before a part is known only once
 * the parts before it are laid out. (Asked ahead, a part after a Chinese run was cut to the room
 * the line had before the word: on a message's first line, shorter than its hanging indent, one
 * column more than the next line had.)
 */
function* cutOverflowing(parts: readonly string[], widest: number, room: number, leftAt: (index: number) => number): Generator<{ piece: string; first: boolean }> {
  for (const [index, part] of parts.entries()) {
    if (visibleLength(part) <= widest) {
      yield { piece: part, first: index === 0 };
      continue;
    }
    const left = leftAt(index);
    for (const [at, piece] of overflowPieces(part, left >= OVERFLOW_START ? left : 0, room).entries()) yield { piece, first: index === 0 && at === 0 };
  }
}

/**
 * The word that opens a command printed in backticks to be copied: "`ethics", "(`ethics", and
 * the `mv` a hint gives to move a file ethics cannot read out of the way.
 */
const OPENS_COMMAND = /^[("“'[]?`(?:ethics|mv)$/;

/** Whether text may print a command (OPENS_COMMAND): only such text is looked at for one, on every line's path. */
const mayPrintCommand = (text: string) => text.includes("`ethics") || text.includes("`mv ");

const unstyled = (word: string): string => (word.includes("\x1b") ? word.replace(ANSI_PATTERN, "") : word);

/**
 * The words of a line with each command in backticks ("`ethics --data /tmp/my-codes --help`")
 * as one word, spaces and all. An opening backtick with no closing one after it opens nothing;
 * other text in backticks (a user's words quoted) is words. Colour around them is no part of them.
 */
function commandsWhole(words: readonly string[]): { text: string; code: boolean }[] {
  const units: { text: string; code: boolean }[] = [];
  for (let at = 0; at < words.length; at++) {
    const closing = OPENS_COMMAND.test(unstyled(words[at]!)) ? words.findIndex((word, later) => later > at && word.includes("`")) : -1;
    if (closing < 0) {
      units.push({ text: words[at]!, code: /`ethics`/.test(words[at]!) });
      continue;
    }
    units.push({ text: words.slice(at, closing + 1).join(" "), code: true });
    at = closing;
  }
  return units;
}

/**
 * Word-wrap to `width` columns (at most MEASURE), every line but the first starting with
 * `indent`. Lines break at spaces, and inside a word only next to a wide character (Chinese,
 * Japanese and Korean text, emoji: see lineBreakParts), which is how those scripts are written.
 * Styles must not span spaces (style word by word); a style open at a break inside a word is
 * closed before it and opened again after. A word wider than the whole line (a long URL or
 * file name) breaks where it must (overflowPieces): left whole, the terminal would fold it at
 * its last column, without the indent, into a line no 80-column layout holds. A command in
 * backticks, printed to be copied, is never broken (as fitLine keeps it).
 */
export function wrap(text: string, width: number, indent = "", firstIndent = indent): string {
  const atSpaces = gluedSeparators(text.split(" ").filter((word) => word !== ""));
  // On every line's path: only text that prints a command is looked at for one.
  const units = mayPrintCommand(text) ? commandsWhole(atSpaces) : undefined;
  const words = units?.map((unit) => unit.text) ?? atSpaces;
  if (!Number.isFinite(width)) return firstIndent + words.join(" ");
  const limit = Math.min(width, MEASURE);
  const lines: string[] = [];
  let line = firstIndent;
  let lineLength = visibleLength(firstIndent);
  let empty = true;
  /** Adds `part`, after a space if `spaced`, on a new line if it does not fit; `styles` reopen there. */
  const add = (part: string, spaced: boolean, styles: string) => {
    const length = visibleLength(part);
    if (!empty && length === 0) {
      line += part; // escapes alone end the line's style (invisibleOnLine)
      return;
    }
    if (!empty && lineLength + (spaced ? 1 : 0) + length > limit) {
      lines.push(styles ? line + "\x1b[0m" : line);
      line = indent + styles + part;
      lineLength = visibleLength(indent) + length;
    } else {
      line += (spaced && !empty ? " " : "") + part;
      lineLength += (spaced && !empty ? 1 : 0) + length;
    }
    empty = false;
  };
  const room = Math.max(1, limit - visibleLength(indent));
  // Most text (every built-in code) is narrow throughout: it breaks at spaces only.
  const breaksInside = mayHoldWide(text);
  for (const [index, word] of words.entries()) {
    // A command in backticks is never broken (fitLine): on a line of its own if it must be.
    if (units?.[index]!.code || (!breaksInside && visibleLength(word) <= limit)) {
      add(word, true, "");
      continue;
    }
    // A part the indent leaves too little room for but the line could hold is left whole, for
    // the output's last fitting (fitLines) to set it further left, as a hanging column of
    // "Document: " does on a narrow terminal.
    let styles = "";
    for (const { piece, first } of cutOverflowing(breaksInside ? lineBreakParts(word) : [word], limit, room, (index) => limit - lineLength - (!empty && index === 0 ? 1 : 0))) {
      add(piece, first, styles);
      styles = stylesAfter(styles, piece);
    }
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * Items joined by `separator`, wrapped to `width` (at most MEASURE) between items, never inside
 * one ("ak = alaska"): each line but the first starts with `indent`. A separator that is a
 * pause (", ", "; ": --plain's, read aloud) keeps its mark at the end of the line an item ends,
 * as wrapUnits keeps a comma: dropped at a wrap, a screen reader ran the two items together. A
 * "·" only sets items apart on a line, and a line's end does that.
 */
export function wrapItems(items: readonly string[], width: number, separator = " · ", indent = ""): string {
  const mark = /^[,;]/.exec(separator)?.[0];
  const marked = mark === undefined ? items : items.map((item, at) => (at < items.length - 1 ? item + mark : item));
  const between = mark === undefined ? separator : separator.slice(mark.length);
  const limit = Math.min(width, MEASURE);
  const lines: string[] = [];
  let line = "";
  for (const item of marked) {
    if (line !== "" && visibleLength(line + between + item) > limit) {
      lines.push(line);
      line = indent + item;
    } else line = line === "" ? (lines.length > 0 ? indent : "") + item : line + between + item;
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * Items that each read as one (citations: "Integrity 5", "Cultural Relevancy 1") joined by ", ",
 * word-wrapped to `width` (at most MEASURE) between items, never inside one that a line after
 * `indent` can hold: "Integrity" at a line's end and "5" on the next read as two things, neither
 * of them a citation. The comma stays at the end of the line an item ends. Every line but the
 * first starts with `indent`.
 */
export function wrapUnits(items: readonly string[], width: number, indent = "", firstIndent = indent): string {
  return wrapPhrases(
    items.map((item, at) => (at < items.length - 1 ? `${item},` : item)),
    width,
    indent,
    firstIndent,
  );
}

/**
 * Phrases a space apart, word-wrapped to `width` (at most MEASURE) between phrases, never inside
 * one that a line after `indent` can hold: a citation ("Safety & Protection 7", "Integrity 5,
 * 6;") among the words of a sentence, each of which is a phrase of its own. A phrase wider than
 * any line starts a line of its own and breaks at its spaces, as wrap breaks words: fitting the
 * terminal comes first. A "·" goes on the line of the phrase before it, as in wrap. Styles must
 * not span spaces (style word by word). Every line but the first starts with `indent`.
 */
export function wrapPhrases(phrases: readonly string[], width: number, indent = "", firstIndent = indent): string {
  const laid = gluedSeparators(phrases.filter((phrase) => phrase !== ""));
  if (!Number.isFinite(width)) return firstIndent + laid.join(" ");
  const limit = Math.min(width, MEASURE);
  const indentLength = visibleLength(indent);
  const lines: string[] = [];
  let line = firstIndent;
  let lineLength = visibleLength(firstIndent);
  let empty = true; // nothing on the line but its indent
  // The line has as much room as any line gets: breaking it would gain none.
  let fresh = lineLength <= indentLength;
  for (const phrase of laid) {
    const length = visibleLength(phrase);
    if (length > limit - lineLength - (empty ? 0 : 1) && !fresh) {
      // A row's head left alone ("    Medi-Cal requires"): without the spaces that led to the phrase.
      lines.push(empty ? line.trimEnd() : line);
      line = indent;
      lineLength = indentLength;
      empty = true;
      fresh = true;
    }
    if (length > limit - lineLength - (empty ? 0 : 1)) {
      // Wider than any line: broken at its spaces, from a line of its own.
      const broken = wrap(phrase, width, indent, line).split("\n");
      lines.push(...broken.slice(0, -1));
      line = broken[broken.length - 1]!;
      lineLength = visibleLength(line);
    } else {
      line += (empty ? "" : " ") + phrase;
      lineLength += (empty ? 0 : 1) + length;
    }
    empty = false;
    fresh = false;
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * `text`'s words as phrases for wrapPhrases, each of `names` it holds (a code's name, a section's
 * title) one phrase with the punctuation next to it ("Together,") and a number after it ("Safety
 * & Protection 7)"): a line breaks around a name, not inside it ("Family" at a line's end and
 * "Driven and Child-Centered" on the next read as two). The longest name a place holds that is
 * no wider than `room` wins: one that no line holds, started on a line of its own, would break
 * all the same, a line later.
 */
export function phrasesKeepingNames(text: string, names: readonly string[], room = Infinity): string[] {
  const words = text.split(" ").filter((word) => word !== "");
  const named = [...new Set(names)]
    .map((name) => name.split(" ").filter((word) => word !== ""))
    .filter((parts) => parts.length > 1)
    .sort((x, y) => y.length - x.length);
  if (named.length === 0) return words;
  const phrases: string[] = [];
  for (let at = 0; at < words.length; ) {
    let length = 1;
    for (const parts of named) {
      if (!parts.every((part, k) => isNameWord(words[at + k], part, k === 0, k === parts.length - 1))) continue;
      const numbered = /^\d+\p{P}*$/u.test(words[at + parts.length] ?? "") ? parts.length + 1 : parts.length;
      if (visibleLength(words.slice(at, at + numbered).join(" ")) > room) continue;
      length = numbered;
      break;
    }
    phrases.push(words.slice(at, at + length).join(" "));
    at += length;
  }
  return phrases;
}

/** Whether `word` is a name's `part`, with punctuation before it where it starts the name, after it where it ends it. */
function isNameWord(word: string | undefined, part: string, first: boolean, last: boolean): boolean {
  if (word === undefined) return false;
  if (word === part) return true;
  const bare = (text: string) => {
    const after = first ? text.replace(/^\p{P}+/u, "") : text;
    return last ? after.replace(/\p{P}+$/u, "") : after;
  };
  return bare(part) !== "" && bare(word) === bare(part);
}

/** The columns a wrapped line's continuation keeps after its indent: fewer make a column of scraps. */
export const HANGING_ROOM = 20;

/**
 * Where the continuation of a too-long line starts: under its last column when it is laid out
 * in columns (two or more spaces apart, as help lists examples) and that leaves room enough;
 * else two columns in from the line's own indent (a paragraph that starts at the margin goes
 * on at the margin).
 */
function hangingIndent(line: string, width: number): number {
  const plain = line.replace(ANSI_PATTERN, "");
  const leading = plain.length - plain.trimStart().length;
  const gap = /\S( {2,})(?=\S)/g;
  let column = -1;
  for (let match = gap.exec(plain); match; match = gap.exec(plain)) column = match.index + 1 + match[1]!.length;
  if (column > 0) {
    const lastColumn = visibleLength(plain.slice(0, column));
    if (width - lastColumn >= HANGING_ROOM) return lastColumn;
  }
  return leading === 0 ? 0 : Math.min(leading + 2, Math.max(0, width - HANGING_ROOM));
}

/**
 * Fit every line of `text` into `width` columns: the last resort for output that a renderer
 * did not wrap itself (help texts, messages, a summary line). A long line breaks at spaces with
 * a hanging indent; a style open at the break is closed before it and opened again after.
 */
export function fitLines(text: string, width: number): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split("\n")
    .map((line) => fitLine(line, width))
    .join("\n");
}

/**
 * The lines of a command too wide for a line (in backticks, as printed to be copied), its first
 * after `prefix` (the line so far), the others after `indent`, each within `width`; given by the
 * caller (command-line.ts breaks it with a backslash, which a shell reads as the command going on).
 */
export type CommandLines = (command: string, width: number, indent: string, prefix: string) => string[];

/**
 * One line fitted as fitLines does, or with its continuation lines indented by `hanging`. A
 * command in backticks is never broken, so that a copy of it runs (a long --data path made a
 * hint's "`ethics --data …/my-codes --help`" wider than the rest of the line, and it was
 * broken as words are): it goes whole on the next line, from the margin if only that leaves it
 * room, and one too wide for any line on a line of its own, wider than the terminal, which
 * folds it: a copy of a folded line is one line.
 */
export function fitLine(line: string, width: number, hanging?: number, commandLines?: CommandLines): string {
  if (!Number.isFinite(width) || visibleLength(line) <= width) return line;
  // A line of a command printed to be copied, continued with a backslash (command-line.ts), is
  // wider only where one word (a long --data folder) is: cut, the line before the cut ended the
  // command when pasted. Left to the terminal to fold, as a command in backticks is.
  if (/ \\$/.test(unstyled(line))) return line;
  const indent = " ".repeat(hanging ?? hangingIndent(line, width));
  let leading = line.match(/^ */)![0];
  const atSpaces = line.slice(leading.length).split(" ");
  const units = mayPrintCommand(line) ? commandsWhole(atSpaces) : undefined;
  const words = units?.map((unit) => unit.text) ?? atSpaces;
  // A line indented so far that it leaves less than the room a continuation keeps, or none for
  // its first word (a note under a column of help's examples, 46 in, on a 50-column terminal),
  // starts where its continuation lines do.
  const firstWidth = visibleLength(lineBreakParts(words[0]!)[0]!);
  if (leading.length > indent.length && (width - leading.length < HANGING_ROOM || leading.length + firstWidth > width)) leading = indent;
  const out: string[] = [];
  let current = leading;
  let currentLength = leading.length;
  let started = false;
  let fresh = false; // just broken: the spaces of a column gap are dropped, not carried over
  let styles = ""; // the escape sequences seen so far, replayed after a break
  const room = Math.max(1, width - indent.length);
  for (const [index, word] of words.entries()) {
    if (fresh && word === "") continue;
    if (units?.[index]!.code) {
      const length = visibleLength(word);
      if (commandLines !== undefined && length > width) {
        // Wider than any line: broken between its words, each line within the width, where a
        // line of its own wider than the terminal was left for it to fold (messages fit 80 columns).
        const room = currentLength + (started && !fresh ? 1 : 0) + "`ethics \\".length <= width;
        if (!room) out.push(current.replace(/ +$/, ""));
        const prefix = room ? current + (started && !fresh ? " " : "") : indent;
        const lines = commandLines(word, width, indent, prefix);
        out.push(...lines.slice(0, -1));
        current = lines.at(-1)!;
        currentLength = visibleLength(current);
        fresh = false;
        started = true;
        styles = stylesAfter(styles, word);
        continue;
      }
      if (!started || currentLength + 1 + length <= width) {
        current += (started && !fresh ? " " : "") + word;
        currentLength += (started && !fresh ? 1 : 0) + length;
      } else {
        // Nothing to end where a command too wide for any line has just ended one: no empty line.
        const done = current.replace(/ +$/, "");
        if (!fresh) out.push(styles ? done + "\x1b[0m" : done);
        // From the margin where only that makes room for it, and then alone on its line, as one
        // too wide for any line is: what follows goes on the next.
        const fromMargin = indent.length + length > width && length <= width;
        current = (fromMargin ? "" : indent) + styles + word;
        currentLength = (fromMargin ? 0 : indent.length) + length;
        if (fromMargin || currentLength > width) {
          out.push(current);
          current = indent;
          currentLength = indent.length;
        }
      }
      fresh = current === indent;
      started = true;
      styles = stylesAfter(styles, word);
      continue;
    }
    // A word breaks inside only next to a wide character, or where no line can hold it, as wrap's do.
    for (const { piece: part, first } of cutOverflowing(lineBreakParts(word), room, room, (index) => width - currentLength - (started && index === 0 && !fresh ? 1 : 0))) {
      const spaced = first && started && !fresh;
      const length = visibleLength(part);
      if (started && length === 0 && part !== "") {
        // Escapes alone, after a space a style spans (`dim("— ")`): they end the style of the
        // line they follow. Counted as a word, they broke it, and made a line of escapes alone.
        current += part;
        styles = stylesAfter(styles, part);
        continue;
      }
      if (started && currentLength + (first ? 1 : 0) + length > width) {
        const done = current.replace(/ +$/, "");
        out.push(styles ? done + "\x1b[0m" : done);
        current = indent + styles + part;
        currentLength = indent.length + length;
        fresh = part === "";
      } else {
        current += (spaced ? " " : "") + part;
        currentLength += (spaced ? 1 : 0) + length;
        fresh = false;
      }
      started = true;
      styles = stylesAfter(styles, part);
    }
  }
  // A command too wide for any line ends the text on a line of its own: no empty line after it.
  if (!(fresh && current === indent && out.length > 0)) out.push(current);
  return out.join("\n");
}
