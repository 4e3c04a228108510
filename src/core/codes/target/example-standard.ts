// The standard a hint names as its example, where a number was typed with no code before it
// (`show 50`, `show xx`, `show twenty five`): one that exists, in this library. Every example
// was Medi-Cal Integrity's, whatever the number: `show xx` offered `medi-cal integrity 20`, which
// it has not, and under --data of users' codes alone no Medi-Cal at all.
import type { Library } from "../../../model.js";
import { inSection } from "./numbers.js";

/** The command showing a standard, with its number as the caller writes it, and that number. */
export interface Example {
  command: (number: string) => string;
  number: number;
}

/** What every other example names: Medi-Cal Integrity 12. */
const USUAL = { code: "medi-cal", section: "integrity", number: 12 };

/**
 * A section that has a standard numbered each of `values`, its command taking the numbers as
 * given: Medi-Cal Integrity, every other example's section, where it has them; else the first
 * that has. Undefined where none has them all.
 */
export function sectionHolding(library: Library, values: readonly number[]): ((numbers: string) => string) | undefined {
  const sections = library.codes.flatMap((code) => code.sections.map((section) => ({ code, section })));
  const holding = sections.filter(({ section }) => values.every((value) => section.standards.some((standard) => standard.number === value)));
  const shown = holding.find(({ code, section }) => code.id === USUAL.code && section.id === USUAL.section) ?? holding[0];
  return shown === undefined ? undefined : (numbers) => inSection(shown.code, shown.section).command(numbers);
}

/**
 * A standard that exists, for an example where none has the number typed: Medi-Cal Integrity
 * 12 where it is loaded, else the first standard of the first code. Undefined where the library
 * holds no standard.
 */
export function anyStandard(library: Library): Example | undefined {
  const code = library.codes.find((each) => each.id === USUAL.code);
  const usual = code?.sections.find((section) => section.id === USUAL.section);
  if (code !== undefined && usual?.standards.some((standard) => standard.number === USUAL.number)) return { command: inSection(code, usual).command, number: USUAL.number };
  for (const each of library.codes) {
    for (const section of each.sections) {
      const first = section.standards[0];
      if (first !== undefined) return { command: inSection(each, section).command, number: first.number };
    }
  }
  return undefined;
}

/**
 * The hint of `show 50`, `show 5-7`: a command with the numbers as typed, in a section that has
 * them, else one that shows a standard that exists. Undefined where the library holds none.
 */
export function numbersFirstHint(library: Library, numbers: string): string | undefined {
  const holder = sectionHolding(library, (numbers.match(/\d+/g) ?? []).map(Number));
  if (holder !== undefined) return `expected e.g. ${holder(numbers)}`;
  const any = anyStandard(library);
  return any === undefined ? undefined : `expected e.g. ${any.command(String(any.number))}`;
}
