// The codes diff compares, read from its arguments as export and list read codes: a name of
// several words, a comma or an "and" between two names (`diff alaska,medi-cal` was "diff needs
// <b>", its hint `ethics diff alaska,medi-cal medi-cal`, which failed).
import type { Code, Library } from "../model.js";
import { codeNamesTyped } from "../core/codes/code-names-typed.js";
import { resolveCode } from "../core/codes/resolve.js";

/** Words between two codes compared, besides "and": `diff alaska vs medi-cal`. */
export const COMPARED = /^(?:vs\.?|versus|v\.?)$/i;

/** Both codes; the names read (one code, or none) where they are fewer; or more than two. */
export type Compared = { kind: "two"; a: Code; b: Code } | { kind: "fewer"; names: string[] } | { kind: "more" };

/** The codes `args` name; a name that names none is refused as such. */
export function codesCompared(library: Library, args: readonly string[]): Compared {
  const names = codeNamesTyped(library, args, COMPARED);
  if (names.length > 2) return { kind: "more" };
  const codes = names.map((name) => resolveCode(library, name));
  if (codes.length < 2) return { kind: "fewer", names };
  return { kind: "two", a: codes[0]!, b: codes[1]! };
}
