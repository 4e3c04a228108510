// diff's remarks after a standard's number, "(similarity 0.44)", left out of words pasted
// back into `show`.
import type { Library } from "../../../model.js";
import { isEthicsError } from "../../errors.js";
import { ITEM_LETTERS, type Token, isNumberWord, numberWithItem } from "../ref.js";
import { resolveTokens } from "./arguments.js";
import { plainTokens } from "./code-last.js";

/**
 * diff's remark after a standard's number, "North Carolina 13 (when they are unavoidable)",
 * "Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)", left out, as topic's
 * strength after a citation is (ref.ts): pasted, it was "no code '(when'".
 */
export function withoutRemarks(library: Library, tokens: readonly Token[]): readonly Token[] {
  let kept: Token[] | undefined;
  // What each remark holds, read once: a pasted page may hold the same one many times.
  const references = new Map<string, boolean>();
  const isReference = (words: string[]) => {
    const key = words.join(" ");
    if (!references.has(key)) references.set(key, namesSomething(library, words));
    return references.get(key)!;
  };
  for (let at = 0; at < tokens.length; at++) {
    const end = remarkEnd(tokens, at, isReference);
    if (end === undefined) kept?.push(tokens[at]!);
    else (kept ??= tokens.slice(0, at)), (at = end - 1);
  }
  return kept ?? tokens;
}

/** A word of what parentheses hold that labels items or joins them: "(a)", "(a and b)", "(3)". */
const ITEM_WORD = new RegExp(`^(?:${ITEM_LETTERS}|\\d+|and|&)$`, "i");

/**
 * Where a remark that opens at `at` ends (the token after its `)`), if one does: parentheses
 * after a number, closed in the same argument. Not where they hold only items' labels (`12 (a)`,
 * `1 (3)`), which are read as typed, nor a reference (`12 (nc 2)`), which is no remark to drop.
 */
function remarkEnd(tokens: readonly Token[], at: number, isReference: (words: string[]) => boolean): number | undefined {
  const before = tokens[at - 1];
  if (!tokens[at]!.text.startsWith("(") || tokens[at]!.opens || before === undefined || !(isNumberWord(before.text) || numberWithItem(before.text))) return undefined;
  let depth = 0;
  for (let end = at; end < Math.min(tokens.length, at + MOST_REMARK_WORDS) && (end === at || !tokens[end]!.opens); end++) {
    for (const mark of tokens[end]!.text) depth += mark === "(" ? 1 : mark === ")" ? -1 : 0;
    if (depth > 0) continue;
    if (!/\),?$/.test(tokens[end]!.text)) return undefined;
    const held = tokens.slice(at, end + 1).map((token) => token.text).join(" ").replace(/^\(|\),?$/g, "");
    const words = held.split(/[\s,]+/).filter((word) => word !== "");
    return words.every((word) => ITEM_WORD.test(word)) || isReference(words) ? undefined : end + 1;
  }
  return undefined;
}

/** diff's remarks are a line's at most, whole under --full: a few dozen words. */
const MOST_REMARK_WORDS = 100;

/** Whether `words` read as references on their own. */
function namesSomething(library: Library, words: readonly string[]): boolean {
  try {
    resolveTokens(library, plainTokens(words));
    return true;
  } catch (error) {
    if (isEthicsError(error)) return false;
    throw error;
  }
}
