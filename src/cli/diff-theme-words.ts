// `diff alaska wisconsin on gifts`: the theme asked as a question asks it, after the codes and
// "on" or "about", as `topic nc and wi on gifts` reads it. It was "no code 'on'". The words
// after it are --topic's value, so that a theme that names nothing says so, as --topic's does.
import { codeNamesTyped } from "../core/codes/code-names-typed.js";
import { findCode } from "../core/codes/resolve.js";
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
  for (let at = 1; at < words.length - 1; at++) {
    if (!ON.test(words[at]!)) continue;
    const codes = words.slice(0, at);
    const names = codeNamesTyped(library, codes, COMPARED);
    if (names.every((name) => findCode(library, name).kind === "found")) return { codes, theme: words.slice(at + 1).join(" ") };
  }
  return undefined;
}
