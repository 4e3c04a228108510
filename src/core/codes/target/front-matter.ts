// What a code's file holds besides its numbered standards and values, named after the code:
// its preamble (`show medi-cal preamble`, or purpose, introduction), where a code says what it
// is for, and its definitions. They were "no section 'preamble' in medi-cal", though `show
// medi-cal` prints them. Where the file holds none (Wisconsin's has no preamble), that is said,
// with what the file does hold and the source it was transcribed from: nothing is made up.
import type { Code, Library } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError } from "../../errors.js";
import { joined } from "../../word-list.js";
import { findSection, slugify } from "../resolve.js";
import type { Target } from "./kinds.js";

export type FrontMatter = "preamble" | "definitions";

/** The words a reader names each by: a code states its purpose and introduces itself in its preamble. */
const NAMES: ReadonlyMap<string, FrontMatter> = new Map([
  ["preamble", "preamble"],
  ["purpose", "preamble"],
  ["introduction", "preamble"],
  ["intro", "preamble"],
  ["definitions", "definitions"],
  ["definition", "definitions"],
  ["glossary", "definitions"],
]);

/** Whether `code`'s file holds `part`. */
const holds = (code: Code, part: FrontMatter) => (part === "preamble" ? code.preamble : code.definitions).length > 0;

/**
 * The part of `code` the words after its name name, where they name no section of it: a user's
 * code may have a section titled "Definitions", and that is what its name means there.
 */
export function frontMatterNamed(code: Code, words: readonly string[]): FrontMatter | undefined {
  const part = NAMES.get(slugify(words.join(" ")));
  return part !== undefined && findSection(code, words.join(" ")).kind === "none" ? part : undefined;
}

/**
 * `show preamble`: a code's part with no code before it, as `show values 2` is said (without-code.ts):
 * whose it may be, with the command for the first code that holds it. Undefined where the
 * words name no such part, or no code holds it.
 */
export function frontMatterWithoutCode(library: Library, words: readonly string[]): EthicsError | undefined {
  const part = NAMES.get(slugify(words.join(" ")));
  if (part === undefined) return undefined;
  const having = library.codes.filter((code) => holds(code, part));
  if (having.length === 0) return undefined;
  const [first] = having;
  const belongs = part === "preamble" ? "a preamble belongs" : "definitions belong";
  return new EthicsError(`no code '${words.join(" ")}': ${belongs} to a code`, `say whose (${joined(having.map((code) => code.shortName), "or")}): \`${ethicsFor(first!)} show ${first!.id} ${part}\``);
}

/** The target that shows `part` of `code`, or the error that says its file holds none. */
export function frontMatterTarget(code: Code, part: FrontMatter): Target {
  if (holds(code, part)) return { kind: part, code };
  const { document, issuer, url } = code.source;
  const source = `${document}${issuer ? ` (${issuer})` : ""}${url ? `, ${url}` : ""}`;
  throw new EthicsError(`no ${part} in ${code.id}'s file, only ${joined(contentsOf(code), "and")}`, `\`${ethicsFor(code)} list ${code.id}\` shows its sections; its source: ${source}`);
}

/** What a code's file holds, as a reader would look for it. */
function contentsOf(code: Code): string[] {
  return [
    ...(code.scope === null ? [] : ["its scope"]),
    ...(code.preamble.length > 0 ? ["a preamble"] : []),
    ...(code.values.length > 0 ? ["value statements"] : []),
    ...(code.definitions.length > 0 ? ["definitions"] : []),
    "numbered standards",
  ];
}
