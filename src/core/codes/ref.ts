// The reference grammar, in one place (also in `ethics show --help` and the README):
//   1. <code>                           a whole code              ethics show alaska
//   2. <code> <section>                 one section               ethics show medi-cal integrity
//   3. <code> <section> <n>             one standard              ethics show medi-cal integrity 12
//   4. <code> <section> <a>-<b>         a range                   ethics show medi-cal integrity 5-7
//   5. <code> <section> <a>,<b>[,…]     a list (ranges allowed)   ethics show medi-cal integrity 5,7,10-12
//   6. <code> <n|range|list>            in a code with one list   ethics show wisconsin 8
//   7. <code>:<section>[:<n|range|list>]  the one-word form       ethics show medi-cal:integrity:12
//   A section is an id, a title or an unambiguous prefix of either, in any case, and may be
//   several words (`safety & protection`); `values` addresses a code's value statements.
import { UsageError } from "../errors.js";

export type NumberSelection =
  | { form: "one"; numbers: [number] }
  | { form: "range"; numbers: number[]; from: number; to: number }
  | { form: "list"; numbers: number[] };

export interface Reference {
  code: string;
  section?: string;
  selection?: NumberSelection;
}

const SELECTION_SHAPE = /^\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*$/;

export function looksLikeSelection(word: string): boolean {
  return SELECTION_SHAPE.test(word.trim());
}

/** Largest range we expand; no code comes near it, and it keeps "1-999999999" from allocating. */
const MAX_RANGE = 1000;

export function parseSelection(word: string): NumberSelection {
  const trimmed = word.trim();
  if (!looksLikeSelection(trimmed)) {
    throw new UsageError(
      `'${word}' is not a standard number`,
      "expected a number (12), a range (5-7) or a list (5,7)",
    );
  }
  const parts = trimmed.split(",").map((part) => part.trim());
  const numbers: number[] = [];
  for (const part of parts) {
    const [fromText, toText] = part.split(/\s*[-–]\s*/);
    const from = Number(fromText);
    const to = toText === undefined ? from : Number(toText);
    if (from < 1 || to < 1) throw new UsageError(`'${word}': standards are numbered from 1`);
    if (to < from) throw new UsageError(`'${part}' runs backwards`, `write it as ${to}-${from}`);
    if (to - from >= MAX_RANGE) throw new UsageError(`'${part}' is too wide a range`, `no code has more than ${MAX_RANGE} standards in a section`);
    for (let n = from; n <= to; n++) if (!numbers.includes(n)) numbers.push(n);
  }
  if (parts.length === 1 && !parts[0]!.match(/[-–]/)) return { form: "one", numbers: [numbers[0]!] };
  if (parts.length === 1) return { form: "range", numbers, from: numbers[0]!, to: numbers[numbers.length - 1]! };
  return { form: "list", numbers };
}

/** Turn the words after `ethics show` into a reference; names are resolved later. */
export function parseReference(words: readonly string[]): Reference {
  const cleaned = words.map((word) => word.trim()).filter((word) => word !== "");
  if (cleaned.length === 0) {
    throw new UsageError("missing code", "expected e.g. `ethics show medi-cal integrity 12`; `ethics list` shows the codes");
  }
  if (cleaned.length === 1 && cleaned[0]!.includes(":")) {
    const [code, section, selection, ...rest] = cleaned[0]!.split(":");
    if (rest.length > 0) throw new UsageError(`'${cleaned[0]}' has too many parts`, "expected code:section:number, e.g. medi-cal:integrity:12");
    return build(code!, section || undefined, selection || undefined);
  }
  const [code, ...rest] = cleaned;
  const last = rest[rest.length - 1];
  if (last !== undefined && looksLikeSelection(last)) {
    return build(code!, rest.slice(0, -1).join(" ") || undefined, last);
  }
  if (last !== undefined && /^[\d\s,–-]+$/.test(last)) parseSelection(last); // throws the precise message
  return build(code!, rest.join(" ") || undefined, undefined);
}

function build(code: string, section: string | undefined, selection: string | undefined): Reference {
  const reference: Reference = { code };
  if (section !== undefined) reference.section = section;
  if (selection !== undefined) reference.selection = parseSelection(selection);
  return reference;
}
