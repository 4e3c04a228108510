// Options the study commands share, parsed where commander reads them so that a bad value is a
// usage error (exit 2) with the values that would do. Light on purpose: show and search parse
// --strength at start-up, and the classifier itself is loaded only when a standard is read.
import { Option } from "commander";
import { WORDING_STRENGTHS, type Strength } from "../model.js";
import { normalizeWord } from "../core/codes/ref.js";
import { countSaidAt } from "../core/count-said.js";
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
 * A parser of a count (--count, --limit) from `min` on, in digits or in words (count-said.ts),
 * as show reads a number (`show twelve five`): `quiz --count five` was refused. Words that say
 * no number whole ("five more", "zero") are refused as wholeNumber refuses them. Not a seed's: a
 * seed is a name for a quiz, printed back in digits. `typed`: the words after the script.
 */
export function countParser(option: string, min: number, typed: () => readonly string[] = () => process.argv.slice(2)): (value: string) => number {
  const inDigits = wholeNumber(option, min);
  return (value) => {
    const words = value.trim().split(/[\s]+/);
    const said = countSaidAt(words, 0);
    if (said !== undefined && said.count === words.length) return inDigits(String(said.value));
    const goingOn = words.length === 1 ? countGoingOn(typed(), option, value) : undefined;
    return inDigits(goingOn === undefined ? value : String(goingOn));
  };
}

/**
 * The count `value` begins in the words typed after it, where it was typed as an option's value
 * and says none alone: unquoted, the shell gives `--count a hundred and two` the option "a",
 * which this parser is asked about before the words after it are read as part of it
 * (value-of-several-words.ts), and refused it ("not 'a'"); "twenty" of "twenty five" says a
 * number alone, and was let through. Undefined where no count goes on from it.
 */
function countGoingOn(typed: readonly string[], option: string, value: string): number | undefined {
  for (let at = 0; at < typed.length && typed[at] !== "--"; at++) {
    const asValue = typed[at] === `${option}=${value}` || (typed[at] === value && at > 0 && (typed[at - 1] === option || /^-[a-z]+$/i.test(typed[at - 1]!)));
    if (!asValue) continue;
    const said = countSaidAt([value, ...typed.slice(at + 1)], 0);
    if (said !== undefined && said.count > 1) return said.value;
  }
  return undefined;
}

/** `--strength`, for show and search. */
export function strengthOption(): Option {
  return new Option("--strength <strength>", `only standards that bind so: ${WORDING_STRENGTHS.join(", ")}`).argParser(parseStrengthName);
}
