// A joining word with nothing after it ("wi 1 and") or twice in a row ("wi and and nc"):
// refused before the words are read, with what was left out.
import type { Library } from "../../../model.js";
import { UsageError } from "../../errors.js";
import { RANGE_WORDS, REFERENCE_SEPARATORS, type Token, isNumberWord, writtenNumberAt } from "../ref.js";
import { type LibraryAtHand, placeAtHand, referenceIn, twoNumbersIn } from "./example-standard.js";
import { ethicsFor } from "../../command-start.js";
import { shellWord } from "../../shell-path.js";
import { JOINING_WORDS } from "./grammar-words.js";
import { quotedWord } from "../quoted-word.js";

/** Words quoted back before a dangling joiner (and either side of a doubled one), at most: the reference it ends, not a pasted page. */
const WORDS_BEFORE_JOINER = 6;

/** The joiner a token is, if nothing comes after it: "and", "&", a comma, or a range word after a number. */
function joinerOf(token: Token, previous: Token | undefined): string | undefined {
  const bare = token.text.replace(/,$/, "");
  if (JOINING_WORDS.has(bare.toLowerCase())) return bare;
  if (isRangeWordAfterNumber(token, previous)) return bare;
  return token.text.endsWith(",") ? "," : undefined;
}

/** Only after a number is "to" a range's: a title may end in it ("Duty to"). */
function isRangeWordAfterNumber(token: Token, previous: Token | undefined): boolean {
  return RANGE_WORDS.has(token.text.replace(/,$/, "").toLowerCase()) && previous !== undefined && isNumberWord(previous.text);
}

/**
 * A command showing two numbers joined in the code the words before the joiner name (`wi 1 to`:
 * `ethics show wisconsin 1 to 3`), else in Medi-Cal Integrity, every other example's place:
 * `join` writes the numbers joined. A command that runs, not a reference to fit into what was
 * typed: `show 1 and` typed no code to fit "medi-cal integrity 1 and 3" into.
 */
function joinedInPlace(library: LibraryAtHand, typed: readonly string[], join: (first: number, second: number) => string): { command: string; first: number } {
  const place = [placeAtHand(library, typed), placeAtHand(library, [])].find((each) => each !== undefined && twoNumbersIn(each) !== undefined);
  if (place === undefined) return { command: `\`ethics show medi-cal integrity ${join(5, 7)}\``, first: 5 };
  const [first, second] = twoNumbersIn(place)!;
  return { command: `\`${ethicsFor(place.code)} show ${referenceIn(place, join(first, second))}\``, first };
}

/** What a dangling joiner was expected to join, and a hint with it written whole in the code at hand (`typed`: the words before it). */
function danglingJoinerError(library: LibraryAtHand, joiner: string, quoted: string, after: string | undefined, typed: readonly string[]): UsageError {
  if (RANGE_WORDS.has(joiner.toLowerCase())) {
    const { command, first } = joinedInPlace(library, typed, (from, to) => `${from} ${joiner.toLowerCase()} ${to}`);
    return new UsageError(
      after === undefined
        ? `nothing after '${joiner}' in '${quoted}': expected the number the range ends at`
        : `'${after}' after '${joiner}' in '${quoted} ${after}': expected the number the range ends at`,
      `e.g. ${command}, or ${first}- for ${first} to the last`,
    );
  }
  const { command } = joinedInPlace(library, typed, (one, other) => `${one}${joiner === "," ? "," : ` ${shellWord(joiner)} `}${other}`);
  // Beside the numbers, another reference, where the reader may read several codes (not under ETHICS_CODE).
  const another = library.codeAtHand !== undefined ? "" : ` or \`ethics show wi 1${joiner === "," ? "," : ` ${shellWord(joiner)}`} nc 2\``;
  return new UsageError(`nothing after '${joiner}' in '${quoted}': expected a number or another reference`, `e.g. ${command}${another}; or leave out the '${joiner}'`);
}

/**
 * "wi 1 and", "wi 1," and "wi," end in a joiner with nothing after it, at the end or before a
 * `;`: something was left out (the next number, the next reference). Read as the reference
 * before it, it showed that alone (the "and" skipped, the comma dropped), without a word; a
 * range word ("wi 1 to", "wi 1 to nc 2": it joins no second number) was read as a code's
 * name: "no code 'to'".
 */
export function refuseDanglingJoiner(library: Library, tokens: readonly Token[], cited: readonly { start: number; end: number }[] = []): void {
  // A printed citation's own words ("Part 2 To Clients 1") are a title's, and one after a joiner is what it joins.
  const inCitation = (at: number) => cited.some((run) => at >= run.start && at < run.end);
  tokens.forEach((token, at) => {
    if (inCitation(at) || (inCitation(at + 1) && !isRangeWordAfterNumber(token, tokens[at - 1]))) return;
    const next = tokens[at + 1];
    const last = next === undefined || REFERENCE_SEPARATORS.has(next.text);
    const noRangeEnd = !last && writtenNumberAt(tokens, at + 1) === undefined && isRangeWordAfterNumber(token, tokens[at - 1]);
    if (!last && !noRangeEnd) return;
    const joiner = joinerOf(token, tokens[at - 1]);
    if (joiner === undefined) return;
    let from = at;
    while (from > 0 && !REFERENCE_SEPARATORS.has(tokens[from - 1]!.text)) from--;
    const typed = tokens.slice(from, at + 1).map((word) => word.typed ?? word.text).filter((word) => word !== "");
    const quoted = `${typed.length > WORDS_BEFORE_JOINER ? "… " : ""}${typed.slice(-WORDS_BEFORE_JOINER).map(quotedWord).join(" ")}`;
    throw danglingJoinerError(library, joiner, quoted, noRangeEnd ? quotedWord(next!.typed ?? next!.text) : undefined, tokens.slice(from, at + 1).map((word) => word.text));
  });
}

/** A word that joins references or numbers, as typed, if `token` is one: "and", "&" (and "and,"). */
function joiningWord(token: Token): string | undefined {
  const bare = token.text.replace(/,$/, "");
  return JOINING_WORDS.has(bare.toLowerCase()) ? bare : undefined;
}

/**
 * "wi and and nc", "wi 1 & and 2": two joining words in a row, a slip (or a reference left out
 * between them). Read on, the code's name took "and and nc" for its standard's number: "'and and
 * nc' is not a standard number", which named neither the doubled word nor the fix. Runs after
 * refuseDanglingJoiner: in "wi and and" what is missing is what comes after.
 */
export function refuseDoubledJoiner(tokens: readonly Token[], cited: readonly { start: number; end: number }[] = []): void {
  const inCitation = (at: number) => cited.some((run) => at >= run.start && at < run.end);
  tokens.forEach((token, at) => {
    const first = joiningWord(token);
    const next = tokens[at + 1];
    const second = next === undefined ? undefined : joiningWord(next);
    if (first === undefined || second === undefined || inCitation(at) || inCitation(at + 1)) return;
    let from = at;
    while (from > 0 && !REFERENCE_SEPARATORS.has(tokens[from - 1]!.text)) from--;
    let end = at + 2;
    while (end < tokens.length && !REFERENCE_SEPARATORS.has(tokens[end]!.text)) end++;
    const typedOf = (some: readonly Token[]) => some.map((word) => word.typed ?? word.text).filter((word) => word !== "").map(quotedWord);
    const before = typedOf(tokens.slice(from, at));
    const after = typedOf(tokens.slice(at + 2, end));
    // The words around them, as many as say which reference (not a pasted page), the same in the hint.
    const shownBefore = [...(before.length > WORDS_BEFORE_JOINER ? ["…"] : []), ...before.slice(-WORDS_BEFORE_JOINER)];
    const shownAfter = [...after.slice(0, WORDS_BEFORE_JOINER), ...(after.length > WORDS_BEFORE_JOINER ? ["…"] : [])];
    const quoted = [...shownBefore, first, next!.typed ?? next!.text, ...shownAfter].join(" ");
    const once = [...shownBefore, first, ...shownAfter].join(" ");
    throw first.toLowerCase() === second.toLowerCase()
      ? new UsageError(`'${first}' twice in '${quoted}': expected one '${first}' between two references or numbers`, `say it once: ${once}`)
      : new UsageError(`'${first}' and '${second}' in a row in '${quoted}': expected one word between two references or numbers`, `e.g. ${once}`);
  });
}
