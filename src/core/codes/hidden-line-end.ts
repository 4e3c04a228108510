// A next line control (NEL, U+0085) or a line or paragraph separator (U+2028, U+2029) where a
// line was meant to end: a file converted from an old encoding, or text pasted from one, where
// an editor may even show it as a line break. YAML 1.2 reads none of them as a line end, so
// `title: Riverside<NEL>shortName: Riverside` is one line to it, and the parser stopped at the
// second colon, which was said as ": " in unquoted text, to be fixed by double-quoting the text:
// that would keep the character and make shortName part of the title. What is wanted is a line
// break in its place. (A file whose every line ends so is refused whole: read-file.ts.)
import { lineAround, linesAbove } from "./yaml-position.js";

const NAMES: Record<string, string> = {
  "\u0085": "a next line control (NEL, U+0085)",
  "\u2028": "a line separator (U+2028)",
  "\u2029": "a paragraph separator (U+2029)",
};

const HIDDEN_LINE_END = /[\u0085\u2028\u2029]/;

/**
 * What is wrong where the parser stopped at `offset`, when a hidden line end stands where a line
 * was meant to end: before the key whose colon it stopped at (`title: …<NEL>shortName: …`), or
 * alone on a line just above (a line YAML reads as a key without its colon). Its offset and the
 * message; null otherwise.
 */
export function hiddenLineEndBefore(text: string, offset: number): { at: number; message: string } | null {
  const { lineStart, line } = lineAround(text, offset);
  const column = offset - lineStart;
  if (text[offset] === ":") {
    // The last hidden line end before the colon, and only a key between the two.
    const before = line.slice(0, column);
    const key = /([\u0085\u2028\u2029])[ \t]*([\w-]+)$/.exec(before);
    if (key !== null && /^[ \t]*(?:-[ \t]+)?[\w-]+:[ \t]/.test(before)) {
      const at = lineStart + key.index;
      return {
        at,
        message: `${NAMES[key[1]!]} before '${key[2]}:', which YAML does not read as a line end, so ${key[2]}: is read as more of the text before it: put a line break in its place, so that ${key[2]}: starts a line of its own`,
      };
    }
    // At the start of the key's line: text to YAML, neither a line end nor indentation.
    const leading = /^[ \t]*([\u0085\u2028\u2029])[ \t\u0085\u2028\u2029]*([\w-]+)$/.exec(before);
    if (leading !== null) {
      const at = lineStart + before.indexOf(leading[1]!);
      return { at, message: `${NAMES[leading[1]!]} before '${leading[2]}:' at the start of its line, which YAML reads as text, not as a line end or indentation: delete it, and line ${leading[2]}: up with the fields around it` };
    }
  }
  // A line of nothing but hidden line ends (and spaces), on the line stopped at or just above.
  let looked = 0;
  const nearest = (function* () {
    yield { start: lineStart, line };
    yield* linesAbove(text, lineStart);
  })();
  for (const candidate of nearest) {
    if (/^[ \t]*[\u0085\u2028\u2029][\u0085\u2028\u2029 \t]*$/.test(candidate.line)) {
      const at = candidate.start + candidate.line.search(HIDDEN_LINE_END);
      const character = text[at]!;
      return { at, message: `${NAMES[character]} alone on its line, which YAML does not read as a line end but as text, so the line reads as a key without its ':': delete it` };
    }
    if (++looked >= 3 || (candidate.start !== lineStart && /\S/.test(candidate.line.replace(/[\u0085\u2028\u2029]/g, "")))) break;
  }
  return null;
}
