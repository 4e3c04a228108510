// A text of words that YAML could not read because of how it begins or of a " #" in it, told as
// that where the parser stopped: `text: - Peer staff will…` (a pasted bullet) was "this line is
// indented differently from the lines around it", `text: * Peer staff…` "name of an alias node
// must contain at least one character", `text: > Peer staff…` "a line break is expected", each
// on a line indented right. Told apart from a real slip by what the lines show: a field of words
// whose unquoted value begins with syntax, or whose " #" cut it before a line that went on.
import { isBlankOrComment, keyName, opensValue, proseLineAt, type ProseLine } from "./prose-line.js";
import { lineAround, linesAbove } from "./yaml-position.js";
import { quotedLine, withFix } from "./quoted-line.js";
import { COMMENT_CUTS_TEXT, commentLineMessage, syntaxFirst, syntaxFirstMessage } from "./syntax-in-text.js";

export interface SyntaxInText {
  /** Offset of the character YAML read as syntax. */
  at: number;
  message: string;
}

/** Lines looked back over for the field whose value the parser stopped in. */
const LINES_BACK = 50;

/** Syntax that opens what may run on over lines, so that the parser stops on a later one. */
const RUNS_ON = new Set(["[", "{"]);

/** The field of words the parser stopped in at `offset`, with the lines its value went on over. */
interface Stopped {
  field: ProseLine;
  /** Whether the parser stopped on the field's own line, in its value. */
  onItsLine: boolean;
  /** The text of the lines from the field's own to the one the parser stopped on. */
  lines: string;
  /** The indent of the line the parser stopped on. */
  stopIndent: number;
}

function stoppedIn(text: string, offset: number): Stopped | null {
  const own = proseLineAt(text, offset);
  if (own !== null && offset >= own.lineStart + own.valueStart) return { field: own, onItsLine: true, lines: own.line, stopIndent: own.column };
  const stop = lineAround(text, offset);
  const stopLine = stop.lineStart;
  const stopIndent = stop.line.length - stop.line.trimStart().length;
  // Up over the lines the value went on over, indented past its key, to the field's line.
  let deepest = Infinity;
  let back = 0;
  for (const { start, line } of linesAbove(text, stopLine)) {
    if (back++ >= LINES_BACK) break;
    if (isBlankOrComment(line)) continue;
    if (opensValue(line)) {
      const field = proseLineAt(text, start);
      if (field === null || field.column >= deepest) return null;
      return { field, onItsLine: false, lines: text.slice(start, stopLine), stopIndent };
    }
    deepest = Math.min(deepest, line.length - line.trimStart().length);
  }
  return null;
}

/**
 * What is wrong where the parser stopped at `offset`, if it stopped in a text of words that
 * begins with a character YAML reads as syntax, or whose " #" cut it: null for any other slip.
 */
export function textReadAsSyntax(text: string, offset: number): SyntaxInText | null {
  const stopped = stoppedIn(text, offset);
  if (stopped === null) return null;
  const { field, onItsLine, lines, stopIndent } = stopped;
  const value = field.line.slice(field.valueStart).trimEnd();
  const syntax = syntaxFirst(value);
  if (syntax !== null && syntax !== "#" && (onItsLine || RUNS_ON.has(syntax))) {
    const fixed = quotedLine(text, field.lineEnd, field.column, field.key, value);
    return { at: field.lineStart + field.valueStart, message: withFix(syntaxFirstMessage(syntax), fixed) };
  }
  // A comment ends a text unquoted: a line after it that went on with the text cannot be read.
  if (onItsLine || stopIndent <= field.column || syntax !== null || /^["']/.test(value)) return null;
  const comment = /(?:^|[ \t\n])#/.exec(lines.slice(field.valueStart));
  if (comment === null) return null;
  const at = field.lineStart + field.valueStart + comment.index + comment[0].length - 1;
  // A line of the text begun with "#" is a comment line to YAML, as cut-text.ts says of one last.
  const { lineStart } = lineAround(text, at);
  const ownLine = lineStart !== field.lineStart && /^[ \t]*$/.test(text.slice(lineStart, at));
  if (ownLine) return { at, message: commentLineMessage(field.key === null ? "text" : keyName(field.key), field.key, null) };
  return { at, message: COMMENT_CUTS_TEXT };
}
