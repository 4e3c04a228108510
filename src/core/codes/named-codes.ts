// The codes a question names ("what does alaska say about gifts", "north carolina's rule on
// dating", "how does wwt differ from medi-cal"): search reads every code whatever the question
// says, and the search command tells how to search the named ones alone, or compare them.
import type { Code, Library } from "../../model.js";
import { words } from "../text.js";
import { codeNames } from "./resolve.js";

/**
 * An alias shorter than this is no sign in a question ("ak", "nc", "wi" are also abbreviations
 * of other things).
 */
const ALIAS_MIN_LENGTH = 3;

/**
 * The codes whose id, alias, short name or title a run of the query's words spells, in the
 * order the query names them. A name of one word that is an everyday word (`isEverydayWord`:
 * the alias "medical" of Medi-Cal, a user's code named "peer") names none.
 */
export function codesNamedIn(library: Library, query: string, isEverydayWord: (word: string) => boolean): Code[] {
  const byName = new Map<string, Code>();
  let longest = 1;
  for (const code of library.codes) {
    for (const name of codeNames(code)) {
      if (name.field.startsWith("aliases") && name.slug.length < ALIAS_MIN_LENGTH) continue;
      if (!byName.has(name.slug)) byName.set(name.slug, code);
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
      if (found === undefined || (length === 1 && isEverydayWord(slug))) continue;
      if (!named.includes(found)) named.push(found);
      start += length - 1;
      break;
    }
  }
  return named;
}
