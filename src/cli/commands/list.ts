import { Command } from "commander";
import { resolveCode } from "../../core/codes/resolve.js";
import { codeThenSection } from "../../core/codes/code-then-section.js";
import { codeNamesTyped } from "../../core/codes/code-names-typed.js";
import { withoutLeadingSmallWords } from "../../core/codes/leading-small-words.js";
import { EthicsError, isEthicsError, UsageError } from "../../core/errors.js";
import { ethicsFor } from "../../core/command-start.js";
import { joined } from "../../core/word-list.js";
import { codeSize, type Code, type Library } from "../../model.js";
import { contextOf } from "../context.js";
import { codesOfVariable } from "../default-codes.js";

function summary(code: Code) {
  return {
    id: code.id,
    aliases: code.aliases,
    title: code.title,
    shortName: code.shortName,
    jurisdiction: code.jurisdiction,
    scope: code.scope,
    origin: code.origin,
    ...codeSize(code),
  };
}

function outline(code: Code) {
  return {
    ...summary(code),
    values: code.values.length,
    // Paragraphs and terms: where they are 0 the code has none, and `show <code> preamble` says so.
    preamble: code.preamble.length,
    definitions: code.definitions.length,
    sections: code.sections.map((section) => ({ id: section.id, title: section.title, standards: section.standards.length })),
  };
}

/**
 * The codes the words name, where they name several: read as export reads its codes
 * (codeNamesTyped: `north carolina alaska`, `wi and nc`, `wi, nc`), each name then resolved,
 * and each code once, as export takes a code named twice (`wi wi`, `wisconsin and wi` is one
 * code, whose outline is shown); undefined where any name names none, or fewer than two are named.
 */
function severalCodes(library: Library, words: readonly string[]): Code[] | undefined {
  const names = codeNamesTyped(library, words);
  if (names.length < 2) return undefined;
  const codes: Code[] = [];
  for (const name of names) {
    try {
      codes.push(resolveCode(library, name));
    } catch (error) {
      if (error instanceof EthicsError) return undefined;
      throw error;
    }
  }
  return [...new Set(codes)];
}

/**
 * The codes ETHICS_CODE names, for the list to say; none where it is unset, and a hint on stderr
 * where it names no code: list is where a person looks to see what it should say.
 */
async function defaultCodesListed(library: Library): Promise<Code[]> {
  try {
    return (await codesOfVariable(library, {})) ?? [];
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    const [{ stderrText, writeErr }, { withTypedCut }] = await Promise.all([import("../output.js"), import("../typed-words.js")]);
    writeErr(stderrText(`hint: ${withTypedCut(error.message)} (search, random and quiz refuse it until it names one)`) + "\n");
    return [];
  }
}

export const list = (): Command =>
  new Command("list")
  .description("list the codes with their aliases, or the outline of one code")
  .argument("[code...]", "a code id, alias or name (north carolina, quoted or not): the outline of its sections")
  .option(
    "--json",
    "print JSON: { codes: [{ id, aliases, title, shortName, jurisdiction, scope, origin, sections, standards }], defaultCodes? } (defaultCodes: the ids ETHICS_CODE names, where it is set); with a code, its outline: { id, aliases, title, shortName, jurisdiction, scope, origin, standards, values, preamble, definitions, sections: [{ id, title, standards }] } (preamble, definitions: how many paragraphs and terms) (scope: the source's own sentence on whom the code binds or is for, or null)",
  )
  .addHelpText(
    "after",
    `
Examples:
  $ ethics list                 the codes: ids, aliases, titles, sizes
  $ ethics list medi-cal        Medi-Cal's sections, standards in each
  $ ethics list ak --json       Alaska's outline as JSON

On a terminal too narrow for the table of codes, each code is listed under the
one before; so it is with --plain, for a screen reader, and an outline a section
a line.`,
  )
  // A name of several words needs no quotes, as on show: `ethics list north carolina`.
  .action(async (typed: string[], _options, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    // "list the alaska", as said aloud: the small words before a code's name name no code.
    const words = typed.length === 0 ? typed : [...withoutLeadingSmallWords(library, typed)];
    const codeName = words.length === 0 ? undefined : words.join(" ");
    const { renderCodeList, renderOutline } = await import("../../render/tables.js");
    if (codeName === undefined) {
      const yours = await defaultCodesListed(library);
      // A script reads which codes ETHICS_CODE gives, as a person reads the line under the table.
      await context.print({ codes: library.codes.map(summary), ...(yours.length > 0 && { defaultCodes: yours.map((code) => code.id) }) }, (options) => renderCodeList(library, options, yours));
      return;
    }
    let code: Code;
    try {
      code = resolveCode(library, codeName);
    } catch (error) {
      const named = error instanceof EthicsError ? codeThenSection(library, words) : undefined;
      if (named !== undefined) {
        throw new UsageError(
          `list outlines a whole code, and '${named.typed}' is a section of ${named.code.id}`,
          `\`${ethicsFor(named.code)} show ${named.code.id} ${named.section}\` shows it`,
        );
      }
      // `list alaska wisconsin` was "no code 'alaska wisconsin'": two codes, each named right.
      const several = error instanceof EthicsError ? severalCodes(library, words) : undefined;
      // `list north carolina 15`: a citation, not a code, said so with the command that shows it.
      const cited = several === undefined && isEthicsError(error) ? (await import("../../core/codes/cited-as-code.js")).citedAsCode(library, words, { takes: "list takes a whole code" }) : undefined;
      if (cited !== undefined) throw cited;
      if (several === undefined) throw error;
      if (several.length === 1) return context.print(outline(several[0]!), (options) => renderOutline(several[0]!, options));
      throw new UsageError(
        `list shows one code's outline at a time, and ${joined(several.map((each) => `'${each.id}'`), "and")} are ${several.length} codes`,
        // Each with the --data its code was read from, to run as printed (command-start.ts).
        several.map((each) => `\`${ethicsFor(each)} list ${each.id}\``).join(", "),
      );
    }
    await context.print(outline(code), (options) => renderOutline(code, options));
  });
