// A ": " inside a text written without quotes (`text: I will not: ever.`)
// starts a second key on its line, and the parser stops there with "bad
// indentation of a mapping entry": said as an indentation slip, which sent
// people to their spaces. Told apart from one by what the line holds: a
// key, a plain value on the key's line, and the stop at a colon inside it.
import { inProseList, proseLineAt } from "./prose-line.js";
import { quotedLine, withFix } from "./quoted-line.js";
import { lineAround } from "./yaml-position.js";

/** Indent and list dashes, a key (plain or quoted), ": ", a plain value. */
const FIELD_WITH_PLAIN_VALUE = new RegExp(
  [
    /^([ \t]*(?:-[ \t]+)*)/.source,
    /("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#:][^#]*?)[ \t]*:[ \t]+/.source,
    // what starts a plain value: no quote, indicator, block or flow mark
    /(?![-?:](?:\s|$))(?=[^\s"'|>&*!%@`#[\]{}])/.source,
  ].join(""),
);

/**
 * What is wrong where the parser stopped at `offset` ("bad indentation of
 * a mapping entry"), if it stopped at a colon inside a plain value on its
 * key's line; null for a real indentation slip.
 */
export function colonInPlainText(text: string, offset: number, isField: (key: string) => boolean = () => true): string | null {
  const after = text.slice(offset + 1, offset + 3);
  if (text[offset] !== ":" || !/^(?:[ \t]|\r?\n|$)/.test(after)) return null;
  const { lineStart, lineEnd, line } = lineAround(text, offset);
  const field = FIELD_WITH_PLAIN_VALUE.exec(line);
  if (field === null) return null;
  const valueStart = field[0].length;
  const column = offset - lineStart;
  // At the key's own colon, or in a comment: no colon of the value.
  const before = line.slice(valueStart, column);
  if (column <= valueStart || /[ \t]#/.test(before)) return null;
  const ending = /^:[ \t]*(#.*)?$/.test(line.slice(column));
  const colon = ending ? '":" ending' : '": " in';
  const said = `${colon} unquoted text starts a new key: double-quote the text`;
  // `- Signature: ___ Date: ___` in a list of lines: "Signature" is no field, so the whole item
  // is text (quoting the value alone would make it a field's).
  const item = /-[ \t]+$/.test(field[1]!) && !/^["']/.test(field[2]!) && !isField(field[2]!);
  const indent = item ? field[1]!.replace(/-[ \t]+$/, "").length : field[1]!.length;
  // After words, a " #" is words too (YAML would cut them there); after a name, a comment.
  const words = item ? inProseList(text, lineStart, indent) : proseLineAt(text, lineStart) !== null;
  const written = line.slice(valueStart);
  const value = (words ? written : written.replace(/[ \t]+#.*$/, "")).trimEnd();
  const fixed = item ? quotedLine(text, lineEnd, indent, null, `${field[2]}: ${value}`) : quotedLine(text, lineEnd, indent, field[2]!, value);
  return withFix(said, fixed);
}
