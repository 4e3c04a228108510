// `search --code north carolina`, `topic --code north carolina`: every word after the value of
// --code (or --section) joins it into a whole name, and nothing is left for the argument the
// command needs. Read so that the command kept its argument, "carolina" was searched for in North
// Carolina (nothing found) or taken for a theme ("no topic or concept 'carolina'"). Said as a
// command given no argument is, with the command to type: the codes by their ids, which need no
// quotes.
import { findCode } from "../core/codes/resolve.js";
import { ethicsFor, ethicsForLibrary } from "../core/command-start.js";
import { UsageError } from "../core/errors.js";
import { shellWord } from "../core/shell-path.js";
import type { Code, Library } from "../model.js";

export interface NamingOptions {
  code?: string[];
  section?: string;
}

/**
 * Whether a value may take every word after it: a code named only in part by its first word
 * (`north`), or a section's. A code named whole by it (`--code riverside gifts` beside a code
 * called "Riverside Gifts") leaves the words after it to the argument.
 */
export function namedInPart(library: Library, options: NamingOptions): boolean {
  return options.section !== undefined || (options.code ?? []).some((name) => findCode(library, name, ["exact"]).kind !== "found");
}

/**
 * The usage error: `commandName` needs `argument` (`<query...>`), and `leaves` says what is
 * missing ("no words to search for"); `example` is the argument of the command to type.
 * `typed`: the options' values before the words were joined; `codes`: the codes chosen.
 */
export function nothingLeft(library: Library, commandName: string, argument: string, leaves: string, example: string, options: NamingOptions, typed: NamingOptions, codes: readonly Code[] | undefined): UsageError {
  const joinedCode = options.code?.find((name) => !typed.code?.includes(name));
  const code = joinedCode === undefined ? undefined : findCode(library, joinedCode, ["exact"]);
  const said =
    joinedCode !== undefined
      ? `'${joinedCode}' after --code names ${code?.kind === "found" ? code.value.shortName : "a code"}`
      : `'${options.section}' after --section names a section`;
  const command = [
    codes === undefined ? ethicsForLibrary() : ethicsFor(...codes),
    commandName,
    ...(codes === undefined ? [] : ["--code", codes.map((each) => each.id).join(",")]),
    ...(options.section === undefined ? [] : ["--section", shellWord(options.section)]),
    example,
  ];
  return new UsageError(`${commandName} needs ${argument}: ${said}, which leaves ${leaves}`, `e.g. \`${command.join(" ")}\`; more examples: \`${ethicsForLibrary()} help ${commandName}\``);
}
