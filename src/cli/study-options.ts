// Options the study commands share, parsed where commander reads them so that a bad value is a
// usage error (exit 2) with the values that would do. Light on purpose: show and search parse
// --strength at start-up, and the classifier itself is loaded only when a standard is read.
import { Option } from "commander";
import { STRENGTH_ORDER, type Strength } from "../model.js";
import { UsageError } from "../core/errors.js";
import { didYouMean } from "../core/suggest.js";

export function parseStrengthName(value: string): Strength {
  const wanted = value.trim().toLowerCase();
  const found = STRENGTH_ORDER.find((name) => name === wanted);
  if (found) return found;
  const suggestion = didYouMean(wanted, STRENGTH_ORDER);
  throw new UsageError(
    `--strength takes one of ${STRENGTH_ORDER.join(", ")}, not '${value}'${suggestion ? ` — ${suggestion}` : ""}`,
    "prohibits: shall not, never · requires: will, must · defers: to agency policy · aspires: strive · describes",
  );
}

export function wholeNumber(option: string, min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const number = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
      throw new UsageError(`${option} takes a whole number ${max < Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : `≥ ${min}`}, not '${value}'`);
    }
    return number;
  };
}

/** `--strength`, for show and search. */
export function strengthOption(): Option {
  return new Option("--strength <strength>", `only standards that bind so: ${STRENGTH_ORDER.join(", ")}`).argParser(parseStrengthName);
}
