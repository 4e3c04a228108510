// Text as columns on a terminal: how many a string takes (core/text-width.ts, which the core's
// messages measure with too), and where a line of it may break other than at a space. One
// measure for every renderer (wrapping, tables, padding), so that what is laid out is what the
// terminal shows.
import { ANSI_PATTERN, clusterWidth, graphemeClusters, isWide, isZeroWidth, visibleLength } from "../core/text-width.js";

export { ANSI_PATTERN, isWide, visibleLength } from "../core/text-width.js";

/**
 * Where a line must not break (Unicode's line breaking, UAX #14), made when first needed: a
 * pattern of Unicode properties is parsed when it is made, which looks its classes up in ICU,
 * and only text with a wide character asks.
 */
let noBreak: { before: RegExp; after: RegExp } | undefined;

function noBreakPatterns(): { before: RegExp; after: RegExp } {
  return (noBreak ??= {
    // Never at the start of a line: closing punctuation, the Chinese and Japanese full stops and
    // commas, small kana, iteration marks, the prolonged sound mark.
    before: /^[\p{Pe}\p{Pf}!%),.:;?\]}¢°‰′″、。〃々〆〻ゝゞヽヾー・‥…゛゜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ！％），．：；？］｝｡｣､･ｧ-ｰﾞﾟ〜～‼⁇⁈⁉]$/u,
    // Never at the end of a line: opening brackets and quotation marks.
    after: /^[\p{Ps}\p{Pi}¿¡£¥$]$/u,
  });
}

/**
 * The first wide characters are U+1100 to U+115F, then nothing until U+231A: a string without
 * one of those or later (surrogates included) has nothing wide to break next to. Typographic
 * punctuation (“ ” ’ —, U+2000 to U+206F) is below, so English text is told in one test.
 */
const MAY_BE_WIDE = /[\u1100-\u115f\u231a-\uffff]/;

/** Whether `text` may hold a wide character: if not, it breaks only at spaces. */
export function mayHoldWide(text: string): boolean {
  return MAY_BE_WIDE.test(text);
}
/**
 * One token a line is broken between: our colours' escape sequences, a flag (two regional
 * indicators, read in pairs from the first, as Unicode's grapheme rules pair them), or a
 * character. A flag cut between its two letters shows two other flags or letters on the lines
 * after: 🇺🇸🇺🇸 cut after its first 🇺 reads 🇺 and then 🇸🇺🇸, a Soviet flag.
 */
const CHARACTER_OR_ESCAPE = /\x1b\[[0-9;?]*[ -/]*[@-~]|[\u{1f1e6}-\u{1f1ff}]{2}|[^]/gu;

/**
 * `word` (no spaces; our colours may be in it) in the parts a line may break between: as
 * UAX #14 allows for ideographs, and the emoji and other wide characters with them, before
 * and after any wide character but where punctuation must stay with its neighbour, and but
 * Hangul, whose words are kept whole (as CSS's word-break: keep-all does for Korean); a
 * character's combining marks, joiners and selectors stay with it. A word of narrow
 * characters (English, a URL) is one part: it breaks only at spaces. An escape sequence goes
 * with the character after it, or, at the end of the word, with the one before.
 */
export function lineBreakParts(word: string): string[] {
  if (!MAY_BE_WIDE.test(word)) return [word];
  const parts: string[] = [];
  let part = "";
  let escapes = "";
  let previous = ""; // the last character that takes a column
  let joined = false; // the character before was a zero width joiner: the next goes with it
  for (const [token] of word.matchAll(CHARACTER_OR_ESCAPE)) {
    if (token.length > 1 && token.startsWith("\x1b")) {
      escapes += token;
      continue;
    }
    const zeroWidth = isZeroWidth(token);
    if (part !== "" && previous !== "" && !joined && !zeroWidth && mayBreakBetween(previous, token)) {
      parts.push(part);
      part = "";
    }
    part += escapes + token;
    escapes = "";
    if (!zeroWidth) previous = token;
    joined = token === "\u200d";
  }
  parts.push(part + escapes);
  return parts;
}

/** Hangul: Korean puts spaces between its words, and a line breaks there, not inside one. */
function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xa960 && code <= 0xa97f);
}

function breaksAround(char: string): boolean {
  const code = char.codePointAt(0)!;
  return isWide(code) && !isHangul(code);
}

function mayBreakBetween(before: string, after: string): boolean {
  if (!breaksAround(before) && !breaksAround(after)) return false;
  const { before: noBreakBefore, after: noBreakAfter } = noBreakPatterns();
  return !noBreakBefore.test(after) && !noBreakAfter.test(before);
}

/** `text`'s escape sequences (our colours) and grapheme clusters, in order. */
function* escapesAndClusters(text: string): Generator<string> {
  let from = 0;
  if (text.includes("\x1b")) {
    for (const match of text.matchAll(ANSI_PATTERN)) {
      yield* graphemeClusters(text.slice(from, match.index));
      yield match[0];
      from = match.index + match[0].length;
    }
  }
  yield* graphemeClusters(text.slice(from));
}

/** A place a piece of an overflowing word breaks after, by preference: a URL's or a path's slash, a hyphen. */
const SOFT_BREAK_AFTER = /[/\-]/;

/**
 * `part` (one of lineBreakParts'), which is wider than `room` columns, the width of a whole
 * line: cut into pieces, the first at most `firstRoom` columns (what is left of the line it
 * starts on; 0: it starts on the next), the rest at most `room`. So a word no line can hold (a
 * long URL or path in a user's code or a message) still fits the terminal, as CSS's
 * overflow-wrap does: where it must, preferably just after a slash or a hyphen in the piece's
 * second half. A grapheme cluster is never cut (a character's combining marks and joiners stay
 * with it, a flag's two letters together); an escape sequence goes with the character after it.
 * Every piece holds a character, however narrow the room.
 */
export function overflowPieces(part: string, firstRoom: number, room: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let width = 0;
  let limit = firstRoom;
  let softEnd = -1; // the length of `piece` just after its last slash or hyphen in its second half
  let escapes = "";
  const cut = (next: number) => {
    if (softEnd > 0 && softEnd < piece.length && visibleLength(piece.slice(softEnd)) + next <= room) {
      pieces.push(piece.slice(0, softEnd));
      piece = piece.slice(softEnd);
      width = visibleLength(piece);
    } else {
      pieces.push(piece);
      piece = "";
      width = 0;
    }
    softEnd = -1;
    limit = room;
  };
  for (const token of escapesAndClusters(part)) {
    if (token.length > 1 && token.startsWith("\x1b")) {
      escapes += token;
      continue;
    }
    // A grapheme cluster at a time, measured as visibleLength measures it: a piece is never cut
    // inside one (👩‍⚕️, ✌️), nor does it count other columns than the line it goes on will.
    const tokenWidth = clusterWidth(token);
    if (tokenWidth > 0 && width + tokenWidth > limit && (piece !== "" || limit === 0)) {
      if (piece === "") limit = room;
      else cut(tokenWidth);
    }
    piece += escapes + token;
    escapes = "";
    width += tokenWidth;
    if (SOFT_BREAK_AFTER.test(token) && 2 * width >= limit) softEnd = piece.length;
  }
  piece += escapes;
  if (piece !== "") pieces.push(piece);
  return pieces;
}
