// A reference whose code comes last, as speech puts it ("integrity 12 medi-cal", `12 wi`):
// refused, with the command that puts the code first.
import type { Library } from "../../../model.js";
import { commandShown } from "../../command-shown.js";
import { ethicsFor } from "../../command-start.js";
import { UsageError } from "../../errors.js";
import { BackwardsRange, CODE_SEPARATOR, NoCodeBefore, isBackwardsRange, type NumberSelection, REFERENCE_SEPARATORS, type Reference, type Token, parseTokens } from "../ref.js";
import { quotedWord } from "../quoted-word.js";
import { findCode, mostCodeNameParts, wordsOneNameTakes } from "../resolve.js";
import { withNumbersInDigits } from "../spoken-numbers.js";
import { numbersFirstHint } from "./example-standard.js";
import { CODE_LAST_WORDS } from "./grammar-words.js";
import type { Piece, Target } from "./kinds.js";
import { resolveTarget } from "./resolve-target.js";
import { codeFirstReference, commandOf } from "./show-commands.js";

/** Tokens of the words a reference's name was read from, none of them opening a reference. */
export const plainTokens = (words: readonly string[]): Token[] => words.map((text) => ({ text, opens: false }));

/**
 * The reference `codeText` + `before` + `numbers` names, read by the grammar as if typed code
 * first, so that what was a title's word before the code (`#12 wi`, `§ 12`) is the number it
 * marks once it ends the reference, and numbers said in words are numbers (`twelve five wi`,
 * read where a code's name belongs, was "no code 'twelve'" where `12 5 wi` names its code last);
 * undefined where that is not one reference that resolves.
 */
function codeFirstTarget(library: Library, codeText: string, before: readonly string[], numbers: string | undefined): { target: Target; selection: NumberSelection | undefined } | BackwardsRange | undefined {
  try {
    const tokens = withNumbersInDigits(plainTokens([...codeText.split(" "), CODE_SEPARATOR, ...before, ...(numbers === undefined ? [] : [numbers])]), false);
    const references = parseTokens(tokens);
    if (references.length !== 1 || references[0]!.itemLabel) return undefined;
    return { target: resolveTarget(library, references[0]!), selection: references[0]!.selection };
  } catch (error) {
    // `12-5 wi` is refused as `wi 12-5` is: it was "'12-5' has no code before it", and
    // `twelve-five wi` "no code 'twelve-five'", as if no code had been named.
    return isBackwardsRange(error) ? error : undefined;
  }
}

/**
 * A reference whose code comes last, as speech puts it ("integrity 12 medi-cal", "integrity
 * medi-cal", "integrity 12 in medi-cal"), that names no code first: refused, since `wi 12
 * alaska` is two references, but with the reference the code-first way where that names
 * something. The code is the last words of the reference (no more than a code's name has: a
 * pasted page is not tried a run at a time), or the next reference where it is a code's name
 * alone, after "in" or "of" where one is written.
 */
export function codeNamedLast(library: Library, reference: Reference, next: Piece | undefined): UsageError | undefined {
  if (reference.codeWords !== undefined || reference.itemLabel) return undefined;
  const { words, selection } = reference;
  const mostParts = mostCodeNameParts(library);
  const candidates: { before: string[]; codeText: string; said: string }[] = [];
  if (selection === undefined) {
    const most = Math.min(words.length - 1, wordsOneNameTakes([...words].reverse(), mostParts));
    for (let count = most; count >= 1; count--) {
      const before = words.slice(0, words.length - count);
      const codeText = words.slice(words.length - count).join(" ");
      candidates.push({ before, codeText, said: reference.text });
      if (before.length > 1 && CODE_LAST_WORDS.has(before.at(-1)!.toLowerCase())) candidates.push({ before: before.slice(0, -1), codeText, said: reference.text });
    }
  } else if (next !== undefined && "reference" in next && next.reference.selection === undefined && next.reference.codeWords === undefined) {
    const nextWords = next.reference.words;
    const codeWords = nextWords.length > 1 && CODE_LAST_WORDS.has(nextWords[0]!.toLowerCase()) ? nextWords.slice(1) : nextWords;
    if (wordsOneNameTakes(codeWords, mostParts) === codeWords.length) {
      candidates.push({ before: words, codeText: codeWords.join(" "), said: `${reference.text} ${next.reference.text}` });
    }
  }
  for (const { before, codeText, said } of candidates) {
    if (findCode(library, codeText, ["exact"]).kind !== "found") continue;
    const found = codeFirstTarget(library, codeText, before, selection?.text);
    if (isBackwardsRange(found)) return found;
    if (found !== undefined) return codeLast(said, found.target, found.selection);
  }
  return undefined;
}

function codeLast(said: string, target: Target, selection: NumberSelection | undefined): UsageError {
  return codeLastWith(said, `\`${ethicsFor(target.code)} show ${codeFirstReference(target, selection)}\``);
}

/** The code-last refusal of `said`, with `command` (in backticks) the way that puts the code first. */
function codeLastWith(said: string, command: string): UsageError {
  return new UsageError(`'${said}' names its code last`, `the code comes first: ${commandShown(command, COMMAND_COLUMNS)}`);
}

/** Columns a code-last hint's command is cut to: a line after "hint: the code comes first: '". */
const COMMAND_COLUMNS = 80 - "hint: the code comes first: ''".length;

/** Columns each of two commands is cut to: a line after "hint: say which: '", "', '" between. */
const EITHER_COMMAND_COLUMNS = Math.floor((80 - "hint: say which: '', ''".length) / 2);

/**
 * A number with no code before it and a code's name right after it (`12 wi`, `12 of
 * wisconsin`): a reference with its code last. The code named, where the number is its: the
 * error that refuses it with the code-first way as the hint, the words it quotes, and where the
 * code's words are among the tokens.
 */
export function codeAfterNumber(library: Library, tokens: readonly Token[], error: NoCodeBefore): { error: UsageError; said: string; codeFrom: number; to: number } | undefined {
  const afterAt = error.at + error.count;
  let end = afterAt;
  while (end < tokens.length && !tokens[end]!.opens && !REFERENCE_SEPARATORS.has(tokens[end]!.text)) end++;
  const after = tokens.slice(afterAt, end).map((token) => token.text);
  const commaEnded = tokens[afterAt - 1]!.text.endsWith(",");
  const skip = after.length > 1 && CODE_LAST_WORDS.has(after[0]!.toLowerCase()) ? 1 : 0;
  const most = wordsOneNameTakes(after.slice(skip), mostCodeNameParts(library));
  for (let count = most; count >= 1; count--) {
    // The code must end the reference, or another begin after it (`12 wi nc 2`): in `2 nc
    // values` the words after it (values) would be dropped from the hint, which would name
    // standard 2, not value 2.
    const following = after[skip + count];
    if (following !== undefined && !/^\d/.test(following) && findCode(library, following, ["exact"]).kind !== "found") continue;
    // `15, wi 12`: after a comma, a code with numbers of its own begins a reference; the hint
    // was `wisconsin 15,12`, the 15 given the next reference's code.
    if (commaEnded && following !== undefined && /^\d/.test(following)) continue;
    const codeText = after.slice(skip, skip + count).join(" ");
    if (findCode(library, codeText, ["exact"]).kind !== "found") continue;
    const found = codeFirstTarget(library, codeText, [], error.numbers);
    if (found === undefined) continue;
    // Each word quoted as a long typed word is: a list glued from 5,000 arguments was quoted whole.
    const typed = tokens.slice(error.at, afterAt + skip + count).map((token) => token.typed ?? token.text).filter((word) => word !== "").map(quotedWord);
    const refusal = isBackwardsRange(found) ? found : codeLast(typed.join(" "), found.target, found.selection);
    return { error: refusal, said: typed.join(" "), codeFrom: afterAt + skip, to: afterAt + skip + count };
  }
  return undefined;
}

/** `error` (`show 50`) with its example a standard this library has, where it has one. */
function withExampleOf(library: Library, error: NoCodeBefore): NoCodeBefore {
  const hint = numbersFirstHint(library, error.numbers);
  return hint === undefined ? error : new NoCodeBefore(error.numbers, hint, error.at, error.count, error.afterList, error.opensWords);
}

/**
 * References read from tokens, where a number with no code before it may have one after it.
 * After a reference's numbers (`wi 12 13 alaska`, `alaska conduct 4 5 nc`), a number a code's
 * name follows is more of the list where the code has no such number, the code a reference of
 * its own, as in `wi 12 alaska` (Wisconsin 12, then Alaska whole); where the code has it too,
 * either is meant, and a command for each is given. Both were refused ("'13' has no code
 * before it", "'5 nc' names its code last" with the command for North Carolina 5 alone).
 * Where only the code's reading names something (`wi 1 12 of nc`: "of nc" is no reference of
 * its own; `wi 12 20 nc`: Wisconsin has no 20), its command is the hint, every reference typed
 * in it: it was North Carolina's alone, and Wisconsin 1 was dropped. So too where the number
 * comes first and other references follow the code (`12 wi nc 2`: North Carolina 2 was dropped).
 */
export function referencesOf(library: Library, tokens: readonly Token[], listedAt: ReadonlySet<number> = new Set()): Reference[] {
  try {
    return parseTokens(tokens, listedAt);
  } catch (error) {
    if (!(error instanceof NoCodeBefore)) throw error;
    const codeAfter = codeAfterNumber(library, tokens, error);
    // The tokens with the code put before the number it follows.
    const codeFirst = codeAfter && [...tokens.slice(0, error.at), ...tokens.slice(codeAfter.codeFrom, codeAfter.to), ...tokens.slice(error.at, error.at + error.count), ...tokens.slice(codeAfter.to)];
    if (!error.afterList) {
      if (codeAfter === undefined) throw error.opensWords ? withExampleOf(library, error) : error;
      // Other references after it (`12 wi nc 2`): the hint names them too, the code put first.
      const whole = codeAfter.to < tokens.length ? commandOf(library, codeFirst!, listedAt) : undefined;
      throw whole === undefined ? codeAfter.error : codeLastWith(codeAfter.said, whole);
    }
    const listed = new Set([...listedAt, error.at + error.count - 1]);
    if (codeAfter === undefined) return referencesOf(library, tokens, listed);
    // Either is meant: the numbers more of the list, or the code's, written before them.
    const [asList, asCodeFirst] = [commandOf(library, tokens, listed), commandOf(library, codeFirst!, listedAt)];
    if (asCodeFirst === undefined) throw codeAfter.error;
    if (asList === undefined) throw codeLastWith(codeAfter.said, asCodeFirst);
    throw new UsageError(`'${codeAfter.said}' may name its code last, or ${quotedWord(error.numbers)} be more of the list before it`, `say which: ${commandShown(asList, EITHER_COMMAND_COLUMNS)}, ${commandShown(asCodeFirst, EITHER_COMMAND_COLUMNS)}`);
  }
}
