// Options the study commands share, parsed where commander reads them so that a bad value is a
// usage error (exit 2) with the values that would do. Light on purpose: show and search parse
// --strength at start-up, and the classifier itself is loaded only when a standard is read.
import { Option } from "commander";
import { WORDING_STRENGTHS, type Strength } from "../model.js";
import { normalizeWord } from "../core/codes/ref.js";
import { englishNumberAt } from "../core/codes/spelled-numbers.js";
import { UsageError } from "../core/errors.js";
import { didYouMean } from "../core/suggest.js";
import { strengthMeant } from "../core/study/strength-meant.js";

export function parseStrengthName(value: string): Strength {
  const wanted = value.trim().toLowerCase();
  const found = WORDING_STRENGTHS.find((name) => name === wanted);
  if (found) return found;
  // "forbids", "must", "should": the strength such words mean, before a name a few letters off.
  const meant = strengthMeant(wanted);
  const suggestion = meant !== undefined ? `did you mean ${meant}?` : didYouMean(wanted, WORDING_STRENGTHS);
  throw new UsageError(
    `--strength takes one of ${WORDING_STRENGTHS.join(", ")}, not '${value}'${suggestion ? ` — ${suggestion}` : ""}`,
    "prohibits: shall not, never · requires: will, must · defers: to agency policy · aspires: strive · describes",
  );
}

/**
 * A parser of an option's whole number from `min` to `max`. The range is named where there is a
 * maximum, and where the number is past the largest a count can be (2^53 − 1): "a whole number
 * ≥ 1, not '99999999999999999999'" told someone who had typed one that it was not.
 */
export function wholeNumber(option: string, min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    // Digits of any script, as references take them (`show medi-cal integrity ١٢`): ٤٢ is 42.
    const text = normalizeWord(value.trim());
    const number = Number(text);
    const digits = /^\d+$/.test(text);
    if (!digits || number < min || number > max) {
      const range = max < Number.MAX_SAFE_INTEGER || (digits && number > max) ? `from ${min} to ${max}` : `≥ ${min}`;
      throw new UsageError(`${option} takes a whole number ${range}, not '${value}'`);
    }
    return number;
  };
}

/**
 * A parser of a count (--count, --limit) from `min` on, in digits or in English words, as show
 * reads a number (`show twelve five`): `quiz --count five` was refused. Words that say no
 * number whole ("five more", "zero") are refused as wholeNumber refuses them. Not a seed's: a
 * seed is a name for a quiz, printed back in digits.
 */
export function countParser(option: string, min: number): (value: string) => number {
  const inDigits = wholeNumber(option, min);
  return (value) => {
    const words = value.trim().split(/[\s]+/);
    const said = englishNumberAt(words, 0);
    return inDigits(said !== undefined && said.count === words.length ? String(said.value) : value);
  };
}

/** `--strength`, for show and search. */
export function strengthOption(): Option {
  return new Option("--strength <strength>", `only standards that bind so: ${WORDING_STRENGTHS.join(", ")}`).argParser(parseStrengthName);
}
