// What `show` resolves its words to: targets (a code, a section, standards, values), and
// the pieces read on the way, references and printed citations.
import type { Code, Section, Standard, ValueStatement } from "../../../model.js";
import type { NumberSelection, Reference } from "../ref.js";

export type Target =
  | { kind: "code"; code: Code }
  | { kind: "section"; code: Code; section: Section }
  | { kind: "standards"; code: Code; section: Section; standards: Standard[]; form: NumberSelection["form"]; ranPast?: string }
  | { kind: "values"; code: Code; values: ValueStatement[]; form: NumberSelection["form"] | "all"; ranPast?: string }
  | { kind: "preamble"; code: Code }
  | { kind: "definitions"; code: Code };

/** What `show` says on stderr of the targets it prints: where a range ran past a section's last number. */
export const notesOf = (targets: readonly Target[]): string[] => [...new Set(targets.flatMap((target) => ("ranPast" in target && target.ranPast !== undefined ? [target.ranPast] : [])))];

/** What the words of `show` are read as, in order: references, and printed citations resolved. */
export type Piece = { reference: Reference } | { target: Target; selection?: NumberSelection };
