// "topic gifts alaska", "topic nc and wi on gifts", "topic dual relationships in north carolina":
// a theme asked of codes named beside it, as a question to search names them. Read only where
// the words name no topic whole, and only codes named first or last, with the small words that
// join them ("and", "in", "on"), so that no word of a topic's own name is taken for a code.
import type { Code, Library } from "../../model.js";
import { findCode } from "./resolve.js";

/** Words that join codes to each other or to the theme: "alaska and wisconsin on gifts", "gifts in nc". */
export const JOINERS: ReadonlySet<string> = new Set(["and", "or", "in", "for", "on", "about", "of", "vs", "versus", "&", "+"]);
/** Words of a code's name at most ("working well together", a user's "riverside county peer support"). */
const LONGEST_NAME_WORDS = 6;

export interface CodesNamedAround {
  /** The words left for the theme. */
  rest: string;
  /** The codes named before and after them, in the order named, each once. */
  codes: Code[];
}

/**
 * The codes `typed` names first and last, and the words between. A one-word name that is an
 * everyday word (`isEverydayWord`: Medi-Cal's alias "medical") names no code here, as in a
 * question. Undefined where no code is named so, or no word is left.
 */
export function codesNamedAround(library: Library, typed: readonly string[], isEverydayWord: (word: string) => boolean): CodesNamedAround | undefined {
  const words = typed.flatMap((word) => word.split(/[\s,]+/)).filter((word) => word.length > 0);
  const codeOf = (start: number, end: number): Code | undefined => {
    if (end - start === 1 && isEverydayWord(words[start]!.toLowerCase())) return undefined;
    const found = findCode(library, words.slice(start, end).join(" "), ["exact"]);
    return found.kind === "found" ? found.value : undefined;
  };
  const isJoiner = (at: number) => JOINERS.has(words[at]!.toLowerCase());
  let start = 0;
  let end = words.length;
  /** The codes named at one end of the words left (`atEnd`: the last), with the words joining them, taken off it. */
  const takeCodes = (atEnd: boolean): Code[] => {
    const codes: Code[] = [];
    const take = (count: number) => (atEnd ? (end -= count) : (start += count));
    for (;;) {
      if (codes.length > 0 && end - start > 1 && isJoiner(atEnd ? end - 1 : start)) {
        take(1);
        continue;
      }
      // A word is always left for the theme: each name tried is at most the words less one.
      let found: { code: Code; length: number } | undefined;
      for (let length = Math.min(LONGEST_NAME_WORDS, end - start - 1); length >= 1 && found === undefined; length--) {
        const code = atEnd ? codeOf(end - length, end) : codeOf(start, start + length);
        if (code !== undefined) found = { code, length };
      }
      if (found === undefined) return codes;
      if (atEnd) codes.unshift(found.code);
      else codes.push(found.code);
      take(found.length);
    }
  };
  const leading = takeCodes(false);
  const trailing = takeCodes(true);
  const codes = [...new Set([...leading, ...trailing])];
  return codes.length === 0 ? undefined : { rest: words.slice(start, end).join(" "), codes };
}
