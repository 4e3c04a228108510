// The codes typed, as a command printed for the user to paste gives them back (a hint's `ethics
// list alaska` for `ethics list --code alaska`): a hint's command runs as printed, so a name that
// names no code is not given back as if it did ("`ethics list nope`", which fails). Where the
// unknown code's message would offer one ("did you mean alaska?"), the command carries that
// code, and the hint says so; where it offers none, there is no command, and the hint says the
// code is unknown, as `ethics show nope` does.
import type { Library } from "../../model.js";
import { ethicsForLibrary } from "../command-start.js";
import { isEthicsError } from "../errors.js";
import { isDrawnOtherwise } from "../made-visible.js";
import { either } from "../word-list.js";
import { withoutHiddenCharactersDrawn } from "./hidden-characters.js";
import { codeNamesTyped } from "./code-names-typed.js";
import { codeThenSection, type CodeThenSection } from "./code-then-section.js";
import { parseReferences } from "./ref.js";
import { codeOffered, findCode } from "./resolve.js";
import { resolveArguments } from "./target/arguments.js";
import { wordsJoiningCode } from "./words-joining-name.js";

/** A code's name typed, as a command gives it back. */
export type NamedBack =
  /** It names a code: given back as typed (its id, typed in several words). */
  | { kind: "code"; word: string }
  /** It names none, and the message offers `word`. */
  | { kind: "meant"; word: string; typed: string }
  /** It names none, and the message offers none. */
  | { kind: "none"; typed: string }
  /** It names two, as the message says. */
  | { kind: "two"; said: string };

export function codeNamedBack(library: Library, typed: string): NamedBack {
  const found = findCode(library, typed);
  if (found.kind === "found") {
    // Without what shows nothing, as the name was read; a control left in it (ESC) is no part
    // of a name either, but cannot be told from the rest: the code's id. So is a name of several
    // words ("north carolina"), which a command would otherwise carry in quotes.
    const word = withoutHiddenCharactersDrawn(typed);
    return { kind: "code", word: isDrawnOtherwise(word) || /\s/.test(word.trim()) ? found.value.id : word.trim() };
  }
  if (found.kind === "ambiguous") return { kind: "two", said: found.message };
  const meant = codeOffered(library, typed);
  return meant === undefined ? { kind: "none", typed } : { kind: "meant", word: meant, typed };
}

/** Words given back, or none where one names no code; and what is said of them. */
export interface GivenBack {
  words: string[] | undefined;
  said: string;
}

/**
 * Codes typed, given back: `words`, each the code it names or the one offered for it, and what
 * the hint says of those offered; or, where one names none, no words and what it says of that,
 * with the command that lists the codes.
 */
export function codesNamedBack(library: Library, typed: readonly string[]): GivenBack {
  const words: string[] = [];
  const offered: string[] = [];
  const none: string[] = [];
  const two: string[] = [];
  for (const name of typed) {
    const named = codeNamedBack(library, name);
    if (named.kind === "none") none.push(`'${named.typed}'`);
    else if (named.kind === "two") two.push(named.said);
    else words.push(named.word);
    if (named.kind === "meant") offered.push(`no code '${named.typed}' — did you mean ${named.word}?`);
  }
  if (none.length + two.length > 0) {
    const said = [...(none.length > 0 ? [`no code ${either(none)}`] : []), ...two].join("; ");
    return { words: undefined, said: `${said}: \`${ethicsForLibrary()} list\` shows the codes` };
  }
  return { words, said: offered.join("; ") };
}

/** Words of the first references that may name a code: as many as show tries (target/code-named.ts). */
const CODE_WORDS_TRIED = 4;

/**
 * The words of a `show` given back: as typed where show reads them; with the code offered for a
 * misspelt one at their start where that makes them read ("alsaka conduct 4"); else none, and
 * what show would say of them, so that the hint still says what is wrong.
 */
export function referenceNamedBack(library: Library, typedWords: readonly string[]): GivenBack {
  // Without what shows nothing, as show reads them (names and numbers alike).
  const typed = typedWords.map(withoutHiddenCharactersDrawn).filter((word) => word !== "");
  const problem = problemOf(library, typed);
  if (problem === undefined) return { words: typed, said: "" };
  const spaced = typed.flatMap((word) => word.split(/\s+/)).filter((word) => word !== "");
  // The first reference's name words, as show reads them: its numbers are no part of a name.
  const nameWords = firstNameWords(typed);
  for (let count = Math.min(nameWords.length, CODE_WORDS_TRIED); count >= 1; count--) {
    const name = spaced.slice(0, count).join(" ");
    if (name !== nameWords.slice(0, count).join(" ")) continue;
    if (findCode(library, name).kind !== "none") break;
    const meant = codeOffered(library, name);
    if (meant === undefined) continue;
    const words = [meant, ...spaced.slice(count)];
    if (problemOf(library, words) === undefined) return { words, said: `no code '${name}' — did you mean ${meant}?` };
  }
  if (!problem.hint) return { words: undefined, said: problem.message };
  return { words: undefined, said: `${problem.message}${problem.message.endsWith("?") ? "" : ";"} ${problem.hint}` };
}

/** The name words of the first reference in `typed`; none where show cannot read them. */
function firstNameWords(typed: readonly string[]): string[] {
  try {
    return parseReferences(typed)[0]?.words ?? [];
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return [];
  }
}

/** What show says of `words`, if it refuses them. */
function problemOf(library: Library, words: readonly string[]): { message: string; hint?: string } | undefined {
  try {
    resolveArguments(library, words);
    return undefined;
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return error;
  }
}

/** The codes a hint gives back, read against one library: what usage messages are given. */
export interface HintCodes {
  codesNamedBack(typed: readonly string[]): GivenBack;
  referenceNamedBack(typed: readonly string[]): GivenBack;
  /** export's arguments grouped into code names (code-names-typed.ts). */
  codeNamesTyped(typed: readonly string[]): string[];
  /** How many of the words after a --code value join its last code into a whole name (words-joining-name.ts). */
  wordsJoiningCode(value: string, words: readonly string[]): number;
  /** A code's name and then one of its sections' (code-then-section.ts). */
  codeThenSection(typed: readonly string[]): CodeThenSection | undefined;
}

export function hintCodesOf(library: Library): HintCodes {
  return {
    codesNamedBack: (typed) => codesNamedBack(library, typed),
    referenceNamedBack: (typed) => referenceNamedBack(library, typed),
    codeNamesTyped: (typed) => codeNamesTyped(library, typed),
    wordsJoiningCode: (value, words) => wordsJoiningCode(library, value, words),
    codeThenSection: (typed) => codeThenSection(library, typed),
  };
}
