// "topic gifts alaska", "topic nc and wi on gifts", "topic dual relationships in north carolina":
// a theme asked of codes named beside it, as a question to search names them. Read only where
// the words name no topic whole, and only codes named first or last, with the small words that
// join them ("and", "in", "on"), so that no word of a topic's own name is taken for a code.
import type { Code, Library } from "../../model.js";
import { findCode } from "./resolve.js";

/** Words that join codes to each other or to the theme: "alaska and wisconsin on gifts", "gifts in nc". */
const JOINERS: ReadonlySet<string> = new Set(["and", "or", "in", "for", "on", "about", "of", "vs", "versus", "&", "+"]);
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
  const leading: Code[] = [];
  const trailing: Code[] = [];
  let start = 0;
  let end = words.length;
  // A word is always left for the theme: each name tried is at most the words less one.
  const longest = () => Math.min(LONGEST_NAME_WORDS, end - start - 1);
  for (let named = true; named; ) {
    named = false;
    if (leading.length > 0 && end - start > 1 && isJoiner(start)) {
      start++;
      named = true;
      continue;
    }
    for (let length = longest(); length >= 1; length--) {
      const code = codeOf(start, start + length);
      if (code === undefined) continue;
      leading.push(code);
      start += length;
      named = true;
      break;
    }
  }
  for (let named = true; named; ) {
    named = false;
    if (trailing.length > 0 && end - start > 1 && isJoiner(end - 1)) {
      end--;
      named = true;
      continue;
    }
    for (let length = longest(); length >= 1; length--) {
      const code = codeOf(end - length, end);
      if (code === undefined) continue;
      trailing.unshift(code);
      end -= length;
      named = true;
      break;
    }
  }
  const codes = [...new Set([...leading, ...trailing])];
  return codes.length === 0 ? undefined : { rest: words.slice(start, end).join(" "), codes };
}
