// The library a usage error's hint reads to give back the codes typed (core/codes/code-named-
// back.ts): `ethics list --code nope` was told `ethics list nope`, which fails. commander's error
// callback cannot wait for the codes of --data to be read, so they are read before the words
// are parsed, and only for a run whose hint may name them: a command said in other words
// (command-words.ts), --code given to list, show or diff, or an export format to do instead
// (usage-messages.ts), its codes named as arguments or with --code. Those runs end in a usage
// error whatever the codes are.
import type { HintCodes } from "../core/codes/code-named-back.js";
import { dataFoldersTyped, namedCommand, typedOption } from "./command-name.js";
import { saysCommandOtherwise } from "./command-words.js";
import { dataDirectories, readLibrary } from "./library.js";
import { CODES_AS_ARGUMENTS, formatInsteadTyped } from "./usage-messages.js";

/**
 * The codes, where a hint of this run may name the codes typed and the library can be read; else
 * undefined. What reads them is loaded here, for such runs only: not with every start.
 */
export async function codesForHints(args: readonly string[]): Promise<HintCodes | undefined> {
  if (!mayNameTypedCodes(args)) return undefined;
  try {
    const { library } = await readLibrary(dataDirectories(dataFoldersTyped(args), process.env));
    return (await import("../core/codes/code-named-back.js")).hintCodesOf(library);
  } catch {
    // Unread (a --data folder that is not there): the hints give no codes, and the run says why
    // the folder could not be read once the words are right.
    return undefined;
  }
}

function mayNameTypedCodes(args: readonly string[]): boolean {
  if (saysCommandOtherwise(args)) return true;
  const name = namedCommand(args);
  // export names codes as its arguments too, not only with --code
  if (name === "export") return formatInsteadTyped(args);
  if (name === undefined || !args.some((_, at) => typedOption(args, at, "--code", "-c") !== undefined)) return false;
  return CODES_AS_ARGUMENTS.has(name);
}
