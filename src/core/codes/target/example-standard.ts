// The standard a hint names as its example, where a number was typed with no code before it
// (`show 50`, `show xx`, `show twenty five`): one that exists, in this library. Every example
// was Medi-Cal Integrity's, whatever the number: `show xx` offered `medi-cal integrity 20`, which
// it has not, and under --data of users' codes alone no Medi-Cal at all. Where the words typed
// name a code (`wi 1 to`, `alaska:conduct:1:2`), the example is that code's: a reader working
// in Wisconsin was offered Medi-Cal Integrity, a code of sections, to copy.
import type { Code, Library, Section } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { findCode, findSection, longestNamingRun, mostCodeNameParts, mostSectionNameParts } from "../resolve.js";
import { rangesForward } from "../backwards-ranges.js";
import { inSection } from "./numbers.js";

/** The command showing a standard, with its number as the caller writes it, and that number. */
export interface Example {
  command: (number: string) => string;
  number: number;
}

/** What every other example names: Medi-Cal Integrity 12. */
const USUAL = { code: "medi-cal", section: "integrity", number: 12 };

/**
 * A library with the code its reader works in (ETHICS_CODE's: only the CLI knows it), where the
 * examples of words that name no code are set before Medi-Cal: a reader in Alaska typing
 * `show "1 and"` was offered Medi-Cal Integrity to copy. Passed as the library is, so that every
 * hint of the words' reading finds it.
 */
export interface LibraryAtHand extends Library {
  codeAtHand?: Code;
}

/**
 * The library, its examples set in `code` where the words typed name none. Its fields copied as
 * they are defined, not read: a library's concepts are read on first use (merge.ts).
 */
export function withCodeAtHand(library: Library, code: Code | undefined): LibraryAtHand {
  if (code === undefined) return library;
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(library), codeAtHand: { value: code, enumerable: true } }) as LibraryAtHand;
}

/** The code at hand's first section that holds standards, if any. */
function sectionAtHand(library: LibraryAtHand): Place | undefined {
  const code = library.codeAtHand;
  const section = code?.sections.find((each) => each.standards.length > 0);
  return code === undefined || section === undefined ? undefined : { code, section };
}

/**
 * A section that has a standard numbered each of `values`, its command taking the numbers as
 * given: Medi-Cal Integrity, every other example's section, where it has them; else the first
 * that has. Undefined where none has them all.
 */
export function sectionHolding(library: LibraryAtHand, values: readonly number[]): ((numbers: string) => string) | undefined {
  const shown = placeHolding(library, values);
  return shown === undefined ? undefined : (numbers) => inSection(shown.code, shown.section).command(numbers);
}

/**
 * The section of `among` (the library's codes unless said) that has a standard numbered each of
 * `values`: the code at hand's, else Medi-Cal Integrity, every other example's section, else
 * the first that has. Undefined where none has them all.
 */
export function placeHolding(library: LibraryAtHand, values: readonly number[], among: readonly Code[] = library.codes): Place | undefined {
  const sections = among.flatMap((code) => code.sections.map((section) => ({ code, section })));
  const holding = sections.filter(({ section }) => values.every((value) => section.standards.some((standard) => standard.number === value)));
  return holding.find(({ code }) => code === library.codeAtHand) ?? holding.find(({ code, section }) => code.id === USUAL.code && section.id === USUAL.section) ?? holding[0];
}

/**
 * A standard that exists, for an example where none has the number typed: the code at hand's
 * first, else Medi-Cal Integrity 12 where it is loaded, else the first standard of the first
 * code. Undefined where the library holds no standard.
 */
export function anyStandard(library: LibraryAtHand): Example | undefined {
  const atHand = sectionAtHand(library);
  if (atHand !== undefined) return { command: inSection(atHand.code, atHand.section).command, number: atHand.section.standards[0]!.number };
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

/** The widest list of numbers an example gives whole, a line's: past it, the numbers up to a comma within it. */
const EXAMPLE_NUMBERS_WIDTH = 80;

/**
 * The hint of `show 50`, `show 5-7`: a command with the numbers as typed (a range that runs
 * backwards the other way round), in a section that has them, else one that shows a standard
 * that exists. Undefined where the library holds none.
 */
export function numbersFirstHint(library: Library, numbers: string): string | undefined {
  // An example, of a list too long for a line (5,000 numbers glued from as many arguments), its
  // first numbers: the command of them all was a hint of 10 KB.
  const forward = rangesForward(numbers);
  const shown = forward.length <= EXAMPLE_NUMBERS_WIDTH ? forward : forward.slice(0, forward.lastIndexOf(",", EXAMPLE_NUMBERS_WIDTH));
  const holder = sectionHolding(library, (shown.match(/\d+/g) ?? []).map(Number));
  if (holder !== undefined) return `expected e.g. ${holder(shown)}`;
  const any = anyStandard(library);
  return any === undefined ? undefined : `expected e.g. ${any.command(String(any.number))}`;
}

/** A section, and the code it is of: where an example is set. */
export interface Place {
  code: Code;
  section: Section;
}

/** Each word typed apart from the marks of a one-word form or a citation: "medi-cal:integrity:12," as its words. */
const wordsOf = (typed: readonly string[]) => typed.flatMap((word) => word.split(/[\s:·•;,]+/)).filter((word) => word !== "");

/**
 * Where the words typed are, as far as they name it: the code their first words name (an id,
 * alias, name or a prefix of one), and the section named right after it, else Medi-Cal's
 * Integrity (every other example's) in Medi-Cal, else the code's first section that holds
 * standards. Undefined where the first words name no code.
 */
export function placeTyped(library: Library, typed: readonly string[]): Place | undefined {
  const words = wordsOf(typed);
  let code: Code | undefined;
  const codeWords = longestNamingRun(words, mostCodeNameParts(library), (run) => {
    const found = findCode(library, run.join(" "));
    if (found.kind === "found") code = found.value;
    return found.kind === "found";
  });
  if (code === undefined) return undefined;
  const at = code;
  const rest = words.slice(codeWords);
  let named: Section | undefined;
  longestNamingRun(rest, mostSectionNameParts(at), (run) => {
    const found = findSection(at, run.join(" "));
    if (found.kind === "found" && found.value.kind === "section") named = found.value.section;
    return named !== undefined;
  });
  const usual = at.id === USUAL.code ? at.sections.find((section) => section.id === USUAL.section) : undefined;
  const section = [named, usual, ...at.sections].find((each) => each !== undefined && each.standards.length > 0);
  return section === undefined ? undefined : { code: at, section };
}

/** A reference to `numbers` in a place, as typed after `ethics show`: "wisconsin 1 to 3", "medi-cal integrity 5". */
export function referenceIn({ code, section }: Place, numbers: string): string {
  return `${code.id}${code.sections.length === 1 ? "" : ` ${section.id}`} ${numbers}`;
}

/** The code at hand's first section, else Medi-Cal Integrity where it is loaded, else the first section of the library that holds standards. */
function usualPlace(library: LibraryAtHand): Place | undefined {
  const atHand = sectionAtHand(library);
  if (atHand !== undefined) return atHand;
  const code = library.codes.find((each) => each.id === USUAL.code);
  const section = code?.sections.find((each) => each.id === USUAL.section);
  if (code !== undefined && section !== undefined && section.standards.length > 0) return { code, section };
  for (const each of library.codes) {
    const first = each.sections.find((candidate) => candidate.standards.length > 0);
    if (first !== undefined) return { code: each, section: first };
  }
  return undefined;
}

/**
 * The place of the code the words typed name, else the code at hand's, else the usual one:
 * where an example for a reader working in a code is set. Undefined where the library holds no
 * standard.
 */
export function placeAtHand(library: LibraryAtHand, typed: readonly string[]): Place | undefined {
  return placeTyped(library, typed) ?? usualPlace(library);
}

/** The command of one standard at hand (`ethics show alaska relationship-with-clients 1`), for a hint where nothing was typed to set it by. */
export function commandAtHand(library: LibraryAtHand): string | undefined {
  const place = usualPlace(library);
  return place === undefined ? undefined : `${ethicsFor(place.code)} show ${referenceIn(place, String(numberIn(place)))}`;
}

/** A standard's number in a place: 12 in Medi-Cal Integrity, as every other example; else its first. */
export function numberIn(place: Place): number {
  const { code, section } = place;
  const usual = code.id === USUAL.code && section.id === USUAL.section && section.standards.some((standard) => standard.number === USUAL.number);
  return usual ? USUAL.number : section.standards[0]!.number;
}

/** Two numbers of a place for a list's or a range's example ("1 and 3", "5 to 7"): the first and the third, or the last before it. Undefined where it has one standard. */
export function twoNumbersIn(place: Place): [number, number] | undefined {
  const numbers = [...new Set(place.section.standards.map((standard) => standard.number))].sort((a, b) => a - b);
  if (numbers.length < 2) return undefined;
  return [numbers[0]!, numbers[Math.min(2, numbers.length - 1)]!];
}
