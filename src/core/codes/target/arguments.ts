// The words after `ethics show` resolved: printed citations whole, the words between them by
// the grammar (ref.ts), and where they name nothing, as pasted or as said aloud.
import type { Library } from "../../../model.js";
import { isEthicsError } from "../../errors.js";
import { readCitedRuns } from "../printed-citation.js";
import { REFERENCE_SEPARATORS, type Token, withCommasSpaced } from "../ref.js";
import { withSentencesEnded, withSpokenMarks } from "../spoken-marks.js";
import { withNumbersInDigits } from "../spoken-numbers.js";
import { referencesOf } from "./code-last.js";
import { refuseDanglingJoiner, refuseDoubledJoiner } from "./joiners.js";
import { readTokensIn } from "./tokens-read.js";
import type { Piece, Target } from "./kinds.js";
import { resolvePieces } from "./pieces.js";
import { withoutRemarks } from "./remarks.js";
import { withoutRepeats } from "./repeated.js";
import { placeTarget } from "./resolve-target.js";

/**
 * The words after `ethics show` resolved: printed citations whole, wherever they are, so that
 * every citation ethics prints reads back as the standard it cites whatever its section's title
 * ("Y · 3 1", "Y · Part 2 Conduct 4"); the words between them by the grammar (ref.ts). What is
 * named again is read once (repeated.ts).
 */
export function resolveArguments(library: Library, argv: readonly string[]): Target[] {
  return withoutRepeats(resolveTyped(library, argv));
}

/** resolveArguments' reading, each reference's target however often it was named. */
function resolveTyped(library: Library, argv: readonly string[]): Target[] {
  const tokens = readTokensIn(library, argv);
  try {
    return resolveTokens(library, tokens);
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    const pasted = asPasted(library, tokens);
    const readings = [...new Set([pasted, asSaid(pasted)])].filter((reading) => reading !== tokens);
    if (readings.length === 0) throw error;
    // What was meant is the words as pasted, or as said aloud: their error, not one of a word
    // they do not have ("no code 'period'").
    for (const reading of readings.slice(0, -1)) {
      try {
        return resolveTokens(library, reading);
      } catch (failure) {
        if (!isEthicsError(failure)) throw failure;
      }
    }
    return resolveTokens(library, readings.at(-1)!);
  }
}

/**
 * The tokens as a person dictating means them, where typed they read as something else: marks
 * said aloud as the marks, and a sentence's end after a reference's number as the end of the
 * reference (spoken-marks.ts); numbers said in words as digits (spoken-numbers.ts). The tokens
 * themselves where none differs.
 */
function asSaid(tokens: readonly Token[]): readonly Token[] {
  return withSentencesEnded(withNumbersInDigits(withSpokenMarks(tokens)));
}

/**
 * The tokens as a hand pasting citations means them, where typed they read as something else:
 * `nc 15,wi 12` as `nc 15, wi 12` (withCommasSpaced), a remark of diff's after a number left out
 * (withoutRemarks). The tokens themselves where none differs.
 */
function asPasted(library: Library, tokens: readonly Token[]): readonly Token[] {
  return withoutRemarks(library, withCommasSpaced(tokens));
}

/** resolveArguments of the tokens read. */
export function resolveTokens(library: Library, tokens: readonly Token[]): Target[] {
  const runs = readCitedRuns(library, tokens);
  refuseDanglingJoiner(library, tokens, runs);
  refuseDoubledJoiner(tokens, runs);
  if (runs.length === 0) return resolvePieces(library, referencesOf(library, tokens).map((reference) => ({ reference })));
  const pieces: Piece[] = [];
  const readBetween = (between: Token[]) => {
    if (!between.some((token) => !REFERENCE_SEPARATORS.has(token.text))) return;
    // One by one: 150,000 references spread as arguments overflow the stack.
    for (const reference of referencesOf(library, between)) pieces.push({ reference });
  };
  let from = 0;
  for (const run of runs) {
    readBetween(tokens.slice(from, run.start));
    pieces.push({ target: placeTarget(run.code, run.place, run.selection), ...(run.selection !== undefined && { selection: run.selection }) });
    from = run.end;
  }
  readBetween(tokens.slice(from));
  return resolvePieces(library, pieces);
}
