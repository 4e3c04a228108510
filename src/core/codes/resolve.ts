// Lenient, honest lookup: id, alias, title or unique prefix, any case. An ambiguous prefix
// names the candidates; an unknown name suggests the nearest.
import type { Code, Library, Section } from "../../model.js";
import { EthicsError } from "../errors.js";
import { didYouMean } from "../suggest.js";

interface Named<T> {
  value: T;
  /** The name to show the user for this choice. */
  label: string;
  /** Every name that selects it exactly (lowercase). */
  names: string[];
}

/** A name as ids are written: "Safety & Protection" → safety-and-protection. */
export function slugify(input: string): string {
  return input.trim().toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * Whether a slug starts with what was typed, or (from three letters on) one of its later words
 * does: "conflicts" names conflicts-of-interest, "cultural" cultural-responsiveness-and-humility.
 */
export function startsName(name: string, wanted: string): boolean {
  const parts = name.split("-");
  return parts.some((_, index) => (index === 0 || wanted.length >= 3) && parts.slice(index).join("-").startsWith(wanted));
}

function pick<T>(input: string, choices: Named<T>[], what: string, where: string): T {
  const wanted = slugify(input);
  if (wanted === "") throw new EthicsError(`no ${what} given`, `expected one of: ${choices.map((c) => c.label).join(", ")}`);
  const exact = choices.find((choice) => choice.names.includes(wanted));
  if (exact) return exact.value;
  const prefixed = choices.filter((choice) => choice.names.some((name) => startsName(name, wanted)));
  if (prefixed.length === 1) return prefixed[0]!.value;
  if (prefixed.length > 1) {
    throw new EthicsError(
      `'${input}' is ambiguous${where}: it could be ${prefixed.map((c) => c.label).join(", ")}`,
      "type more of the name",
    );
  }
  const suggestion = didYouMean(wanted, choices.flatMap((choice) => [choice.label]));
  throw new EthicsError(
    `no ${what} '${input}'${where}${suggestion ? ` — ${suggestion}` : ""}`,
    `expected one of: ${choices.map((c) => c.label).join(", ")}`,
  );
}

export function resolveCode(library: Library, input: string): Code {
  const choices = library.codes.map((code) => ({
    value: code,
    label: code.id,
    names: [code.id, ...code.aliases, slugify(code.shortName), slugify(code.title)],
  }));
  return pick(input, choices, "code", "");
}

/** The pseudo-section that addresses a code's value statements: `ethics show alaska values 2`. */
export const VALUES_SECTION = "values";

export type SectionTarget = { kind: "section"; section: Section } | { kind: "values" };

export function resolveSection(code: Code, input: string): SectionTarget {
  const choices: Named<SectionTarget>[] = code.sections.map((section) => ({
    value: { kind: "section", section },
    label: section.id,
    names: [section.id, slugify(section.title)],
  }));
  // A code whose values are its sections (Medi-Cal) has no separate value statements.
  if (code.values.length > 0 && !code.sections.some((section) => section.id === VALUES_SECTION)) {
    choices.push({ value: { kind: "values" }, label: VALUES_SECTION, names: [VALUES_SECTION, "value-statements"] });
  }
  return pick(input, choices, "section", ` in ${code.id}`);
}
