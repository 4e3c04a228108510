// A standard's number written as a handout prints it or a keyboard gave it, which YAML reads as
// text: `2)`, `(2)`, `#2`; `５` (a fullwidth digit, as a Japanese or Chinese input method types
// it); `3a`, a number and an item's letter. "expected a whole number ≥ 1" gave no fix for any.
// Said with what to write. (`1.` YAML reads as the number 1: written-numbers.ts.)
import { asciiDigits } from "./digit-value.js";

/** The number in `text` written with the marks lists print around it: 2), (2), 2:, #2, §2, No. 2. */
const MARKED = /^(?:#|§|No\.?)?\s*\(?\s*(\p{Nd}+)\s*[).:\]]?$/iu;
/** A number and an item's letter, as citations write it: 3a, 3(a), 3.a, 3 a. */
const WITH_LETTER = /^(\p{Nd}+)\s*[.(]?\s*([a-z])\)?\.?$/iu;

/** What to say of a standard's number written as `input` (text YAML read), or undefined where no fix is known. */
export function numberFormMessage(input: unknown): string | undefined {
  if (typeof input !== "string") return undefined;
  const written = input.trim();
  const marked = MARKED.exec(written);
  if (marked !== null) {
    const number = BigInt(asciiDigits(marked[1]!));
    if (number < 1n) return undefined;
    if (/^[0-9]+$/.test(marked[1]!)) return `expected a number, not '${written}': write ${number}`;
    return `expected a number in the digits 0-9, not '${written}': write ${number} (other scripts' digits are read in references, not in a code file)`;
  }
  const lettered = WITH_LETTER.exec(written);
  if (lettered !== null && /^[0-9]+$/.test(lettered[1]!)) {
    const label = lettered[2]!;
    return `expected a number, not '${written}': a letter after a number labels an item; write ${BigInt(lettered[1]!)}, and the text under items: as - label: ${label}`;
  }
  return undefined;
}
