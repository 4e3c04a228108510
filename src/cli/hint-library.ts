// The library a usage error's hint reads to give back the codes typed (core/codes/code-named-
// back.ts): `ethics list --code nope` was told `ethics list nope`, which fails. commander's error
// callback cannot wait for the codes of --data to be read, so they are read before the words
// are parsed, and only for a run whose hint may name them: a command said in other words
// (command-words.ts), --code given to list, show or diff, or an export format to do instead
// (usage-messages.ts). Those runs end in a usage error whatever the codes are.
import type { Library } from "../model.js";
import { dataFoldersTyped, namedCommand, typedOption } from "./command-name.js";
import { saysCommandOtherwise } from "./command-words.js";
import { dataDirectories, readLibrary } from "./library.js";
import { CODES_AS_ARGUMENTS, formatInsteadTyped } from "./usage-messages.js";

/** The library, where a hint of this run may name the codes typed and it can be read; else undefined. */
export async function libraryForHints(args: readonly string[]): Promise<Library | undefined> {
  if (!mayNameTypedCodes(args)) return undefined;
  try {
    return (await readLibrary(dataDirectories(dataFoldersTyped(args), process.env))).library;
  } catch {
    // Unread (a --data folder that is not there): the hints give no codes, and the run says why
    // the folder could not be read once the words are right.
    return undefined;
  }
}

function mayNameTypedCodes(args: readonly string[]): boolean {
  if (saysCommandOtherwise(args)) return true;
  const name = namedCommand(args);
  if (name === undefined || !args.some((_, at) => typedOption(args, at, "--code", "-c") !== undefined)) return false;
  return CODES_AS_ARGUMENTS.has(name) || (name === "export" && formatInsteadTyped(args));
}
