// The codes a question names ("what does alaska say about gifts", "north carolina's rule on
// dating", "how does wwt differ from medi-cal"): search reads every code whatever the question
// says, and the search command tells how to search the named ones alone, or compare them.
import type { Code, Library } from "../../model.js";
import { words } from "../text.js";
import { codeNames } from "./resolve.js";

/**
 * An alias shorter than this is no sign in a question ("ak", "nc", "wi" are also abbreviations
 * of other things); a longer one is, unless it is an everyday word ("medical" for Medi-Cal).
 */
const ALIAS_MIN_LENGTH = 3;

/**
 * The codes whose id, alias, short name or title a run of the query's words spells, in the
 * order the query names them. `isEverydayWord` tells an alias that is an ordinary word.
 */
export function codesNamedIn(library: Library, query: string, isEverydayWord: (word: string) => boolean): Code[] {
  const byName = new Map<string, { code: Code; alias: boolean }>();
  let longest = 1;
  for (const code of library.codes) {
    for (const name of codeNames(code)) {
      const alias = name.field.startsWith("aliases");
      if (alias && name.slug.length < ALIAS_MIN_LENGTH) continue;
      if (!byName.has(name.slug)) byName.set(name.slug, { code, alias });
      longest = Math.max(longest, name.slug.split("-").length);
    }
  }
  const typed = words(query);
  const named: Code[] = [];
  for (let start = 0; start < typed.length; start++) {
    // The longest name that starts here: "north carolina" before a code named "north".
    for (let length = Math.min(longest, typed.length - start); length >= 1; length--) {
      const slug = typed.slice(start, start + length).join("-");
      const found = byName.get(slug);
      if (found === undefined || (found.alias && isEverydayWord(slug))) continue;
      if (!named.includes(found.code)) named.push(found.code);
      start += length - 1;
      break;
    }
  }
  return named;
}
