// Where JSON text stops being JSON, as a line and column a person can go to in an editor. Node
// 20's JSON.parse says "at position N" for most faults, but not for an unexpected token (a
// trailing comma: `Unexpected token ']', "…" is not valid JSON`): there the text is scanned
// again, by the grammar of RFC 8259, to the first character it does not allow.
import { lineAndColumn } from "./codes/yaml-position.js";

/** What is wrong with text JSON.parse refused (its error's message) and where: "line 3, column 5: unexpected token ']'". */
export function jsonErrorPlace(text: string, message: string): string {
  const stated = /\bat position (\d+)/.exec(message);
  const offset = stated !== null ? Number(stated[1]) : /^Unexpected end of JSON input/.test(message) ? text.length : firstFault(text);
  const what = message
    .replace(/ (?:in JSON )?at position \d+.*$/s, "")
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, "")
    .replace(/^Unexpected end of JSON input$/, "it ends before the JSON does");
  const said = what.charAt(0).toLowerCase() + what.slice(1);
  if (offset === undefined) return said;
  const { line, col } = lineAndColumn(text, offset);
  return `line ${line}, column ${col}: ${said}`;
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The offset of the first character the JSON grammar does not allow in `text`; undefined where it allows all (or nests too deep to scan). */
export function firstFault(text: string): number | undefined {
  let at = 0;
  const fault = (): never => {
    throw new FaultAt(at);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      const character = text[at];
      if (character === undefined || character < " ") fault();
      if (character === '"') return void at++;
      if (character === "\\") {
        ESCAPE.lastIndex = at;
        if (!ESCAPE.test(text)) fault();
        at = ESCAPE.lastIndex;
      } else at++;
    }
  };
  /** The members of an object or array, from just after its opening bracket. */
  const members = (close: "}" | "]") => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      if (close === "}") {
        space();
        if (text[at] !== '"') fault();
        string();
        space();
        if (text[at] !== ":") fault();
        at++;
      }
      value();
      space();
      if (text[at] === close) return void at++;
      if (text[at] !== ",") fault();
      at++;
      space();
    }
  };
  const value = (): void => {
    space();
    const character = text[at];
    if (character === "{") return members("}");
    if (character === "[") return members("]");
    if (character === '"') return string();
    LITERAL.lastIndex = at;
    if (!LITERAL.test(text)) fault();
    at = LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (at < text.length) fault();
    return undefined;
  } catch (error) {
    if (error instanceof FaultAt) return error.offset;
    return undefined; // too deep for the stack: said without a place
  }
}

class FaultAt {
  constructor(readonly offset: number) {}
}
