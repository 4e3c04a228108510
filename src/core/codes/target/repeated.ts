// A reference named again (`show wi wisconsin`, `medi-cal integrity 1 integrity 1`, a code's
// name pasted a thousand times) is read once, as `wi wi` (a word said twice), `wi 1 1` (a
// number listed twice), and `list` and `export` (a code named twice is one code) read it. Each
// was printed again for each time it was named: 150,000 names of one code, 29 million lines.
import type { Target } from "./kinds.js";

/** What a target prints: the same for two references that name the same thing the same way. */
function printedAs(target: Target): string {
  const ranPast = "ranPast" in target ? (target.ranPast ?? "") : "";
  switch (target.kind) {
    case "code":
      return `code ${target.code.id}`;
    case "section":
      return `section ${target.code.id} ${target.section.id}`;
    case "standards":
      return `standards ${target.code.id} ${target.section.id} ${target.standards.map((standard) => standard.number).join(",")} ${ranPast}`;
    case "values":
      return `values ${target.code.id} ${target.values.map((value) => value.number).join(",")} ${ranPast}`;
    case "preamble":
    case "definitions":
      return `${target.kind} ${target.code.id}`;
  }
}

/** `targets` without any that prints what one before it printed; `targets` where none does. */
export function withoutRepeats(targets: Target[]): Target[] {
  const printed = new Set<string>();
  const kept = targets.filter((target) => {
    const key = printedAs(target);
    if (printed.has(key)) return false;
    printed.add(key);
    return true;
  });
  return kept.length === targets.length ? targets : kept;
}
