// Words pasted unquoted that YAML reads, but not as words: `text: Follow agency policy #4 on
// gifts` is "Follow agency policy" (" #" starts a comment), `text: ! staff will…` loses its
// "!" (a tag), `text: &staff will…` its "&staff" (an anchor). The file was valid and the text
// silently cut. Found in the file as written, in the fields of words (prose-fields.ts): after
// an id or a number a comment is a comment. A quoted text is whole, a comment after it too.
// Found likewise, words that YAML read as a comment whole: `intro: #1 rule of our agency` (the
// intro empty) and a line of a text that begins with "#" (the text ends above it).
import { SCALAR_STYLE, type Event, type ScalarEvent } from "js-yaml";
import { isProsePath } from "./prose-fields.js";
import { lineAround } from "./yaml-position.js";
import { quotedLine, withFix } from "./quoted-line.js";
import { COMMENT_CUTS_TEXT, commentLineMessage, emptiedByCommentMessage, syntaxFirstMessage } from "./syntax-in-text.js";
import { forEachValueScalar, type ScalarPath } from "./value-scalars.js";

export interface CutText {
  path: (string | number)[];
  /** Offset of the character where YAML stopped reading the text as words. */
  at: number;
  message: string;
  /**
   * The value is empty, the comment after its key all there is (`jurisdiction: # to do`): a
   * placeholder as likely as a text. Not a problem itself; `message` says what to do if it is
   * the text, after the schema's "got an empty value" where the field needs one. A comment that
   * reads as words (commentReadsAsText) is no placeholder: that is a problem, not `empty`.
   */
  empty?: true;
}

/** A text's anchor, kept until the file is read to its end: an alias may use it after all. */
interface Anchored extends CutText {
  name: string;
}

/** The rest of the line from `offset`, without its line end. */
function restOfLine(text: string, offset: number): string {
  const { lineStart, line } = lineAround(text, offset);
  return line.slice(offset - lineStart);
}

/** Where a value's key starts, and the key as written: a quoted key's event starts inside its quotes. */
function keyWritten(text: string, key: ScalarEvent): { start: number; written: string } {
  const quoted = key.style !== SCALAR_STYLE.PLAIN ? 1 : 0;
  return { start: key.valueStart - quoted, written: text.slice(key.valueStart - quoted, key.valueEnd + quoted) };
}

/**
 * The line that writes the text at `from` whole, quoted, where it and its key (or list item's
 * dash) are all on one line: `key: "…"` or `- "…"`; else null. The text is the rest of the
 * line, or `words` where they are more (a line YAML read as a comment, with them).
 */
function fixedLine(text: string, from: number, key: ScalarEvent | null, words?: string): string | null {
  const { lineStart, lineEnd, line } = lineAround(text, from);
  const value = words ?? line.slice(from - lineStart).trimEnd();
  if (key === null) {
    const dash = /^([ \t]*)-[ \t]+$/.exec(line.slice(0, from - lineStart));
    return dash === null ? null : quotedLine(text, lineEnd, dash[1]!.length, null, value);
  }
  const { start, written } = keyWritten(text, key);
  if (start < lineStart) return null;
  return quotedLine(text, lineEnd, start - lineStart, written, value);
}

/**
 * Whether a comment after a key, its value empty, reads as the field's words rather than as a
 * comment: a "#" with a digit right after it, then a word (`intro: #1 rule of our agency`,
 * `text: #4 on gifts`). In words, "#1" is "number 1", and the text goes on after it; a comment
 * is written "# to do" or "#TODO", a space or a letter after its "#", and a number alone
 * ("#2") is as likely a label as a text. Those stay placeholders (CutText.empty).
 */
function commentReadsAsText(comment: string): boolean {
  return /^#\d\S*[ \t]+\S*\p{L}/u.test(comment);
}

/** The field of words at `path` as a message names it: its key ("intro"), or "text" for a list's. */
function fieldNamed(path: ScalarPath): string {
  const last = path[path.length - 1];
  return typeof last === "string" ? last : "text";
}

/**
 * A line that begins with "#" right under the plain text `event` (its last line ending with
 * it), indented past the text's key or its list item's dash: YAML ends the text above it and
 * reads the line as a comment, but there, where the text's next line would go, it is almost
 * surely the text's words, pasted with a "#" first (a number sign, a bullet). A comment
 * at the key's own indent or less, or after a blank line, is a comment between fields.
 */
function commentLineUnder(text: string, event: ScalarEvent, path: ScalarPath, key: ScalarEvent | null): CutText | null {
  const last = lineAround(text, event.valueEnd);
  if (last.lineEnd === -1 || restOfLine(text, event.valueEnd).trim() !== "") return null;
  const first = lineAround(text, event.valueStart);
  let column: number;
  if (key !== null) {
    const { start } = keyWritten(text, key);
    column = start - lineAround(text, start).lineStart;
  } else {
    const dash = /^([ \t]*)-[ \t]+$/.exec(first.line.slice(0, event.valueStart - first.lineStart));
    if (dash === null) return null;
    column = dash[1]!.length;
  }
  // The line under the text, and the lines begun with "#" under it likewise (all words).
  const words: string[] = [];
  let at = -1;
  for (let next = last.lineEnd + 1; next < text.length; ) {
    const { lineEnd, line } = lineAround(text, next);
    const comment = /^([ \t]*)#/.exec(line);
    if (comment === null || comment[1]!.length <= column) break;
    if (at === -1) at = next + comment[1]!.length;
    words.push(line.trim());
    if (lineEnd === -1) break;
    next = lineEnd + 1;
  }
  if (at === -1) return null;
  const field = fieldNamed(path);
  // The fix on one line only where the text stood on its key's line alone.
  const oneLine = first.lineStart === last.lineStart;
  const fixed = oneLine ? fixedLine(text, event.valueStart, key, [text.slice(event.valueStart, event.valueEnd), ...words].join(" ")) : null;
  return cut(path, at, commentLineMessage(field, key === null ? null : keyWritten(text, key).written, fixed), null);
}

/** A problem with a text YAML cut, at `at`, with its fix where there is one. */
function cut(path: ScalarPath, at: number, said: string, fixed: string | null): CutText {
  return { path: path as (string | number)[], at, message: withFix(said, fixed) };
}

/** What YAML cut of the plain text `event` at `path` (a field of words), if it cut any. */
function cutOf(text: string, event: ScalarEvent, path: ScalarPath, key: ScalarEvent | null): CutText | Anchored | null {
  if (event.tagStart >= 0 && event.tagEnd - event.tagStart === 1) {
    return cut(path, event.tagStart, syntaxFirstMessage("!", 'drops "!"'), fixedLine(text, event.tagStart, key));
  }
  if (event.anchorStart >= 0) {
    const at = text[event.anchorStart] === "&" ? event.anchorStart : event.anchorStart - 1;
    const name = text.slice(at + 1, event.anchorEnd);
    return { ...cut(path, at, syntaxFirstMessage("&", `drops "&${name}"`), fixedLine(text, at, key)), name };
  }
  // `text: #4 on gifts`: after its key, the line is a comment, and the text is empty (or what
  // the lines below hold).
  const afterKey = key === null ? "" : restOfLine(text, key.valueEnd);
  const below = key !== null && (event.valueStart < 0 || event.valueStart > key.valueEnd + afterKey.length);
  const first = below ? /^["']?[ \t]*:[ \t]+#/.exec(afterKey) : null;
  if (first !== null) {
    const at = key!.valueEnd + first[0].length - 1;
    if (event.valueStart >= 0) return cut(path, at, syntaxFirstMessage("#", "drops the rest of the line"), null);
    const comment = restOfLine(text, at).trimEnd();
    if (commentReadsAsText(comment)) return cut(path, at, emptiedByCommentMessage(comment, fieldNamed(path)), fixedLine(text, at, key));
    const said = `YAML reads ${JSON.stringify(comment)} as a comment; if it is the text, double-quote it`;
    return { ...cut(path, at, said, fixedLine(text, at, key)), empty: true };
  }
  if (event.valueStart < 0) return null;
  const after = /^[ \t]+#/.exec(restOfLine(text, event.valueEnd));
  if (after === null) return commentLineUnder(text, event, path, key);
  // The fix only where the text stands on its key's line alone.
  const oneLine = !text.slice(event.valueStart, event.valueEnd).includes("\n");
  return cut(path, event.valueEnd + after[0].length - 1, COMMENT_CUTS_TEXT, oneLine ? fixedLine(text, event.valueStart, key) : null);
}

/** Each text of words in the file that YAML cut or dropped a mark of, in the file's order. */
export function textsCutByYaml(text: string, events: readonly Event[]): CutText[] {
  const PLAIN = SCALAR_STYLE.PLAIN;
  const found: (CutText | Anchored)[] = [];
  const aliased = new Set<string>();
  forEachValueScalar(
    text,
    events,
    (event, path, key) => {
      if (event.style !== PLAIN || !isProsePath(path)) return;
      const problem = cutOf(text, event, path, key);
      if (problem !== null) found.push({ ...problem, path: [...problem.path] });
    },
    (alias) => aliased.add(text.slice(text[alias.anchorStart] === "*" ? alias.anchorStart + 1 : alias.anchorStart, alias.anchorEnd)),
  );
  // An anchor an alias repeats was written as YAML, on purpose.
  return found.filter((problem) => !("name" in problem) || !aliased.has(problem.name)).map(({ path, at, message, empty }) => ({ path, at, message, ...(empty && { empty }) }));
}
