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

/**
 * The command a bare `show`'s hint gives where ETHICS_CODE names one code: a standard of that
 * code (`ethics show alaska relationship-with-clients 1`), the reader's own, not Medi-Cal's.
 * Asked only once `show` was refused for its missing reference (main.ts); undefined where the
 * variable names no code the library has.
 */
export async function showExampleForHints(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { defaultCodeNames, defaultCodeOf } = await import("./default-codes.js");
  if (defaultCodeNames(env)?.length !== 1) return undefined;
  try {
    const { library } = await readLibrary(dataDirectories(dataFoldersTyped(args), process.env));
    const { commandAtHand, withCodeAtHand } = await import("../core/codes/target/example-standard.js");
    const code = defaultCodeOf(library, env);
    return code === undefined ? undefined : commandAtHand(withCodeAtHand(library, code));
  } catch {
    // Unread: the usual example, and the run says why the library could not be read.
    return undefined;
  }
}
