// ETHICS_CODE: the code (or codes) a person works under, searched, drawn from and quizzed on
// when a command is given no --code, as a shell's default namespace or printer is: a Medi-Cal
// peer specialist asking "what does my code say about gifts?" types `ethics search gifts`, not
// `--code medi-cal` every time. --code says otherwise for one command; --all-codes asks every code.
import { Option } from "commander";
import { findCode } from "../core/codes/resolve.js";
import { isEthicsError, EthicsError } from "../core/errors.js";
import type { Code, Library } from "../model.js";
import { chosenCodesAt, citedAt, codesListedIn } from "./options.js";

export const DEFAULT_CODES_VARIABLE = "ETHICS_CODE";

/** --code's help where ETHICS_CODE stands in for it. */
export const CODE_BY_DEFAULT = `only this code: id, alias or name (repeatable, or comma-separated); without it, $${DEFAULT_CODES_VARIABLE} if set`;

export function allCodesOption(): Option {
  return new Option("--all-codes", `every code, whatever ${DEFAULT_CODES_VARIABLE} names`).conflicts("code");
}

/** The names ETHICS_CODE gives, as --code takes them (comma-separated); none when it is unset or blank. */
export function defaultCodeNames(env: NodeJS.ProcessEnv): string[] | undefined {
  const names = (env[DEFAULT_CODES_VARIABLE] ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  return names.length > 0 ? names : undefined;
}

export interface CodeChoice {
  code?: string[];
  allCodes?: boolean;
}

/**
 * The codes ETHICS_CODE names, where the command is given neither --code nor --all-codes; each
 * resolved here, so that a mistake in the variable is said as one, not as --code's.
 */
export async function codesOfVariable(library: Library, options: CodeChoice, env: NodeJS.ProcessEnv = process.env): Promise<Code[] | undefined> {
  if (options.code !== undefined || options.allCodes) return undefined;
  const names = defaultCodeNames(env);
  if (names === undefined) return undefined;
  const why = `${DEFAULT_CODES_VARIABLE} names the codes used when a command is given no --code`;
  const place = { takes: `${DEFAULT_CODES_VARIABLE} takes whole codes` };
  for (const name of names) {
    const listed = codesListedIn(library, name);
    // A citation is said as one, below, as --code's is.
    if (listed !== undefined && (await citedAt(place, library, name)) === undefined) throw new EthicsError(`${DEFAULT_CODES_VARIABLE}: no code '${name}'`, `codes are separated by commas: ${DEFAULT_CODES_VARIABLE}=${listed.join(",")} (${why})`);
  }
  try {
    return await chosenCodesAt(place, library, names);
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    throw new EthicsError(`${DEFAULT_CODES_VARIABLE}: ${error.message}`, error.hint ? `${error.hint} (${why})` : why);
  }
}

/** The code names a command works on: --code's, else none with --all-codes, else the ids of those ETHICS_CODE names. */
export async function codesChosen(library: Library, options: CodeChoice, env: NodeJS.ProcessEnv = process.env): Promise<string[] | undefined> {
  return options.code ?? (await codesOfVariable(library, options, env))?.map((code) => code.id);
}

/** The one code ETHICS_CODE names, where it names one that exists: where show's examples are set. */
export function defaultCodeOf(library: Library, env: NodeJS.ProcessEnv = process.env): Code | undefined {
  const names = defaultCodeNames(env);
  const found = names?.length === 1 ? findCode(library, names[0]!) : undefined;
  return found?.kind === "found" ? found.value : undefined;
}

/**
 * `show integrity 12` under ETHICS_CODE=medi-cal: words that do not read as references, read
 * again after the one code ETHICS_CODE names, as if typed first. Never over a reading of their
 * own; where neither reads, the code's error where the words name no code (`namesNoCode`:
 * `integrity 40` is "Medi-Cal Integrity has no 40", as with the code typed), else their own.
 */
export async function readInDefaultCode<T>(
  library: Library,
  words: readonly string[],
  read: (words: readonly string[]) => T,
  namesNoCode: (code: Code) => Promise<boolean>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  try {
    return read(words);
  } catch (error) {
    const code = defaultCodeOf(library, env);
    if (!isEthicsError(error) || code === undefined) throw error;
    try {
      return read([code.id, ...words]);
    } catch (inCode) {
      throw isEthicsError(inCode) && (await namesNoCode(code)) ? inCode : error;
    }
  }
}
