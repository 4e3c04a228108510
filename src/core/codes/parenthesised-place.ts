// Brackets around a reference or its numbers, as citations are pasted: "Working Well Together
// (Safety & Protection 7)" after an editor's note, "(Medi-Cal Integrity 12)" after a sentence,
// "North Carolina (13)", "[13]", "medi-cal ( integrity 12 )". Read as the words inside them.
// Pasted, they were "'7)' is not a standard number", "'(' … is neither a name nor a number".
import type { Token } from "./ref.js";

/** The bracket each opening one closes with. */
const CLOSING: Readonly<Record<string, string>> = { "(": ")", "[": "]" };

/** A word with a bracket in it, opening or closing. */
const BRACKET = /[()[\]]/;

/** The numbers (one, a list, a range) that may end what brackets hold. */
const NUMBERS = /^\d[\d,-]*$/;

/** The last word inside the brackets, its closing bracket, and the marks after it: `12),`. */
const CLOSED = /^([^()[\]]*)([)\]])([,;]?)$/;

/**
 * The tokens with the brackets left out where they hold a reference's place and numbers, or
 * numbers alone ("(Integrity 12)", "(13)", "( 13 )", "[Medi-Cal · Integrity 12]"), or are
 * words of their own around names ("( medi-cal integrity )"): where they open first, or after
 * a name, not after a number ("12 (a)", "13 (when …)" are an item and a remark, read
 * elsewhere). The tokens themselves where none is so.
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
    kept.push(...unbracketed(tokens, at, end));
    at = end;
  }
  return kept ?? tokens;
}

/**
 * Tokens `at` to `end` without the bracket that opens the first and the one that closes the
 * last; a bracket that was a word alone left out, a mark after it kept on the word before, and
 * the start of a citation it marked (`opens`) on the word after.
 */
function unbracketed(tokens: readonly Token[], at: number, end: number): Token[] {
  const words = tokens.slice(at, end + 1).map((token) => ({ ...token }));
  words[0]!.text = words[0]!.text.slice(1);
  const [, last, , marks] = CLOSED.exec(words.at(-1)!.text)!;
  words.at(-1)!.text = last!;
  const read: Token[] = [];
  for (const word of words) {
    if (word.text !== "") read.push(read.length === 0 && words[0]!.text === "" ? { ...word, opens: words[0]!.opens || word.opens } : word);
  }
  if (read.length > 0) read.at(-1)!.text += marks;
  return read;
}

/** Where brackets that open at `at` close, where they hold what withPlacesUnbracketed leaves them out of. */
function placeEnd(tokens: readonly Token[], at: number): number | undefined {
  const opening = tokens[at]!.text;
  const closing = CLOSING[opening[0] ?? ""];
  const before = tokens[at - 1];
  // Not after a number (an item, a remark), unless a citation starts there; nor inside brackets opened and not closed.
  const afterNumber = before !== undefined && !tokens[at]!.opens && /\d[)\]]?[,-]*$/.test(before.text);
  if (closing === undefined || afterNumber || (before !== undefined && /^[([][^)\]]*$/.test(before.text))) return undefined;
  for (let end = at; end < tokens.length && (end === at || !tokens[end]!.opens); end++) {
    const text = end === at ? opening.slice(1) : tokens[end]!.text;
    if (!BRACKET.test(text)) continue;
    const closed = CLOSED.exec(text);
    if (closed === null || closed[2] !== closing) return undefined;
    const inside = [opening.slice(1), ...tokens.slice(at + 1, end).map((token) => token.text), ...(end === at ? [] : [closed[1]!])];
    const words = (end === at ? [closed[1]!] : inside).filter((word) => word !== "");
    // Brackets as words of their own may hold names: a name is read whatever marks are on its words.
    const apart = opening.length === 1 && closed[1] === "";
    return words.length > 0 && (NUMBERS.test(words.at(-1)!) || apart) ? end : undefined;
  }
  return undefined;
}
