// A command printed to be copied and run (random's last line, the quiz's review, help's
// examples): on one line where it fits, else broken between its words with a backslash at each
// line's end, which a shell reads as the command going on. Broken at a space alone, as prose is,
// the command a --data folder makes long ("ethics --data /home/…/peer-codes show riverside
// boundaries 12") ran as two when pasted: "ethics --data … show" and "riverside boundaries 12".
import { singleQuoted } from "../core/shell-path.js";
import { visibleLength } from "../core/text-width.js";
import { visible, type CommandLines } from "./terminal-text.js";

/** What ends a line the command goes on after. */
const GOES_ON = " \\";

/**
 * A backslash before a line break is removed with it, outside quotes and inside double quotes
 * alike, so a word the shell reads as written (nothing in it expands or escapes) may break
 * inside, the line after going on at the margin, as an indent would be part of the word: a word
 * in double quotes after a space in it ("can I accept a gift \⏎from …"), which the word keeps,
 * a bare word after a / or - ("~/.local/share/bash-\⏎completion/…"), or where it must.
 */
const BREAKS_INSIDE: readonly { word: RegExp; after: RegExp; anywhere: boolean }[] = [
  { word: /^"[^"$`\\]*"$/, after: / /, anywhere: false },
  { word: /^[\w@%+=:,./~-]+$/, after: /[/-]/, anywhere: true },
];

/**
 * A word in single quotes (shellWord's, for a folder with a space) keeps a backslash and a line
 * break inside as they are: it breaks by closing its quote, going on, and opening another, the
 * two quoted pieces one word to the shell ('/tmp/peer '\⏎'codes' is /tmp/peer codes). An
 * apostrophe is written between quoted pieces, escaped ('/tmp/ann'\''s codes'): such a word is
 * read as what it says, and its pieces quoted again.
 */
const SINGLE_QUOTED = /^(?:'[^'\n]*'|\\')+$/;

/** What a SINGLE_QUOTED word says to the shell. */
const literalOf = (word: string) => word.replace(/'([^']*)'|\\'/g, (_, quoted: string | undefined) => quoted ?? "'");


/**
 * The lines of the command `words` (each quoted for the shell already) within `width` columns,
 * the first after `firstIndent`, the others after `indent` (or less of it, where a word fits
 * only so). A word wider than a line is broken inside where the shell reads it as written
 * (BREAKS_INSIDE, SINGLE_QUOTED), so that every line fits, random's and the quiz's as help's
 * and hints' do; one it cannot be broken in is left whole on a line of its own, for the
 * terminal to fold (cut, it would no longer be the word).
 */
export function commandLines(words: readonly string[], width: number, indent: string, firstIndent = indent): string[] {
  const shown = words.map(visible);
  const whole = firstIndent + shown.join(" ");
  if (!Number.isFinite(width) || visibleLength(whole) <= width) return [whole];
  const lines: string[] = [];
  let line = firstIndent + shown[0]!;
  for (const [at, word] of shown.entries()) {
    if (at === 0) continue;
    // A line that may go on keeps room for the backslash that would say so.
    const room = at === shown.length - 1 ? 0 : GOES_ON.length;
    if (visibleLength(`${line} ${word}`) + room <= width) line += ` ${word}`;
    else if (visibleLength(word) + room > width && SINGLE_QUOTED.test(word)) line = brokenInsideQuotes(word, line, lines, width, indent, room);
    else if (visibleLength(word) + room > width && breaksInside(word) !== undefined) line = brokenInside(word, line, lines, width, indent, room);
    else {
      lines.push(line + GOES_ON);
      line = indentFor(word, indent, width, room) + word;
    }
  }
  lines.push(line);
  return lines;
}

const breaksInside = (word: string) => BREAKS_INSIDE.find((each) => each.word.test(word));

/**
 * A word too wide for any line broken inside (BREAKS_INSIDE), from the end of `line` where a
 * piece of it fits there, else from a fresh line after `indent`: the full lines pushed onto
 * `lines`, the last returned to go on from. `room`: what the word's last line keeps.
 */
function brokenInside(word: string, line: string, lines: string[], width: number, indent: string, room: number): string {
  const { after, anywhere } = breaksInside(word)!;
  /** Where `rest` breaks on a line with `left` columns, its backslash among them: after the last break it allows, or where it must; 0 where none fits. */
  const cut = (rest: string, left: number, must: boolean) => {
    const piece = rest.slice(0, Math.max(0, left - 1));
    let at = piece.length;
    while (at > 0 && !after.test(piece[at - 1]!)) at--;
    return at > 0 || !must ? at : piece.length;
  };
  let current = `${line} `;
  if (cut(word, width - visibleLength(current), false) === 0) {
    lines.push(line + GOES_ON);
    current = indent;
  }
  let rest = word;
  while (visibleLength(current + rest) + room > width) {
    const at = cut(rest, width - visibleLength(current), anywhere);
    if (at === 0 || at >= rest.length) break;
    lines.push(`${current}${rest.slice(0, at)}\\`);
    rest = rest.slice(at);
    current = "";
  }
  return current + rest;
}

/**
 * A single-quoted word too wide for any line, broken as SINGLE_QUOTED says: each line's piece in
 * quotes of its own and a backslash after it, the next at the margin (an indent would be part of
 * the word), after a /, a space or a - where one is near; the full lines pushed onto `lines`, the
 * last returned to go on from. `room`: what the word's last line keeps.
 */
function brokenInsideQuotes(word: string, line: string, lines: string[], width: number, indent: string, room: number): string {
  // Quotes, a backslash, and one character at least.
  const least = 4;
  let current = `${line} `;
  if (width - visibleLength(current) < least) {
    lines.push(line + GOES_ON);
    current = indent;
  }
  let rest = [...literalOf(word)];
  const quoted = (characters: readonly string[]) => singleQuoted(characters.join(""));
  while (visibleLength(current) + visibleLength(quoted(rest)) + room > width) {
    let fits = 0;
    while (fits < rest.length && visibleLength(current) + visibleLength(quoted(rest.slice(0, fits + 1))) + 1 <= width) fits++;
    if (fits === 0) break;
    let at = fits;
    while (at > 0 && !/[/ -]/.test(rest[at - 1]!)) at--;
    if (at < fits / 2) at = fits;
    lines.push(`${current}${quoted(rest.slice(0, at))}\\`);
    rest = rest.slice(at);
    current = "";
  }
  return `${current}${quoted(rest)}`;
}

/** `indent`, or less of it where that lets `word` fit: the shell reads no indent, the terminal folds no line. */
function indentFor(word: string, indent: string, width: number, room: number): string {
  return indent.slice(0, Math.max(0, Math.min(indent.length, width - room - visibleLength(word))));
}

/**
 * The words of a command as printed for a shell (shellWord quoted them): apart at the spaces
 * outside quotes, each word whole with its quotes, so that a command is broken between words
 * the shell reads apart, never inside a quoted folder ("'/tmp/peer codes'").
 */
export function shellWordsOf(command: string): string[] {
  const words: string[] = [];
  let word = "";
  // The quote open: ' and " as sh reads them; $' (ANSI-C), in which a backslash escapes.
  let quote: "'" | '"' | "$'" | undefined;
  for (let at = 0; at < command.length; at++) {
    const character = command[at]!;
    if (quote === undefined && character === " ") {
      if (word !== "") words.push(word);
      word = "";
      continue;
    }
    word += character;
    if (character === "\\" && quote !== "'") {
      word += command[++at] ?? "";
      continue;
    }
    if (quote === undefined) {
      if (character === "$" && command[at + 1] === "'") (quote = "$'"), (word += command[++at]);
      else if (character === "'" || character === '"') quote = character;
    } else if (character === (quote === "$'" ? "'" : quote)) quote = undefined;
  }
  if (word !== "") words.push(word);
  return words;
}

/**
 * A command in backticks too wide for a line (a long --data folder), broken as random's last
 * line and help's examples are: between its words with a backslash, which a shell reads as the
 * command going on, and inside a word too wide for any line where the shell reads it as written.
 */
export const backtickedCommandLines: CommandLines = (text, width, indent, prefix) => {
  // What stands around the backticks ("(`ethics … topics`", "`ethics … gifts`;") goes with them.
  const [open, close] = [text.indexOf("`"), text.lastIndexOf("`")];
  const words = shellWordsOf(text.slice(open + 1, close));
  words[0] = `${text.slice(0, open + 1)}${words[0]}`;
  words[words.length - 1] = `${words.at(-1)}${text.slice(close)}`;
  return commandLines(words, width, indent, prefix);
};
