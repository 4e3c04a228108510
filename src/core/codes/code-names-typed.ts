// `ethics export north carolina alaska`: codes named as arguments, as list and show take them,
// unquoted names of several words among them. The words are grouped into names here; each name
// is then resolved as a --code value is, so that an unknown one gets the same message.
import type { Library } from "../../model.js";
import { findCode, mayBeginCodeName, mostCodeNameParts, slugify } from "./resolve.js";
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
  const typedWords = typed.flatMap((argument) => argument.split(/[\s,]+/)).filter((word) => word !== "");
  // No word names no code: grouping words into names works out every code's names and their
  // forms first (a thousand users' codes: 55-137 ms of a warm export's main thread, under load).
  if (typedWords.length === 0) return names;
  // "diff the alaska wisconsin": the small words said before the names name none of them.
  const words = withoutLeadingSmallWords(library, typedWords);
  const nameLength = namingRuns(library, words);
  for (let start = 0; start < words.length; ) {
    const length = nameLength(start);
    const joins = length === 1 && isJoiner(words[start]!) && start > 0 && !isJoiner(words[start - 1]!) && start + 1 < words.length && !isJoiner(words[start + 1]!);
    if (!joins) names.push(words.slice(start, start + length).join(" "));
    start += length;
  }
  return names;
}

/**
 * How many of `words` from a start make the longest run that names a code (exactly, or as an
 * unambiguous prefix): runs of one name's words at most (wordsOneNameTakes), the longest first;
 * 1 where none does. Work in proportion to the words, whatever they are (a page pasted as a
 * list of codes took a minute, every run of up to a name's words looked up from every word):
 * - a run's lookup depends only on the slugs of its words (slugify drops what has none, as a
 *   "-" or "·" between words), so each word's slug is made once, and a run is looked up once
 *   for the slugs of its words: the runs of one start that differ only by such words are one;
 * - where a start's run ends is found by stepping from word with a slug to the next, never by
 *   walking the words without one (thousands of "-" between two names);
 * - a start whose first word begins no word of any name (mayBeginCodeName) begins no run.
 */
function namingRuns(library: Library, words: readonly string[]): (start: number) => number {
  const most = mostCodeNameParts(library);
  const slugs = words.map((word) => slugify(word));
  // The first word at or after each index that has a slug (words.length for none).
  const nextSlugged: number[] = new Array<number>(words.length + 1);
  nextSlugged[words.length] = words.length;
  for (let at = words.length - 1; at >= 0; at--) nextSlugged[at] = slugs[at] === "" ? nextSlugged[at + 1]! : at;
  const mayBegin = mayBeginCodeName(library);
  const found = new Map<string, boolean>();
  // Looked up as the words with a slug, typed (slugify reads each word apart, as between spaces).
  const names = (slugged: readonly number[]): boolean => {
    const slug = slugged.map((at) => slugs[at]).join("-");
    let names = found.get(slug);
    if (names === undefined) {
      names = findCode(library, slugged.map((at) => words[at]).join(" ")).kind === "found";
      found.set(slug, names);
    }
    return names;
  };
  return (start) => {
    // The words with a slug that a run from `start` may hold: one name's worth, and the one after.
    const slugged: number[] = [];
    for (let at = nextSlugged[start]!; at < words.length && slugged.length <= most; at = nextSlugged[at + 1]!) slugged.push(at);
    // A word no name's words begin as begins no run that names one (text pasted as a list).
    if (slugged.length === 0 || !mayBegin(slugs[slugged[0]!]!)) return 1;
    const end = slugged.length > most ? slugged[most]! : words.length;
    // The run holding k of them is longest when it runs on to the next: tried longest first.
    for (let k = Math.min(most, slugged.length); k >= 1; k--) {
      const length = (k < slugged.length ? slugged[k]! : end) - start;
      if (length >= 2 && names(slugged.slice(0, k))) return length;
    }
    return 1;
  };
}
