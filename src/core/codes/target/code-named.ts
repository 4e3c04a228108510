// Which first words of a reference name its code: the longest run that names one, or the
// words the grammar marked; and the messages where none does.
import type { Code, Library } from "../../../model.js";
import { EthicsError } from "../../errors.js";
import { type Reference, STRENGTH_WORDS } from "../ref.js";
import { findCode, findSection, mostCodeNameParts, resolveCode, suggestCode, unknownCode, wordsOneNameTakes } from "../resolve.js";
import { numberAloneError, numbersSaid, saysOneNumber } from "./number-errors.js";
import { frontMatterWithoutCode } from "./front-matter.js";
import { sectionWithoutCode, valuesWithoutCode } from "./without-code.js";

/** The code a reference names, the words that named it, and the words after them. */
export function splitCode(library: Library, reference: Reference): { code: Code; codeText: string; rest: string[] } {
  const { words, codeWords } = reference;
  if (codeWords !== undefined) {
    const codeText = words.slice(0, codeWords).join(" ");
    const code = resolveCode(library, codeText);
    return { code, codeText, rest: withoutStrength(code, words.slice(codeWords), reference.selection !== undefined) };
  }
  // "north carolina 15", "working well together integrity 5": exact names first, longest first.
  const most = wordsOneNameTakes(words, mostCodeNameParts(library));
  for (const stage of ["exact", "prefix"] as const) {
    for (let count = most; count >= 1; count--) {
      const found = findCode(library, words.slice(0, count).join(" "), [stage]);
      if (found.kind === "found") return { code: found.value, codeText: words.slice(0, count).join(" "), rest: withoutStrength(found.value, words.slice(count), reference.selection !== undefined) };
      if (found.kind === "ambiguous") throw new EthicsError(found.message, found.hint);
    }
  }
  // Name the unknown code by the most words a suggestion fits ("nort carolina"), else by the first.
  for (let count = Math.min(words.length, 4); count > 1; count--) {
    const name = words.slice(0, count).join(" ");
    if (suggestCode(library, name) !== undefined) throw unknownCode(library, name);
  }
  if (suggestCode(library, words[0]!) === undefined) {
    const section = sectionWithoutCode(library, reference);
    if (section !== undefined) throw section;
    const values = valuesWithoutCode(library, reference);
    if (values !== undefined) throw values;
    const matter = reference.selection === undefined ? frontMatterWithoutCode(library, reference.words) : undefined;
    if (matter !== undefined) throw matter;
  }
  // `show xii`, `show twelve`, `show twenty five`: a number in words, read as a code's name, was
  // "no code 'xii' — did you mean wisconsin?". Said as `show 12` is; several as `show 12 5` is
  // (`show twelve and five` was "no code 'twelve'").
  if (words.length === 1 || saysOneNumber(words) || numbersSaid(reference.text) !== undefined) {
    const alone = numberAloneError(library, reference);
    if (alone !== undefined) throw alone;
  }
  throw unknownCode(library, words[0]!);
}

/**
 * The words after a code less the strength `topic` and `diff` print between a code and its
 * standards ("Medi-Cal  prohibits  Respect 11", "North Carolina  prohibits  13, 14"): pasted, the
 * row was "no section 'prohibits Respect'". Only a strength word as printed, right after the
 * code, with a standard after it (a row names one), and not where the words with it name a
 * section (a user's code may title one so): "medi-cal prohibits" alone asks for something else
 * than the whole code, and is told there is no such section.
 */
function withoutStrength(code: Code, rest: string[], numbered: boolean): string[] {
  if (rest.length === 0 || !STRENGTH_WORDS.has(rest[0]!) || (rest.length === 1 && !numbered)) return rest;
  return findSection(code, rest.join(" "), ["exact"]).kind === "none" ? rest.slice(1) : rest;
}

/** Whether the first words of a reference are a code's id, alias, name or title, whole. */
export function namesCodeExactly(library: Library, reference: Reference): boolean {
  const { words, codeWords } = reference;
  if (codeWords !== undefined) return true;
  const most = wordsOneNameTakes(words, mostCodeNameParts(library));
  for (let count = most; count >= 1; count--) {
    if (findCode(library, words.slice(0, count).join(" "), ["exact"]).kind !== "none") return true;
  }
  return false;
}

/** The code the first words name whole, the longest name first, and how many words it takes. */
export function codeNamedFirst(library: Library, words: readonly string[], mostParts: number): { code: Code; words: number } | undefined {
  for (let count = wordsOneNameTakes(words, mostParts); count >= 1; count--) {
    const found = findCode(library, words.slice(0, count).join(" "), ["exact"]);
    if (found.kind === "found") return { code: found.value, words: count };
  }
  return undefined;
}
