// The codes diff compares, read from its arguments as export and list read codes: a name of
// several words, a comma or an "and" between two names (`diff alaska,medi-cal` was "diff needs
// <b>", its hint `ethics diff alaska,medi-cal medi-cal`, which failed). diff compares two; three
// named were commander's "too many arguments … got 5", counting each "and" as one: the codes are
// counted, and `topic --code` is named, which sets several side by side.
import type { Code, Library } from "../model.js";
import { codeNamesTyped } from "../core/codes/code-names-typed.js";
import { citedAsCode } from "../core/codes/cited-as-code.js";
import { codeOffered, findCode, resolveCode } from "../core/codes/resolve.js";
import { ethicsFor } from "../core/command-start.js";
import { isEthicsError, UsageError } from "../core/errors.js";
import { shellWord } from "../core/shell-path.js";
import { joinedTyped } from "../core/word-list.js";
import { diffTheme } from "./diff-theme.js";

/**
 * Words between two codes compared, besides "and": `diff alaska vs medi-cal`, and as people say
 * it, `alaska to medi-cal`, `alaska with medi-cal`, `alaska against medi-cal`.
 */
export const COMPARED = /^(?:vs\.?|versus|v\.?|to|with|against)$/i;

/** A word before the first code, as in "from alaska to medi-cal". */
const FROM = /^from$/i;

/** `args` without a "from" before the first code (`diff from alaska to wi`), unless a code is named so. */
export function withoutFrom(library: Library, args: readonly string[]): string[] {
  const [first, ...rest] = args;
  const words = first?.trim().split(/\s+/) ?? [];
  if (!FROM.test(words[0] ?? "") || (words.length === 1 && rest.length === 0) || findCode(library, words[0]!, ["exact"]).kind === "found") return [...args];
  const after = words.slice(1).join(" ");
  return after === "" ? rest : [after, ...rest];
}

/** Both codes, or the names read (one code, or none) where they are fewer. */
export type Compared = { kind: "two"; a: Code; b: Code } | { kind: "fewer"; names: string[] };

/**
 * The codes `args` name; a name that names none, or a citation typed for a code, is refused as
 * such, and more than two codes are refused with the command for several (`topic`, on the
 * --topic asked for, else on an example).
 */
export function codesCompared(library: Library, typed: readonly string[], topic: string | undefined): Compared {
  const args = withoutFrom(library, typed);
  // Two arguments that each name a code exactly are those two: read as one run of words, `alaska
  // copy-of-alaska` named the copy alone (its short name "Alaska (copy-of-alaska)"). Prefixes
  // are read as a run: `diff north carolina` is one code, not "north" and "carolina" each.
  const asTyped = args.length === 2 && args.every((arg) => findCode(library, arg, ["exact"]).kind === "found");
  const names = asTyped ? [...args] : codeNamesTyped(library, args, COMPARED);
  // Asked only where the names do not read as two codes: a citation's section and number are
  // names no code answers to, or names more than two ("alaska conduct wi": Wisconsin's title
  // has a word "conduct").
  if (names.length !== 2 || names.some((name) => findCode(library, name).kind === "none")) {
    const cited = citedAsCode(library, args, { takes: "diff takes two whole codes", section: true });
    if (cited !== undefined) throw cited;
  }
  const sentence = twoCodesInWords(library, names, topic);
  if (sentence !== undefined) throw sentence;
  const codes = names.map((name) => resolveCode(library, name));
  if (codes.length < 2) return { kind: "fewer", names };
  if (codes.length === 2) return { kind: "two", a: codes[0]!, b: codes[1]! };
  const distinct = [...new Set(codes)];
  const said = `diff compares two codes, not ${codes.length}: ${joinedTyped(codes.map((code) => code.id), "and", false)}`;
  // One named twice (`diff wi wisconsin nc`) leaves two: the diff of those.
  if (distinct.length <= 2) throw new UsageError(said, `\`${ethicsFor(...distinct)} diff ${distinct[0]!.id} ${(distinct[1] ?? distinct[0]!).id}\``);
  const theme = topic === undefined ? undefined : diffTheme(library, topic).id;
  const command = `\`${ethicsFor(...distinct)} topic ${theme ?? "gifts"} --code ${distinct.map((code) => code.id).join(",")}\``;
  throw new UsageError(said, theme === undefined ? `side by side on a theme, e.g. ${command}` : `side by side on it: ${command}`);
}

/**
 * `diff how does alaska differ from medi-cal`, `diff compare alaska with medi-cal`: a question
 * around two codes, whose other words name no code, nor one misspelt. It was "no code 'differ'"
 * and the list of codes, both of which had been named: said as words that are no code, with the
 * diff of the two, on the theme the question ends with where it names one ("… on gifts", as
 * `diff alaska medi-cal on gifts` reads it), or of --topic (`topic`). Undefined where the names
 * are not two codes and such words.
 */
function twoCodesInWords(library: Library, names: readonly string[], topic: string | undefined): UsageError | undefined {
  const found = names.map((name) => findCode(library, name, ["exact"]));
  const last = found.map((each) => each.kind).lastIndexOf("found");
  const after = names.slice(last + 1);
  const asked = after.length > 1 && /^(?:on|about)$/i.test(after[0]!) ? themeNamed(library, after.slice(1).join(" ")) : undefined;
  const codes: Code[] = [];
  const words: string[] = [];
  for (const [at, name] of names.entries()) {
    const lookup = found[at]!;
    if (lookup.kind === "found") codes.push(lookup.value);
    else if (asked !== undefined && at > last) continue;
    else if (findCode(library, name).kind === "none" && codeOffered(library, name) === undefined) words.push(name);
    else return undefined;
  }
  const distinct = [...new Set(codes)];
  if (distinct.length !== 2 || words.length === 0) return undefined;
  const said = [...new Set(words.map((word) => `'${word}'`))];
  // --topic as typed where it names nothing: pasted, the command says so.
  const theme = topic === undefined ? asked : (themeNamed(library, topic) ?? shellWord(topic));
  const on = theme === undefined ? "" : ` --topic ${theme}`;
  return new UsageError(
    `diff compares two codes: ${joinedTyped(said, "and")} ${said.length === 1 ? "names" : "name"} none`,
    `\`${ethicsFor(...distinct)} diff ${distinct[0]!.id} ${distinct[1]!.id}${on}\``,
  );
}

/** The id of the theme or concept `text` names; undefined where it names none. */
function themeNamed(library: Library, text: string): string | undefined {
  try {
    return diffTheme(library, text).id;
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return undefined;
  }
}
