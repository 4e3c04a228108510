// A crosswalk row (a code on a concept, `topic`; a side of a diff's concept group) binds as its
// strongest standard does; a standard cited under it that binds otherwise says how, so that
// "Medi-Cal prohibits" beside texting is read as Respect 11's (derogatory words, in texts too),
// not the other rules' (which require), and one that only allows the matter is not read as a
// rule against what it allows. Both renderers ask here, so the two reports never disagree on
// which standards to mark.
import type { Strength } from "../../model.js";

/**
 * How a standard binds, where that is otherwise than the row it is cited under (`row`: the
 * row's strength, null for a code that does not address the matter); undefined where it binds
 * as the row says, or its reading is not known.
 */
export function strengthOtherThanRow(standard: Strength | undefined, row: Strength | null): Strength | undefined {
  return standard !== undefined && standard !== row ? standard : undefined;
}
