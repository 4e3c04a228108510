// A number written onto a name (`integrity-12`, `integrity12`, `medi-cal_integrity_12`), read
// as the name and the number apart.
import type { Library } from "../../../model.js";
import { EthicsError } from "../../errors.js";
import { type Reference, parseSelection } from "../ref.js";
import { GLUED_NUMBER } from "../section-after-code.js";
import type { Target } from "./kinds.js";
import { resolveTarget } from "./resolve-target.js";

/**
 * `medi-cal integrity-12`, `integrity12`, `medi-cal_integrity_12` (the HTML export's anchor):
 * the number written onto the name, with a hyphen, nothing or underscores between, read as the
 * words apart, where they name what the words as typed do not. It was "no section
 * 'integrity-12' in medi-cal — did you mean integrity?", which named no number. The numbers
 * after it are its list's, as after `integrity 12`: `integrity-12 13` is Integrity 12 and 13
 * (it was "no section 'integrity-12'"), and so is `integrity-12,13`.
 */
export function withNumberGlued(library: Library, reference: Reference): Target | undefined {
  const { words, codeWords, selection } = reference;
  if (reference.itemLabel || words.length === 0) return undefined;
  const apart = words.flatMap((word) => word.split("_")).filter((word) => word !== "");
  if (codeWords !== undefined && apart.slice(0, codeWords).join(" ") !== words.slice(0, codeWords).join(" ")) return undefined;
  const last = apart.at(-1)!;
  const parts = /^\d+$/.test(last) ? ["", last] : GLUED_NUMBER.exec(last)?.slice(1);
  if (parts === undefined) return undefined;
  const [name, glued] = parts as [string, string];
  const number = selection === undefined ? glued : `${glued},${selection.text}`;
  const nameWords = [...apart.slice(0, -1), ...(name === "" ? [] : [name])];
  if (nameWords.length === 0 || (codeWords !== undefined && nameWords.length < codeWords)) return undefined;
  const place: Reference = { words: nameWords, ...(codeWords !== undefined && { codeWords }), text: nameWords.join(" ") };
  try {
    resolveTarget(library, place);
  } catch {
    return undefined;
  }
  if (namesPlaceAsTyped(library, reference)) return undefined;
  // The place named, its number is looked for as typed apart: `integrity-99` has no 99.
  return resolveTarget(library, { ...place, selection: parseSelection(number), text: `${place.text} ${number}` });
}

/**
 * Whether the words, numbers aside, name a code, a section or values as typed (a user's code
 * `nc2`, a section `rules-2`): then a word ending in digits is that name, never a name and a
 * number. Read as `nc` and 2, `show nc2 5` printed North Carolina 2 and 5 where nc2 has no 5.
 */
function namesPlaceAsTyped(library: Library, reference: Reference): boolean {
  const { words, codeWords } = reference;
  try {
    resolveTarget(library, { words, text: words.join(" "), ...(codeWords !== undefined && { codeWords }) });
    return true;
  } catch (error) {
    if (error instanceof EthicsError) return false;
    throw error;
  }
}

/**
 * `medi-cal integrity-12 alaska conduct 4`: a reference whose number is written onto its name
 * (withNumberGlued), and another after it, which the grammar could not tell apart (its word
 * ends in no number): the first, and the words after it as a reference of their own. It was
 * "no section 'integrity-12 alaska conduct' in medi-cal". The first such word that ends a
 * reference is taken; undefined where none does.
 */
export function withNumberGluedThenMore(library: Library, reference: Reference): { first: Target; rest: Reference } | undefined {
  const { words, codeWords, selection } = reference;
  if (reference.itemLabel) return undefined;
  for (let at = codeWords ?? 0; at < words.length - 1; at++) {
    if (!/\p{L}-?\d+$|_/u.test(words[at]!)) continue;
    const head = words.slice(0, at + 1);
    const first = withNumberGlued(library, { words: head, text: head.join(" "), ...(codeWords !== undefined && { codeWords }) });
    if (first === undefined) continue;
    const after = words.slice(at + 1);
    return { first, rest: { words: after, text: [...after, ...(selection ? [selection.text] : [])].join(" "), ...(selection !== undefined && { selection }) } };
  }
  return undefined;
}
