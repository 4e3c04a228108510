// A code's name and then a section's of it (`alaska conduct`), where a command takes whole codes:
// read as two codes, "conduct" named Wisconsin (its title's first word), and list said alaska
// and wisconsin were two codes. After a code, its section's name names that section, which
// `show` prints.
import type { Code, Library } from "../../model.js";
import { EthicsError } from "../errors.js";
import { findSection, resolveCode } from "./resolve.js";

export interface CodeThenSection {
  code: Code;
  /** The section's id, or `values` for the value statements, as `show` takes it. */
  section: string;
  /** The section's words as typed. */
  typed: string;
}

export function codeThenSection(library: Library, words: readonly string[]): CodeThenSection | undefined {
  for (let cut = words.length - 1; cut >= 1; cut--) {
    let code: Code;
    try {
      code = resolveCode(library, words.slice(0, cut).join(" "));
    } catch (error) {
      if (error instanceof EthicsError) continue;
      throw error;
    }
    const typed = words.slice(cut).join(" ");
    const found = findSection(code, typed);
    if (found.kind === "found") return { code, section: found.value.kind === "values" ? "values" : found.value.section.id, typed };
  }
  return undefined;
}
