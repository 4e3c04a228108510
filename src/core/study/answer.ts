// What a quiz taker types: a letter (a, B) or a number (1, 2), any case, perhaps with the
// bracket or full stop the choices are printed with ("b)", "2."), or in brackets as a worksheet
// writes them ("(b)", "[2]"), in full-width forms too (Ａ, ２, as a Chinese, Japanese or Korean
// input method types them), a number in the digits of any script (٢, २), as options take them;
// or the words of a choice as printed ("confidentiality", "medi-cal"), as a student fills a gap.
import { withoutWhatShowsNothing } from "../codes/hidden-characters.js";
import { asciiDigits } from "../codes/ref.js";

export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * The index of the choice an answer names, or null when it names none. What shows nothing in an
 * answer (pasted, or sent by a script that ends lines with NEL: hidden-characters.ts) is read
 * without: "c\u200b" was "'c' is not one of the choices", the character unseen, where names and
 * numbers read without them.
 */
export function parseAnswer(input: string, count: number, choices: readonly string[] = []): number | null {
  const typed = asciiDigits(folded(input)).trim();
  const answer = (/^\((\w+)\)\.?$|^\[(\w+)\]\.?$/.exec(typed)?.slice(1).find(Boolean) ?? typed).replace(/[).]$/, "");
  if (/^[a-z]$/.test(answer)) {
    const index = answer.charCodeAt(0) - 97;
    return index < count ? index : null;
  }
  if (/^\d+$/.test(answer)) {
    const index = Number(answer) - 1;
    return index >= 0 && index < count ? index : null;
  }
  return choiceSaid(typed, choices);
}

/** Text as answers and choices are compared: full-width forms plain, without what shows nothing, lowercase. */
const folded = (text: string): string => withoutWhatShowsNothing(text.normalize("NFKC")).toLowerCase();

/**
 * Folded text's words, one space between, a full stop after them or not, and without the middle
 * dot a citation is printed with ("Medi-Cal · Integrity 5"), which few keyboards type: "medi-cal
 * integrity 5" was not one of the choices.
 */
const wordsOf = (text: string): string =>
  text
    // (matched from where the marks start only: an answer of thousands of "!" and a letter took seconds)
    .replace(/(?<![.!])[.!]+$/, "")
    .split(/\s+/)
    .filter((word) => word !== "" && word !== "·")
    .join(" ");

/**
 * A choice's words, any case and spacing, a full stop after them or not, and without the note in
 * brackets a choice may end with ("encourages" for "encourages (aspires)"); the same words as two
 * choices name neither. `typed` is folded already.
 */
function choiceSaid(typed: string, choices: readonly string[]): number | null {
  const said = wordsOf(typed);
  if (said === "") return null;
  const matching = choices.flatMap((choice, index) => {
    const whole = wordsOf(folded(choice));
    return whole === said || whole.replace(/\s*\([^()]*\)$/, "") === said ? [index] : [];
  });
  return matching.length === 1 ? matching[0]! : null;
}
