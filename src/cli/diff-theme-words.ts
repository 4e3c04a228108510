// `diff alaska wisconsin on gifts`: the theme asked as a question asks it, after the codes and
// "on" or "about", as `topic nc and wi on gifts` reads it. It was "no code 'on'". The words
// after it are --topic's value, so that a theme that names nothing says so, as --topic's does.
import { codeNamesTyped } from "../core/codes/code-names-typed.js";
import { findCode, mostCodeNameParts, slugify } from "../core/codes/resolve.js";
import type { Library } from "../model.js";
import { COMPARED, withoutFrom } from "./diff-codes.js";

/** Words between the codes and the theme. */
const ON = /^(?:on|about)$/i;

/**
 * The codes' words and the theme where `args` are codes, every word before an "on" or "about"
 * naming them, and a theme after it; undefined where they are not.
 */
export function themeAfterCodes(library: Library, args: readonly string[]): { codes: string[]; theme: string } | undefined {
  const words = withoutFrom(library, args).flatMap((arg) => arg.trim().split(/\s+/)).filter((word) => word !== "");
  const most = mostCodeNameParts(library);
  for (let at = 1; at < words.length - 1; at++) {
    if (!ON.test(words[at]!)) continue;
    const codes = words.slice(0, at);
    const names = codeNamesTyped(library, codes, COMPARED);
    const unknown = names.findIndex((name) => findCode(library, name).kind !== "found");
    if (unknown === -1) return { codes, theme: words.slice(at + 1).join(" ") };
    // A name that names nothing with more than a name's words after it is read so before every
    // later "on" too (a run of words is one name only within a name's words): none of them
    // follows codes. Tried on, a page pasted after `diff alaska` read its words again at every
    // "on" in it (a minute).
    if (names.slice(unknown + 1).filter((name) => slugify(name) !== "").length > most) break;
  }
  return undefined;
}
