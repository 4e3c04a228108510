// `ethics export north carolina alaska`: codes named as arguments, as list and show take them,
// unquoted names of several words among them. The words are grouped into names here; each name
// is then resolved as a --code value is, so that an unknown one gets the same message.
import type { Library } from "../../model.js";
import { findCode, mostCodeNameParts, wordsOneNameTakes } from "./resolve.js";
import { withoutLeadingSmallWords } from "./leading-small-words.js";

/** "and", "&": a word that joins two names in a list (`alaska and wi`). */
const JOINER = /^(?:and|&)$/i;

/**
 * The code names among `typed` (the arguments as given): words apart at spaces and commas, a run
 * of them that names a code (exactly, or as an unambiguous prefix: "north carolina", "work well
 * together", typed as one argument or several) being one name, the longest run first, as show
 * reads a code's name; a word that starts no such run is a name on its own, to be found or
 * refused as typed. An argument with no word in it (`""`, `,`) is kept, first, for the resolver
 * to refuse: it would otherwise vanish and leave every code chosen. An `and` or `&` between two
 * names joins them, as show reads `wi and nc` (no code may be named `and`: slug.ts); one with
 * no name on a side, or beside another, is kept as a name, and refused. Small words before the
 * first name ("the alaska") are left out (leading-small-words.ts). `otherJoiner`: other
 * words that join two names where the command reads them so (diff's "vs").
 */
export function codeNamesTyped(library: Library, typed: readonly string[], otherJoiner?: RegExp): string[] {
  const isJoiner = (word: string): boolean => JOINER.test(word) || otherJoiner?.test(word) === true;
  // An argument of commas and spaces alone (`,`: `export "$A,$B"` with neither set) names no
  // code either, and is kept as typed for the resolver to refuse, as `list ,` and `--code ,` are.
  const names: string[] = typed.filter((argument) => !/[^\s,]/.test(argument)).map((argument) => argument.trim());
  // "diff the alaska wisconsin": the small words said before the names name none of them.
  const words = withoutLeadingSmallWords(library, typed.flatMap((argument) => argument.split(/[\s,]+/)).filter((word) => word !== ""));
  const most = mostCodeNameParts(library);
  for (let start = 0; start < words.length; ) {
    let length = Math.max(1, wordsOneNameTakes(words.slice(start), most));
    while (length > 1 && findCode(library, words.slice(start, start + length).join(" ")).kind !== "found") length--;
    const joins = length === 1 && isJoiner(words[start]!) && start > 0 && !isJoiner(words[start - 1]!) && start + 1 < words.length && !isJoiner(words[start + 1]!);
    if (!joins) names.push(words.slice(start, start + length).join(" "));
    start += length;
  }
  return names;
}
