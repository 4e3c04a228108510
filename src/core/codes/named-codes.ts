// The codes a question names ("what does alaska say about gifts", "north carolina's rule on
// dating", "how does wwt differ from medi-cal"): search still reads every code but puts the named
// codes' answers first, and the search command tells how to search them alone, or compare them.
import type { Code, Library } from "../../model.js";
import { words } from "../text.js";
import { slugify } from "./resolve.js";
import { askedAsCode, nameWithSlip, slipMeant } from "./slipped-names.js";

/**
 * An alias shorter than this is no sign in a question ("ak", "nc", "wi" are also abbreviations
 * of other things).
 */
export const ALIAS_MIN_LENGTH = 3;

/**
 * Of a query, the characters read for the codes it names: every run of its words is tried
 * against every name, and a pasted book (a megabyte: half a second) names its codes early.
 */
const NAMES_READ_LENGTH = 16_384;

/** The codes a query names, in the order it names them, and the names it spells them by, as slugs. */
export interface NamesInQuery {
  codes: Code[];
  names: string[];
}

/**
 * The codes whose id, alias, short name or title, or the place they are for, a run of the
 * query's words spells, in the order the query names them. A name of one word that is an
 * everyday word (`isEverydayWord`: the alias "medical" of Medi-Cal, a user's code named "peer")
 * names none. Worked out once a search: search reads it first and the command's hint after.
 */
export function namesIn(library: Library, query: string, isEverydayWord: (word: string) => boolean): NamesInQuery {
  const typed = words(query.slice(0, NAMES_READ_LENGTH));
  const byName = namesStartingWith(library, new Set(typed), isEverydayWord);
  let longest = 1;
  for (const name of byName.keys()) longest = Math.max(longest, name.split("-").length);
  const codes: Code[] = [];
  const names: string[] = [];
  let slipped: Map<string, NameWords[]> | undefined;
  for (let start = 0; start < typed.length; start++) {
    // The longest name that starts here: "north carolina" before a code named "north".
    let length = Math.min(longest, typed.length - start);
    let found: Code[] | undefined;
    for (; length >= 1; length--) {
      const slug = typed.slice(start, start + length).join("-");
      found = byName.get(slug);
      if (found !== undefined && !(length === 1 && isEverydayWord(slug))) break;
    }
    // Else a name with a slip in it ("alaksa"), of the names every code answers to.
    if (length === 0) {
      slipped ??= namesByFirstLetter(library);
      ({ length, found } = slipAt(typed, start, slipped.get(typed[start]![0]!) ?? [], isEverydayWord));
    }
    if (length === 0) continue;
    const slug = typed.slice(start, start + length).join("-");
    for (const code of found!) if (!codes.includes(code)) codes.push(code);
    if (!names.includes(slug)) names.push(slug);
    start += length - 1;
  }
  return { codes, names };
}

/** A name's words, and the codes it names. */
interface NameWords {
  words: string[];
  codes: Code[];
  /** It is a place's, not a code's own: of everyday words only, it names none. */
  place: boolean;
}

/**
 * The longest name that the words from `start` are, with a slip in them, and its codes; length
 * 0 where none is. Only a name near by its letters is asked whether its slip was meant: the
 * English word list is read only then (a search that finds something never reads it else).
 */
function slipAt(typed: readonly string[], start: number, names: readonly NameWords[], isEverydayWord: (word: string) => boolean): { length: number; found: Code[] | undefined } {
  let best: { length: number; found: Code[] | undefined } = { length: 0, found: undefined };
  for (const { words: parts, codes, place } of names) {
    if (parts.length <= best.length || start + parts.length > typed.length) continue;
    const run = typed.slice(start, start + parts.length);
    if (!nameWithSlip(run, parts)) continue;
    // Nor does it spelt right: a name of one everyday word, a place of everyday words (namesIn).
    if ((parts.length === 1 || place) && parts.every(isEverydayWord)) continue;
    if (slipMeant(run, parts, isEverydayWord, askedAsCode(typed, start, start + parts.length))) best = { length: parts.length, found: codes };
  }
  return best;
}

/** The names namesStartingWith reads, whatever the query's words, by their first letter: what a slip may be of. */
function namesByFirstLetter(library: Library): Map<string, NameWords[]> {
  const own = new Set(library.codes.flatMap((code) => [code.id, ...code.aliases, slugify(code.shortName), slugify(code.title)]));
  const byLetter = new Map<string, NameWords[]>();
  for (const [name, codes] of namesStartingWith(library, undefined, () => false)) {
    const list = byLetter.get(name[0]!) ?? byLetter.set(name[0]!, []).get(name[0]!)!;
    list.push({ words: name.split("-"), codes, place: !own.has(name) });
  }
  return byLetter;
}

/**
 * The question with these names (slugs, as namesIn gives them) taken out ("what does alaska say
 * about gifts" → "what does   say about gifts"): a name says where to look, not what about, and
 * left in it matches the standards that print it ("Medi-Cal services").
 */
export function withoutNames(query: string, names: readonly string[]): string {
  let rest = query;
  for (const name of names) {
    // The name's words as typed: any case, any run of other characters between them, a possessive after.
    const typed = new RegExp(`(?<![\\p{L}\\p{N}])${name.split("-").join("[^\\p{L}\\p{N}]+")}(?:[’']s)?(?![\\p{L}\\p{N}])`, "giu");
    rest = rest.replace(typed, " ");
  }
  return rest;
}

/**
 * Each exact name of a code (id, alias, short name, title: codeNames) whose first word the query
 * has (any, without `typed`), and the first code in library order that answers to it; then each place a code is for
 * (its jurisdiction, without what a parenthesis adds: "California (Medi-Cal)" is California),
 * and every code for that place. A peer in California works under both of its codes, so
 * "California" names both, the code whose id it is first. A place all of whose words are
 * everyday words ("Agency policy", "Statewide") names none. A search asks this of every code in
 * a library of thousands, so the names are made without codeNames' records.
 */
function namesStartingWith(library: Library, typed: ReadonlySet<string> | undefined, isEverydayWord: (word: string) => boolean): Map<string, Code[]> {
  const byName = new Map<string, Code[]>();
  const isTyped = (slug: string) => {
    const dash = slug.indexOf("-");
    return slug !== "" && (typed === undefined || typed.has(dash < 0 ? slug : slug.slice(0, dash)));
  };
  const add = (slug: string, code: Code) => {
    if (isTyped(slug) && !byName.has(slug)) byName.set(slug, [code]);
  };
  for (const code of library.codes) {
    add(code.id, code);
    for (const alias of code.aliases) if (alias.length >= ALIAS_MIN_LENGTH) add(alias, code);
    add(slugify(code.shortName), code);
    add(slugify(code.title), code);
  }
  // Many codes share a place: each is spelt out once.
  const placeOf = new Map<string, string | undefined>();
  for (const code of library.codes) {
    if (!placeOf.has(code.jurisdiction)) {
      const place = slugify(code.jurisdiction.replace(/\([^)]*\)/g, " "));
      placeOf.set(code.jurisdiction, isTyped(place) && !place.split("-").every(isEverydayWord) ? place : undefined);
    }
    const place = placeOf.get(code.jurisdiction);
    if (place === undefined) continue;
    const codes = byName.get(place) ?? byName.set(place, []).get(place)!;
    if (!codes.includes(code)) codes.push(code);
  }
  return byName;
}
