// The codes a question names ("what does alaska say about gifts", "north carolina's rule on
// dating", "how does wwt differ from medi-cal"): search still reads every code but puts the named
// codes' answers first, and the search command tells how to search them alone, or compare them.
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
  return namesIn(library, query, isEverydayWord).codes;
}

/**
 * The question with the codes' names it spells taken out ("what does alaska say about gifts" →
 * "what does say about gifts"), or undefined where it names none: a name says where to look,
 * not what about, and left in it matches the standards that print it ("Medi-Cal services").
 */
export function withoutCodeNames(library: Library, query: string, isEverydayWord: (word: string) => boolean): string | undefined {
  const { names } = namesIn(library, query, isEverydayWord);
  if (names.length === 0) return undefined;
  let rest = query;
  for (const name of names) {
    // The name's words as typed: any case, any run of other characters between them, a possessive after.
    const typed = new RegExp(`(?<![\\p{L}\\p{N}])${name.split("-").join("[^\\p{L}\\p{N}]+")}(?:[’']s)?(?![\\p{L}\\p{N}])`, "giu");
    rest = rest.replace(typed, " ");
  }
  return rest;
}

function namesIn(library: Library, query: string, isEverydayWord: (word: string) => boolean): { codes: Code[]; names: string[] } {
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
  const codes: Code[] = [];
  const names: string[] = [];
  for (let start = 0; start < typed.length; start++) {
    // The longest name that starts here: "north carolina" before a code named "north".
    for (let length = Math.min(longest, typed.length - start); length >= 1; length--) {
      const slug = typed.slice(start, start + length).join("-");
      const found = byName.get(slug);
      if (found === undefined || (length === 1 && isEverydayWord(slug))) continue;
      if (!codes.includes(found)) codes.push(found);
      if (!names.includes(slug)) names.push(slug);
      start += length - 1;
      break;
    }
  }
  return { codes, names };
}
