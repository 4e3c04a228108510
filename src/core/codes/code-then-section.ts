// A code's name and then a section's of it (`alaska conduct`), where a command takes whole codes:
// read as two codes, "conduct" named Wisconsin (its title's first word), and list said alaska
// and wisconsin were two codes. After a code, its section's name names that section, which
// `show` prints.
import type { Code, Library } from "../../model.js";
import { EthicsError } from "../errors.js";
import { findSection, mostCodeNameParts, resolveCode, wordsOneNameTakes } from "./resolve.js";

export interface CodeThenSection {
  code: Code;
  /** The section's id, or `values` for the value statements, as `show` takes it. */
  section: string;
  /** The section's words as typed. */
  typed: string;
}

/**
 * The code the first words name and the section the rest name, where they do. Only the cuts that
 * leave a code's name no more words than a name has are tried: every cut of `list` given
 * thousands of words was tried, each with all the words before it (20,000 words: 96 s).
 */
export function codeThenSection(library: Library, words: readonly string[]): CodeThenSection | undefined {
  for (let cut = Math.min(words.length - 1, wordsOneNameTakes(words, mostCodeNameParts(library))); cut >= 1; cut--) {
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
