// `show alaska gifts`: a theme's name typed where a section belongs (or a code: `show gifts`,
// `show gifts alaska`). The words name no section, and the message said so with the code's list
// of sections alone ("no section 'gifts' in alaska"), though `ethics topic` shows that code's
// standards on the theme. The hint now leads with that command, for words that are a theme's
// name as `ethics topic` reads one (its id, name or one of its synonyms, whole).
import { findCode, findSection, mostCodeNameParts, wordsOneNameTakes } from "../core/codes/resolve.js";
import { ethicsFor, ethicsForLibrary } from "../core/command-start.js";
import { topicNamesWhole } from "../core/concepts/topics.js";
import { EthicsError, hintOnlyExample } from "../core/errors.js";
import type { Code, Library, Topic } from "../model.js";
import { possessive } from "../render/possessive.js";
import { defaultCodeOf } from "./default-codes.js";

/** The code the words name at their start or at their end, whole, which of the two, and the words left. */
function codeAndRest(library: Library, words: readonly string[]): { code?: Code; first?: boolean; rest: readonly string[] } {
  const most = Math.min(words.length - 1, wordsOneNameTakes(words, mostCodeNameParts(library)));
  for (let count = most; count >= 1; count--) {
    const first = findCode(library, words.slice(0, count).join(" "), ["exact"]);
    if (first.kind === "found") return { code: first.value, first: true, rest: words.slice(count) };
    const last = findCode(library, words.slice(-count).join(" "), ["exact"]);
    if (last.kind === "found") return { code: last.value, first: false, rest: words.slice(0, -count) };
  }
  return { rest: words };
}

/** The one theme `name` names whole; none where it names none, or several (a synonym two share). */
function themeNamed(library: Library, name: string): Topic | undefined {
  const named = library.topics.filter((topic) => topicNamesWhole(topic, name));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * `error`, what show's words made, with the theme they name said in its hint; else `error` as
 * it is. The numbers after the theme's name (`alaska gifts 3`) are no part of it: a theme has
 * none of its own, and its command shows them all. Not where the words name a section of the
 * code after all, and the error is about something else (`medi-cal integrity 40`).
 */
export function withThemeNamed(library: Library, typed: readonly string[], error: EthicsError, env: NodeJS.ProcessEnv = process.env): EthicsError {
  const words = typed.flatMap((word) => word.split(/\s+/)).filter((word) => word !== "");
  const { code: named, first, rest } = codeAndRest(library, words);
  let end = rest.length;
  while (end > 0 && /\d/.test(rest[end - 1]!)) end--;
  if (end === 0 || rest.slice(0, end).some((word) => /\d/.test(word))) return error;
  const name = rest.slice(0, end).join(" ");
  const theme = themeNamed(library, name);
  const code = named ?? defaultCodeOf(library, env);
  if (theme === undefined || (code !== undefined && findSection(code, name).kind !== "none")) return error;
  // Words that are another code's section as well are likelier that section, the error's hint
  // says whose, where no code is named (`show integrity`) or a number follows (`show alaska
  // integrity 12`: codes mixed up). `show alaska confidentiality` may mean either: both are said.
  const numbered = end < rest.length;
  if ((named === undefined || numbered) && library.codes.some((each) => findSection(each, name, ["exact"]).kind === "found")) return error;
  const command = code === undefined ? `${ethicsForLibrary()} topic ${theme.id}` : `${ethicsFor(code)} topic ${theme.id} --code ${code.id}`;
  // The error's hint is kept where it speaks of the words after the code, where a section
  // belongs; before a code named last, or with none, they were read as a code, and the hint
  // listed the codes, not what was typed. Beside it, the theme's command is said in the fewest
  // words (its code and theme are in it): both were four lines at 80 columns. A hint that is
  // only an example (`show nc money`: "e.g. `ethics show north-carolina 1`") is no lead beside it.
  const kept = first === true && error.hint !== undefined && !hintOnlyExample(error);
  const said = kept ? `as a theme: \`${command}\`` : `${code === undefined ? "every code's" : possessive(code.shortName)} standards on the theme ${theme.name}: \`${command}\``;
  const hint = kept ? `${said}; ${error.hint}` : said;
  return new EthicsError(error.message, hint, error.exitCode);
}
