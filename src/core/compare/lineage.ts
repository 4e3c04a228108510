// Which kind of comparison two codes call for. Versions of one code (Medi-Cal's, derived from
// Working Well Together's) are compared word by word, as a revision; codes written apart (Alaska's
// and Medi-Cal's) share few sentences and are compared by what their rules are about. A code file
// declares what it derives from in `source.derivedFrom`; nothing is guessed from the texts.
import type { Code, Library } from "../../model.js";

export type DiffKind = "revision" | "apart";

/** The code's id, then the id it derives from, and so on, as far as loaded codes go; never a loop. */
export function lineageOf(library: Library, code: Code): string[] {
  const lineage = [code.id];
  let current: Code | undefined = code;
  while (current?.source.derivedFrom !== undefined) {
    const parent: string = current.source.derivedFrom;
    if (lineage.includes(parent)) break;
    lineage.push(parent);
    current = library.codes.find((candidate) => candidate.id === parent);
  }
  return lineage;
}

/**
 * A revision when the two codes are of one lineage: one derives from the other (at any remove), or
 * both from a third, or they are the same code. Else they were written apart.
 */
export function comparisonKind(library: Library, a: Code, b: Code): DiffKind {
  const aLineage = new Set(lineageOf(library, a));
  return lineageOf(library, b).some((id) => aLineage.has(id)) ? "revision" : "apart";
}
