// A code's section and number in parentheses after its name, as an editor's note cites it:
// "Working Well Together (Safety & Protection 7)", read as "Working Well Together Safety &
// Protection 7". Pasted, it was "'7)' is not a standard number".
import type { Token } from "./ref.js";

/** The number (or list or range of them) that closes the parentheses, and what follows it. */
const CLOSING_NUMBER = /^(\d[\d,-]*)\)([,;]?)$/;

/**
 * The tokens with the parentheses around a section and its number left out, where they open
 * after a name (not after a number: "12 (a)", "13 (when …)" are an item and a remark) and close
 * on the number, words between: "(Integrity 12)", "(Safety & Protection 7, 8)". The tokens
 * themselves where none is so.
 */
export function withPlacesUnbracketed(tokens: readonly Token[]): readonly Token[] {
  let kept: Token[] | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const end = placeEnd(tokens, at);
    if (end === undefined) {
      kept?.push(tokens[at]!);
      continue;
    }
    kept ??= tokens.slice(0, at);
    const [, number, after] = CLOSING_NUMBER.exec(tokens[end]!.text)!;
    const opening = tokens[at]!.text.slice(1);
    if (opening !== "") kept.push({ ...tokens[at]!, text: opening });
    kept.push(...tokens.slice(at + 1, end), { ...tokens[end]!, text: `${number}${after}` });
    at = end;
  }
  return kept ?? tokens;
}

/** Where parentheses that open at `at` around a section and its number close, if they do. */
function placeEnd(tokens: readonly Token[], at: number): number | undefined {
  const before = tokens[at - 1];
  const opening = tokens[at]!.text;
  if (before === undefined || /\d\)?[,;]?$/.test(before.text) || !opening.startsWith("(") || tokens[at]!.opens) return undefined;
  if (opening.slice(1).includes("(") || opening.includes(")")) return undefined;
  for (let end = at + 1; end < tokens.length && !tokens[end]!.opens; end++) {
    const text = tokens[end]!.text;
    if (text.includes("(")) return undefined;
    if (text.includes(")")) return CLOSING_NUMBER.test(text) && end > at + (opening === "(" ? 1 : 0) ? end : undefined;
  }
  return undefined;
}
