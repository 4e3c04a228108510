// A closing quote left on a reference's number, as copied with the quotes around it:
// `show '"medi-cal integrity 12"'` was "'12\"' is not a standard number", while the opening
// quote was read (names are matched without their marks: resolve.ts).
import type { Token } from "./ref.js";

/**
 * A number (or list or range), with the `)` or `.` a citation may end in, then closing quotes,
 * straight or typographic (“…” and „…“ alike), and the comma or semicolon after them.
 */
const NUMBER_THEN_QUOTE = /^([\d,-]*\d\)?\.?)["'`”’“»›]+([,;]?)$/;

/** The token without the closing quotes after its number; the token itself where it has none. */
export function withoutClosingQuote(token: Token): Token {
  const parts = NUMBER_THEN_QUOTE.exec(token.text);
  return parts === null ? token : { ...token, text: `${parts[1]}${parts[2]}` };
}
