// Options several commands take, defined once so that each means the same everywhere: `--code`
// chooses codes in topic, export and search alike (repeatable and comma-separated).
import { Option } from "commander";
import { findCode, resolveCode } from "../core/codes/resolve.js";
import type { CodePlace } from "../core/codes/cited-as-code.js";
import { EthicsError, UsageError } from "../core/errors.js";
import type { Code, Library } from "../model.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { shellWord } from "../core/shell-path.js";
import { typedOption } from "./command-name.js";

/** Options that take lists: given again, they add up (repeated-options.ts refuses the others given twice). */
const listOptions = new WeakSet<Option>();

/** `option`, marked as taking a list. */
export function asList(option: Option): Option {
  listOptions.add(option);
  return option;
}

export function takesList(option: Option): boolean {
  return listOptions.has(option);
}

/** The parsers codeNamesParser made: completion tells an option that takes code names by its parser. */
const codeNameParsers = new WeakSet<(value: string, previous?: string[]) => string[]>();

/**
 * `--code ak,wi --code nc` → [ak, wi, nc], for the option `flag` (--code, --codes): a parser of
 * its own, which knows the flag it is for, rather than one reading it from `this` (commander
 * calls a parser as the option's method, which it does not document). An empty name is a
 * mistake, never "every code": the message names the flag.
 */
export function codeNamesParser(flag: string): (value: string, previous?: string[]) => string[] {
  const parse = (value: string, previous: string[] = []): string[] => {
    const names = value.split(",").map((name) => name.trim());
    if (names.some((name) => name === "")) {
      const given = `${flag} '${value}'`;
      const next = names.length > 1 && names.indexOf("") === names.length - 1 ? wordAfterValue(flag, value) : undefined;
      throw new UsageError(
        names.length === 1
          ? `${given} is empty: it takes a code's id, alias or name, or several separated by commas`
          : `${given} has an empty name (a stray comma?): it takes code names separated by commas`,
        next !== undefined
          ? `a space after the comma ends the value: ${flag} ${shellWord(`${value}${next}`)}`
          : `e.g. ${flag} alaska,medi-cal; \`${ethicsForLibrary()} list\` names every code; leave ${flag} out to use them all`,
      );
    }
    // Added to the list of the values before (this parser's own): copied anew at each value, 20,000
    // of them typed by a script took seconds.
    previous.push(...names);
    return previous;
  };
  codeNameParsers.add(parse);
  return parse;
}

/**
 * `--code wi, nc`: the word typed after a value that ends in a comma, where it is no option
 * (the list's next name, which the space cut off); undefined where there is none.
 */
function wordAfterValue(flag: string, value: string): string | undefined {
  const words = process.argv.slice(2);
  for (let at = 0; at < words.length && words[at] !== "--"; at++) {
    const typed = typedOption(words, at, flag, flag === "--code" ? "-c" : undefined);
    if (typed === undefined) continue;
    const next = words[typed.last + 1];
    if (typed.value === value && next !== undefined && !next.startsWith("-")) return next.trim();
    at = typed.last;
  }
  return undefined;
}

/** Whether an option takes code names (--code, --codes), as completion asks. */
export function takesCodeNames(option: Option): boolean {
  return option.parseArg !== undefined && codeNameParsers.has(option.parseArg as (value: string, previous?: string[]) => string[]);
}

export function codeOption(description = "only this code: id, alias or name (repeatable, or comma-separated)"): Option {
  return asList(new Option("-c, --code <code>", description).argParser(codeNamesParser("--code")));
}

/**
 * `--section <section>`: an empty name is a mistake, never "every section" (search --section ""
 * said "no section given in alaska", the first code it looked in, of a search of every code).
 */
export function sectionOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser((value: string) => {
    if (value.trim() === "") throw new UsageError("--section needs a section name", "e.g. --section integrity; leave --section out for every section");
    return value;
  });
}

/** The long names of the options that take code names: --code, and --codes (codesAlias). */
export const CODE_NAME_FLAGS: readonly string[] = ["--code", "--codes"];

/** `--codes`, the name `topic` once had for --code: still taken, no longer shown. */
export function codesAlias(): Option {
  return asList(new Option("--codes <codes>", "same as --code").argParser(codeNamesParser("--codes")).hideHelp());
}

/** Where --code's codes are asked for, as a citation typed there is told (cited-as-code.ts). */
export const CODE_OPTION: CodePlace = { takes: "--code takes whole codes" };

/** The codes named with --code, each once, in the order first named; undefined when none were. */
export function chosenCodes(library: Library, ...named: (string[] | undefined)[]): Promise<Code[] | undefined> {
  return chosenCodesAt(CODE_OPTION, library, ...named);
}

/** chosenCodes of codes asked for at `place`. */
export async function chosenCodesAt(place: CodePlace, library: Library, ...named: (string[] | undefined)[]): Promise<Code[] | undefined> {
  const names = named.flatMap((list) => list ?? []);
  if (names.length === 0) return undefined;
  const codes: Code[] = [];
  for (const name of names) codes.push(await resolveCodeName(library, name, place));
  return [...new Set(codes)];
}

/** What people put between names in a list, other than the comma --code takes. */
const LIST_SEPARATORS = /\s*(?:\band\b|[\s;/+&|])\s*/i;

/**
 * A code named by --code. A name that is no code but whose words each name one ("wi nc",
 * "wi;nc", "wi/nc", "wi and nc") is several codes written apart as people list them: the hint
 * was only the list of codes, each of which had been typed; it now gives the commas.
 */
async function resolveCodeName(library: Library, name: string, place: CodePlace): Promise<Code> {
  const cited = await citedAt(place, library, name);
  if (cited !== undefined) throw cited;
  const listed = codesListedIn(library, name);
  if (listed !== undefined) throw new EthicsError(`no code '${name}'`, `codes are separated by commas: --code ${listed.join(",")}`);
  return resolveCode(library, name);
}

/**
 * The error for a citation pasted for a code (`--code "Medi-Cal · Integrity 12"`), where `name`
 * names no code but show reads it as less than a whole one; first, as show reads it: `alaska
 * conduct` is Alaska's Conduct, not Alaska and the code whose title has "Conduct" in it. What
 * reads it is loaded only for a name that names no code: it is no small part of the bundle.
 */
export async function citedAt(place: CodePlace, library: Library, name: string): Promise<EthicsError | undefined> {
  if (findCode(library, name).kind !== "none") return undefined;
  return (await import("../core/codes/cited-as-code.js")).citedAsCode(library, [name], place);
}

/** The ids of the codes a name that is no code lists as people list them ("wi nc", "wi and nc"); undefined where it lists none. */
export function codesListedIn(library: Library, name: string): string[] | undefined {
  if (findCode(library, name).kind !== "none") return undefined;
  const parts = name.split(LIST_SEPARATORS).filter((part) => part !== "");
  const found = parts.map((part) => findCode(library, part));
  if (parts.length < 2 || !found.every((lookup) => lookup.kind === "found")) return undefined;
  return [...new Set(found.map((lookup) => (lookup as { value: Code }).value.id))];
}
