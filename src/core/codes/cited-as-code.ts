// A citation typed where a code is asked for: `search gifts --code "Medi-Cal · Integrity 12"`
// was "no code '…'", with no word of the code it names (`"North Carolina 15"` got a "did you
// mean" only because the name is near), and `export "North Carolina 15"`, its words read as
// names one by one, "no code '15'". Read as show reads it, it names a section or standards of a
// code: the message says so and names the code, the hint what the place takes and the show
// command that prints them.
import type { Library } from "../../model.js";
import { isEthicsError, UsageError } from "../errors.js";
import { joined } from "../word-list.js";
import { resolveArguments } from "./target/arguments.js";
import type { Target } from "./target/kinds.js";
import { showCommandOf } from "./target/show-commands.js";

/** Where codes were asked for, as the hint says it. */
export interface CodePlace {
  /** What takes codes there, and what it takes: "--code takes whole codes". */
  takes: string;
  /** The command takes --section: a section goes there. */
  section?: boolean;
}

/** Longer than any citation: a pasted page is not read as references. */
const CITATION_MAX_LENGTH = 200;

/**
 * The error for `words` given as codes where show reads them as one or more references, at least
 * one of them to less than a whole code; undefined where they read otherwise, or not at all.
 */
export function citedAsCode(library: Library, words: readonly string[], place: CodePlace): UsageError | undefined {
  const typed = words.join(" ").trim();
  if (typed.length > CITATION_MAX_LENGTH) return undefined;
  let targets: Target[];
  try {
    targets = resolveArguments(library, words);
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return undefined;
  }
  const cited = targets.filter((target) => target.kind !== "code");
  if (cited.length === 0) return undefined;
  const what = `${kindsOf(cited)} of ${joined([...new Set(cited.map((target) => target.code.id))], "and")}`;
  const message = `'${typed}' names ${what}, not ${cited.length === targets.length ? "a code" : "only codes"}`;
  const it = cited.length === 1 && kindsOf(cited).startsWith("a ") ? "it" : "them";
  return new UsageError(message, `${place.takes}${place.section ? ", --section a section" : ""}; ${showCommandOf(cited)} shows ${it}, as data with --json`);
}

/** "a standard", "standards", "a section", "sections and standards": what the targets are. */
function kindsOf(targets: readonly Target[]): string {
  if (targets.length === 1) {
    const [target] = targets;
    if (target!.kind === "section") return "a section";
    if (target!.kind === "standards") return target!.standards.length === 1 ? "a standard" : "standards";
    if (target!.kind === "values") return target!.form !== "all" && target!.values.length === 1 ? "a value statement" : "value statements";
    if (target!.kind === "preamble") return "a preamble";
  }
  const kinds = new Set(targets.map((target) => (target.kind === "section" ? "sections" : target.kind === "values" ? "value statements" : target.kind === "preamble" ? "preambles" : target.kind === "definitions" ? "definitions" : "standards")));
  return joined([...kinds], "and");
}
