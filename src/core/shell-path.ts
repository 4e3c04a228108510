// A path in a command a message suggests ("`ethics validate DIR` checks them") is written as
// the shell and the command must read it, so that the command can be copied and run: as it is
// when it holds nothing the shell reads specially, else in single quotes — a folder named
// "My codes" stays one word, and one named "$(…)" or "a;b" runs nothing when pasted. One that
// starts with a dash is written ./-…: bare, ethics, mv and the rest read "-rf.yaml" as options.
//
// A word holding a character the output draws otherwise (a newline as ␊, ESC as ␛, a zero width
// space as <U+200B>: render/terminal-text.ts) is written in ANSI-C quotes, $'my\ncodes', with
// each such character as an escape: in single quotes it was drawn, and pasted named a folder
// that is not there ('my␊codes'). $'…' is read by bash, zsh, ksh and busybox sh, and is POSIX
// since 2024, but not by dash before 0.5.13 (Debian's sh, which reads a $ and a quoted word)
// nor by fish (which refuses it): there, no quoting of a newline fits on a line at all.
import { isDrawnOtherwise, UNSAFE } from "./made-visible.js";

const PLAIN = /^[\w@%+=:,./-]+$/;

/**
 * What the output keeps raw in text but hides a difference in a name (core/name-shown.ts): a
 * soft hyphen, the combining grapheme joiner, a Mongolian variation selector. Single-quoted, a
 * path of `ite\u00adms.yaml` read as items.yaml; escaped, it shows and still pastes.
 */
const HIDDEN_IN_NAMES = /[\u00ad\u034f\u180b-\u180f]/;

export function shellPath(path: string): string {
  const word = path.startsWith("-") ? `./${path}` : path;
  return HIDDEN_IN_NAMES.test(word) ? ansiQuoted(word) : shellWord(word);
}

/**
 * A word typed, as a pasted command must give it again (an option, `--code='north carolina'`,
 * stays one): as it is when the shell reads it so, in ANSI-C quotes when it holds what the
 * output draws otherwise, else in single quotes. A backtick is escaped too (\140): a message
 * prints a command between backticks, and one inside a word ('gi`fts') ended the command there,
 * what was copied from it half a command.
 */
export function shellWord(word: string): string {
  if (PLAIN.test(word)) return word;
  if (isDrawnOtherwise(word) || word.includes("`")) return ansiQuoted(word);
  return singleQuoted(word);
}

/** `text` as one word for the shell, in single quotes, an apostrophe escaped between them ('it'\''s'). */
export function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** The escapes $'…' has a name for; any other character drawn otherwise is its UTF-8 bytes, in octal. */
const NAMED: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r", "\x1b": "\\e", "\\": "\\\\", "'": "\\'" };

/**
 * Every character drawn otherwise escaped, and every joiner and variation selector too: one the
 * word keeps beside a letter (and the output with it) may stand beside an escape once written,
 * where the output draws it as <U+200D>; and what hides in a name (HIDDEN_IN_NAMES).
 */
const ESCAPED = new RegExp(`${UNSAFE.source}|[\\u00ad\\u034f\\u180b-\\u180f\\u200c\\u200d\\ufe00-\\ufe0f\\\\'\`]`, "g");

function ansiQuoted(word: string): string {
  const escaped = word.replace(ESCAPED, (character) => NAMED[character] ?? octalBytes(character));
  return `$'${escaped}'`;
}

/** `\342\200\213`: three digits each, so that a digit after one is no part of it. */
function octalBytes(character: string): string {
  return [...new TextEncoder().encode(character)].map((byte) => `\\${byte.toString(8).padStart(3, "0")}`).join("");
}
