import { Command, Option } from "commander";
import type { DiffStatus } from "../../core/compare/diff.js";
import { contextOf } from "../context.js";
import { asList, sectionOption } from "../options.js";
import { runIsPlain } from "../plain-asked.js";
import { refuseTooLargeToCompare } from "../diff-size.js";
import { ethicsForLibrary } from "../../core/command-start.js";
import { isEthicsError, UsageError } from "../../core/errors.js";
import { shellWord } from "../../core/shell-path.js";

/** What --only takes (core/compare/diff.ts has the same list, but loads jsdiff: this file is light). */
export const DIFF_STATUSES: readonly DiffStatus[] = ["same", "changed", "added", "removed"];

export const diff = (): Command =>
  new Command("diff")
  .description("compare two codes: a revision word by word, codes written apart by what their rules are about")
  .argument("<a>", "the code to compare from (id, alias or name: north carolina, quoted or not)")
  // Optional to commander alone, which counts the arguments before the action reads them: one
  // may hold both codes (`diff alaska,medi-cal`), and the action says where the second is missing.
  .argument("[b]", "the code to compare to")
  .usage("[options] <a> <b>")
  // `diff north carolina alaska`, `diff alaska and wi`: names of several words, and an "and",
  // read as export and show read them; more than two codes is too many (diff-codes.ts says so).
  .allowExcessArguments(true)
  .addOption(sectionOption("--section <section>", "only this section of A (and its counterpart in B)"))
  .option("-t, --topic <topic>", "only the standards on this topic or concept, in both codes")
  .addOption(
    // --only added --only changed: the two lists as one, as --code adds up.
    asList(
      new Option("--only <statuses>", `list only these, comma-separated: ${DIFF_STATUSES.join(", ")} (added = in B with no counterpart by wording, removed = the same of A; a merge or split is changed, and in a revision so is a standard renumbered or moved)`).argParser(
        (value: string, previous?: string) => (previous === undefined ? value : `${previous},${value}`),
      ),
    ),
  )
  .option("--full", "everything: every redline, every concept, each standard only one code has, whole")
  .option(
    "--json",
    "print JSON: { kind, a, b, theme, summary, pairs: [{ a, b, similarity, status, changes, noteChanges, edit, moved, renumbered }], onlyA, onlyB, relatedA, relatedB, merges: [{ a, b, changes, noteChanges }], splits, renamedSections, substitutions, concepts: [{ id, name, topic, a, b, strength, readings }], topics }; each standard listed whole, as show --json gives it",
  )
  // A function, read when help is asked for: with --plain a redline says its changes in words.
  .addHelpText(
    "after",
    () => `
Examples:
  $ ethics diff wwt medi-cal                       a revision, in brief
  $ ethics diff wwt medi-cal --full                every redline
  $ ethics diff wwt medi-cal --only added,changed  what is new or reworded
  $ ethics diff wwt medi-cal --section integrity   one section
  $ ethics diff alaska medi-cal                    codes written apart
  $ ethics diff alaska medi-cal --topic gifts      on one matter
  $ ethics diff alaska medi-cal on gifts           the same, said in words

Codes of one lineage (a code file's source.derivedFrom) are compared as a revision: standards pair
by the TF-IDF cosine of their words, a substitution made throughout is said once, a standard
renumbered or moved is named old → new, and changes of punctuation are counted. Other codes are
compared by concept: for each matter either addresses, each code's standards and how strongly
they bind. A standard is only in its code when no standard of the other shares a concept with
it. ${runIsPlain() ? "Redlines say each change in words: [“old” becomes “new”], [“new” added], [“old” removed]." : "Redlines are git's word diff, [-removed-]{+added+}, coloured on a terminal."}`,
  )
  // The codes are read from command.args, where a name may be several words.
  .action(async (_a: string, _b: string | undefined, options: { section?: string; topic?: string; only?: string; full?: boolean }, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    // jsdiff loads only for diff.
    const { diffCodes, parseOnly, sameStandards } = await import("../../core/compare/diff.js");
    const { renderDiff } = await import("../../render/diff.js");
    // `--topic dual relationships`, `--section relationship with clients`: the words that join a
    // value into a name are its. Any of the arguments may be: one may hold both codes.
    if (command.args.length > 1) (await import("../value-of-several-words.js")).readValuesOfSeveralWords(command, library, process.argv.slice(2), true);
    // `diff alaska wisconsin on gifts`: --topic asked in words.
    const asked = command.args.length > 1 ? (await import("../diff-theme-words.js")).themeAfterCodes(library, command.args) : undefined;
    if (asked !== undefined) {
      if (options.topic !== undefined) throw new UsageError(`diff compares on one theme, not '${asked.theme}' and --topic ${options.topic}`, `one of them: \`${ethicsForLibrary()} diff ${asked.codes.join(" ")} --topic ${shellWord(asked.theme)}\``);
      options.topic = asked.theme;
      command.args = asked.codes;
    }
    const { codesCompared } = await import("../diff-codes.js");
    // `--topic astrology stuff`, a theme of several words that names nothing: "stuff" is the
    // theme's, not a third code, where the two codes read without it. After a theme (`--topic
    // gifts stuff`), such a word that names no code is neither, and said so.
    if (options.topic !== undefined && command.args.length > 2) {
      const { diffTheme } = await import("../diff-theme.js");
      const { themeWithWordsLeft, wordsBesideTheme } = await import("../theme-words-left.js");
      const typed = process.argv.slice(2);
      const readWithout = (args: readonly string[]) => named(() => codesCompared(library, args, undefined).kind === "two");
      // Left after the theme's words, codes more than two are the comparison's error to say (`--topic astrology stuff wi`).
      const [{ codeNamesTyped }, { findCode }, { COMPARED }] = await Promise.all([import("../../core/codes/code-names-typed.js"), import("../../core/codes/resolve.js"), import("../diff-codes.js")]);
      const codesLeft = (args: readonly string[]) => {
        const names = codeNamesTyped(library, args, COMPARED);
        return readWithout(args) || (names.length > 2 && names.every((name) => findCode(library, name).kind === "found"));
      };
      const left = themeWithWordsLeft(command, library, typed, options.topic, (theme) => named(() => diffTheme(library, theme)), codesLeft);
      if (left !== undefined) {
        options.topic = left.theme;
        command.args = left.args;
      } else {
        const beside = wordsBesideTheme(command, library, typed, options.topic, { what: "topic or concept", takesCodes: true }, readWithout);
        if (beside !== undefined) throw beside;
      }
    }
    const compared = codesCompared(library, command.args, options.topic);
    if (compared.kind === "fewer") {
      // As commander said it, its hint the command with the code typed kept.
      command.args = compared.names;
      command.error(`error: missing required argument '${compared.names.length === 0 ? "a" : "b"}'`, { code: "commander.missingArgument", exitCode: 2 });
    }
    const { a, b } = compared;
    refuseTooLargeToCompare(a, b, sameStandards);
    const only = options.only !== undefined ? parseOnly(options.only) : undefined;
    const theme = options.topic === undefined ? undefined : (await import("../diff-theme.js")).diffTheme(library, options.topic);
    const result = diffCodes(library, a, b, {
      ...(options.section !== undefined ? { section: options.section } : {}),
      ...(theme !== undefined ? { theme } : {}),
      ...(only !== undefined ? { only } : {}),
    });
    await context.print(result, (renderOptions) => renderDiff(result, library, { ...renderOptions, full: options.full === true, ...(only !== undefined ? { only } : {}) }));
  });

/** Whether `read` reads what it is given, without a user-facing error. */
function named(read: () => unknown): boolean {
  try {
    return read() !== false;
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return false;
  }
}
