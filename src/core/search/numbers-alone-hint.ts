// `search 12 5`: numbers alone, a standard's most likely, with no code named to look them up in.
// The hint was the form of the command, `ethics show <code> <section> 12`, which cannot be run
// as printed, and said nothing of the 5. It is now a command that runs, built from the codes
// loaded (or those named or searched): a section, or a code of one list, that has those
// standards, and what it shows ("Medi-Cal Integrity 12 and 5": each number is a standard's).
import type { Code } from "../../model.js";
import { ethicsFor } from "../command-start.js";
import { anyStandard, numberIn, placeHolding, type LibraryAtHand } from "../codes/target/example-standard.js";
import { inSection } from "../codes/target/numbers.js";
import { joined, joinedTyped } from "../word-list.js";

/** Digits of a standard's number at most; a longer one (a pasted run of digits) is not quoted back. */
const MOST_DIGITS = 6;

/**
 * The hint of a search of `numbers` (their digits, as typed) alone: an example of `show` with
 * them, in a section of `among` (every code where none is named or searched) that has them, and
 * what it shows; the numbers no standard there has, said so. Undefined where the library holds
 * no standard.
 */
export function numbersAloneHint(library: LibraryAtHand, numbers: readonly string[], among: readonly Code[]): string | undefined {
  const codes = among.length > 0 ? among : library.codes;
  const typed = [...new Set(numbers.map((digits) => digits.replace(/^0+(?=\d)/, "")))];
  const holds = (value: number) => codes.some((code) => code.sections.some((section) => section.standards.some((standard) => standard.number === value)));
  const held = typed.filter((digits) => digits.length <= MOST_DIGITS && holds(Number(digits))).map(Number);
  const missing = typed.filter((digits) => digits.length <= MOST_DIGITS && !held.includes(Number(digits)));
  const noneNumbered = lackedSaid(among, missing, typed.some((digits) => digits.length > MOST_DIGITS));
  if (held.length === 0) {
    if (among.length === 1) return `${noneNumbered}: \`${ethicsFor(among[0]!)} show ${among[0]!.id}\` prints them all`;
    // One of the codes named or searched, where they are; else the usual example.
    const first = among.flatMap((code) => code.sections.filter((section) => section.standards.length > 0).map((section) => ({ code, section })))[0];
    const example = first === undefined ? anyStandard(library) : { command: inSection(first.code, first.section).command, number: numberIn(first) };
    return example === undefined ? undefined : `${noneNumbered}; a standard is shown by its number so: ${example.command(String(example.number))}`;
  }
  // Where no one section has them all (`12 21`), the first of them alone.
  const whole = placeHolding(library, held, codes);
  const place = whole ?? placeHolding(library, held.slice(0, 1), codes)!;
  const shown = whole === undefined ? held.slice(0, 1) : held;
  const numbered = inSection(place.code, place.section);
  const what = shown.length === 1 ? "a standard by its number" : "standards by their numbers";
  // The one code named, of one list, holding them: the command is the only one, no example.
  const only = among.length === 1 && place.code.sections.length === 1 && whole !== undefined;
  const naming = `, name ${shown.length === 1 ? "its" : "their"} code${place.code.sections.length === 1 ? "" : " and section"}`;
  const command = numbered.command(shown.join(" "));
  const example = only ? `to show ${what}: ${command}` : `to show ${what}${naming}: e.g. ${command} shows ${numbered.where} ${joined(shown.map(String), "and")}`;
  return noneNumbered === "" ? example : `${example}; ${noneNumbered}`;
}

/**
 * The numbers none of `among` (or no code, where none is named) has, said so: as `show` says a
 * number one code lacks ("Carolina Two has no 5"); a number longer than any standard's is not
 * quoted. Empty where every number is held.
 */
function lackedSaid(among: readonly Code[], missing: readonly string[], tooLong: boolean): string {
  if (missing.length === 0 && !tooLong) return "";
  if (among.length === 1) return `${among[0]!.shortName} has ${missing.length > 0 ? `no ${joinedTyped(missing, "or")}` : "no number so long"}`;
  const whose = among.length > 0 ? ` of ${joinedTyped(among.map((code) => code.shortName), "or")}` : "";
  return missing.length > 0 ? `no standard${whose} is numbered ${joinedTyped(missing, "or")}` : `no standard${whose} has so long a number`;
}
