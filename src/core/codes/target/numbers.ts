// What a selection of numbers picks in a section or a code's values, and numbers written
// for a message ("1–14") or a command ("5-7,12").
import type { Code, Section, Standard, ValueStatement } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError } from "../../errors.js";
import { citedTitle } from "../cited-title.js";
import { type NumberSelection, pickNumbers } from "../ref.js";
import type { Target } from "./kinds.js";

/** pickNumbers as `show` picks: a range past a section's last number runs to the last. */
export const picked = (selection: NumberSelection, available: readonly number[]) => pickNumbers(selection, available, true);

/**
 * Those of `candidates` that have every number a selection asks, else those that have them as
 * `show` reads it (a range run past the last to the last): `integrity 9-12` is Medi-Cal's in a
 * hint, whose Integrity has 9 to 12, before Working Well Together's, which ends at 9.
 */
export function holdingSelection<T>(candidates: readonly T[], selection: NumberSelection, numbersOf: (candidate: T) => readonly number[]): T[] {
  const whole = candidates.filter((candidate) => pickNumbers(selection, numbersOf(candidate)).missing.length === 0);
  return whole.length > 0 ? whole : candidates.filter((candidate) => picked(selection, numbersOf(candidate)).missing.length === 0);
}

/** "1–14", or "1–3, 5, 7–9" where the source skips numbers. */
export function describeNumbers(numbers: number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * Numbers as a command takes them, in the order given, a run of consecutive ones as a range:
 * [5, 6, 7, 12] → "5-7,12" (describeNumbers writes them for reading, with an en dash).
 */
export function numbersTyped(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j >= i + 2 ? `${numbers[i]}-${numbers[j]}` : numbers.slice(i, j + 1).join(","));
    i = j + 1;
  }
  return runs.join(",");
}

/** Missing numbers said in a message: a few, then how many more (a pasted list of thousands is not echoed back). */
const MISSING_SAID = 10;

function listMissing(missing: readonly string[]): string {
  if (missing.length <= MISSING_SAID) return missing.join(", ");
  return `${missing.slice(0, MISSING_SAID - 1).join(", ")} and ${missing.length - (MISSING_SAID - 1)} more`;
}

/** What a selection is picked from: the things, how to name them, how to cite one in a hint. */
export interface Numbered<T> {
  things: T[];
  where: string;
  command: (number: number | string) => string;
}

/**
 * The things a selection picks, and where a range ran past the last of them, what to say:
 * "Medi-Cal Integrity ends at 14, not 15". A number asked for that is not there is an error;
 * so is a range's start, which names a standard as a list's number does.
 */
export function pickNumbered<T extends { number: number }>({ things, where }: Numbered<T>, selection: NumberSelection): { picked: T[]; ranPast?: string } {
  const available = things.map((thing) => thing.number);
  const { found, missing, pastLast } = picked(selection, available);
  if (missing.length > 0) throw new EthicsError(`${where} has no ${listMissing(missing)}`, `${where} has ${describeNumbers(available)}`);
  // The first thing of each number, as a search of the list for each found it, found once.
  const byNumber = new Map<number, T>();
  let last = 0;
  for (const thing of things) {
    if (!byNumber.has(thing.number)) byNumber.set(thing.number, thing);
    last = Math.max(last, thing.number);
  }
  return { picked: found.map((number) => byNumber.get(number)!), ...(pastLast.length > 0 && { ranPast: `${where} ends at ${last}, not ${listMissing(pastLast)}` }) };
}

/** The standards a selection picks in a section, as a target. */
export function standardsTarget(code: Code, section: Section, selection: NumberSelection): Target {
  const { picked: standards, ranPast } = pickNumbered(inSection(code, section), selection);
  return { kind: "standards", code, section, standards, form: selection.form, ...(ranPast !== undefined && { ranPast }) };
}

export function inSection(code: Code, section: Section): Numbered<Standard> {
  const single = code.sections.length === 1;
  return {
    things: section.standards,
    where: single ? code.shortName : `${code.shortName} ${citedTitle(code, section)}`,
    command: (number) => `\`${ethicsFor(code)} show ${code.id}${single ? "" : ` ${section.id}`} ${number}\``,
  };
}

/** Named as their citations name them ("Alaska · Values 2"), as a section is: "Alaska Values has 1–7". */
export function inValues(code: Code): Numbered<ValueStatement> {
  return { things: code.values, where: `${code.shortName} Values`, command: (number) => `\`${ethicsFor(code)} show ${code.id} values ${number}\`` };
}
