// A parsed reference resolved against the library: what `ethics show` prints.
import type { Code, Library, Section, Standard, ValueStatement } from "../../model.js";
import { EthicsError, UsageError } from "../errors.js";
import type { NumberSelection, Reference } from "./ref.js";
import { resolveCode, resolveSection } from "./resolve.js";

export type Target =
  | { kind: "code"; code: Code }
  | { kind: "section"; code: Code; section: Section }
  | { kind: "standards"; code: Code; section: Section; standards: Standard[]; form: NumberSelection["form"] }
  | { kind: "values"; code: Code; values: ValueStatement[]; form: NumberSelection["form"] | "all" };

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

function pickNumbered<T extends { number: number }>(things: T[], selection: NumberSelection, where: string): T[] {
  const available = things.map((thing) => thing.number);
  const missing = selection.numbers.filter((number) => !available.includes(number));
  if (missing.length > 0) {
    const which = missing.length === 1 ? `no ${missing[0]}` : `no ${describeNumbers(missing)}`;
    throw new EthicsError(`${where} has ${which}`, `${where} has ${describeNumbers(available)}`);
  }
  return selection.numbers.map((number) => things.find((thing) => thing.number === number)!);
}

export function resolveTarget(library: Library, reference: Reference): Target {
  const code = resolveCode(library, reference.code);
  if (reference.section === undefined) {
    if (reference.selection === undefined) return { kind: "code", code };
    if (code.sections.length > 1) {
      throw new UsageError(
        `${code.id} has ${code.sections.length} sections; say which one`,
        `e.g. ethics show ${code.id} ${code.sections[0]!.id} ${reference.selection.numbers[0]} — ethics list ${code.id} shows them`,
      );
    }
    const section = code.sections[0]!;
    return { kind: "standards", code, section, standards: pickNumbered(section.standards, reference.selection, code.shortName), form: reference.selection.form };
  }
  const target = resolveSection(code, reference.section);
  if (target.kind === "values") {
    if (reference.selection === undefined) return { kind: "values", code, values: code.values, form: "all" };
    return { kind: "values", code, values: pickNumbered(code.values, reference.selection, `${code.shortName} values`), form: reference.selection.form };
  }
  const { section } = target;
  if (reference.selection === undefined) return { kind: "section", code, section };
  const where = code.sections.length === 1 ? code.shortName : `${code.shortName} ${section.title}`;
  return { kind: "standards", code, section, standards: pickNumbered(section.standards, reference.selection, where), form: reference.selection.form };
}
