// Which kind of comparison two codes call for. Versions of one code (Medi-Cal's, derived from
// Working Well Together's) are compared word by word, as a revision; codes written apart (Alaska's
// and Medi-Cal's) share few sentences and are compared by what their rules are about. A code file
// declares what it derives from in `source.derivedFrom`; nothing is guessed from the texts.
import { derivedFromOf, type Code, type Library } from "../../model.js";
import { lineageLoop } from "../codes/lineage-check.js";

export type DiffKind = "revision" | "apart";

/**
 * The code's id, then the id it derives from, and so on, as far as loaded codes go. A link on a
 * loop is not followed (validate calls it a problem, loading warns): each code of a loop would
 * otherwise be said to derive from the others, and the first one reached to be the older.
 */
export function lineageOf(library: Library, code: Code): string[] {
  const byId = new Map(library.codes.map((known) => [known.id, known] as const));
  const parentOf = (id: string) => {
    const known = byId.get(id);
    return known === undefined ? undefined : derivedFromOf(known);
  };
  const lineage = [code.id];
  for (let current = code.id, parent = derivedFromOf(code); parent !== undefined; current = parent, parent = parentOf(parent)) {
    // A link on a loop (aa → bb → aa): which code is the older is not known.
    if (lineage.includes(parent) || lineageLoop(current, parentOf) !== undefined) break;
    lineage.push(parent);
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
