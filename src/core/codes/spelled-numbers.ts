// Numbers written in words: English words ("twelve", "twenty-five", "twenty five"), as a number
// is said aloud and dictation writes it, and Roman numerals ("iv", "XII", as some handouts and
// outlines number their points). English words are read as the number where a reference's
// number belongs (spoken-numbers.ts); Roman numerals only to say what to write in digits, since
// "i", "v" and "x" are also item letters and words.
const UNITS = "one two three four five six seven eight nine".split(" ");
const TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

const ROMAN = /^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(numeral: string): number | undefined {
  if (numeral === "" || !ROMAN.test(numeral)) return undefined;
  let total = 0;
  for (let at = 0; at < numeral.length; at++) {
    const value = ROMAN_VALUES[numeral[at]!]!;
    const next = ROMAN_VALUES[numeral[at + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const unitValue = (word: string) => (UNITS.includes(word) ? UNITS.indexOf(word) + 1 : undefined);
const tensValue = (word: string) => (TENS.includes(word) ? (TENS.indexOf(word) + 2) * 10 : undefined);

/** The number one English word says, one to ninety-nine ("twelve", "Twenty-Five"); undefined for any other. */
export function englishNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const [tens, unit, ...more] = lower.split("-");
  if (unit !== undefined) return more.length === 0 && tensValue(tens!) !== undefined && unitValue(unit) !== undefined ? tensValue(tens!)! + unitValue(unit)! : undefined;
  return unitValue(lower) ?? (TEENS.includes(lower) ? TEENS.indexOf(lower) + 10 : tensValue(lower));
}

/** The number below a hundred English words say from `at` on ("twelve", "twenty five"), and how many words it takes. */
function belowHundredAt(words: readonly string[], at: number): { value: number; count: number } | undefined {
  const value = englishNumber(words[at] ?? "");
  if (value === undefined) return undefined;
  const unit = tensValue(words[at]!.toLowerCase()) === undefined ? undefined : unitValue((words[at + 1] ?? "").toLowerCase());
  return unit === undefined ? { value, count: 1 } : { value: value + unit, count: 2 };
}

/**
 * The number English words say from `at` on, and how many words it takes: "twelve" one,
 * "twenty five" two (as dictation writes "twenty-five"), "a hundred and two" four, "one
 * hundred twenty-five" three; undefined where none starts there. A hundred is said with "a"
 * or a unit before it, as it is spoken: "a" alone is an item's letter.
 */
export function englishNumberAt(words: readonly string[], at: number): { value: number; count: number } | undefined {
  const word = (place: number) => (words[place] ?? "").toLowerCase();
  const hundreds = word(at + 1) !== "hundred" ? undefined : word(at) === "a" ? 1 : unitValue(word(at));
  if (hundreds === undefined) return belowHundredAt(words, at);
  // "a hundred and two", "a hundred two": what is said after the hundred is added to it.
  const joined = word(at + 2) === "and" ? 1 : 0;
  const rest = belowHundredAt(words, at + 2 + joined);
  return rest === undefined ? { value: hundreds * 100, count: 2 } : { value: hundreds * 100 + rest.value, count: 2 + joined + rest.count };
}

/** `value` (1 to 999) in English words, as a hint gives back a number typed so: 12 "twelve", 102 "one hundred two". */
export function numberInEnglish(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const belowHundred = rest < 10 ? UNITS[rest - 1] : rest < 20 ? TEENS[rest - 10] : [TENS[Math.floor(rest / 10) - 2], UNITS[(rest % 10) - 1]].filter(Boolean).join("-");
  return [hundreds > 0 ? `${UNITS[hundreds - 1]} hundred` : undefined, rest > 0 ? belowHundred : undefined].filter(Boolean).join(" ");
}

/** Whether a text says a number in English words ("north carolina seven", "twelve."). */
export function saysEnglishNumber(text: string): boolean {
  return text.split(/\s+/).some((word) => englishNumber(word.replace(/(?<![.,?!])[.,?!]+$/, "")) !== undefined);
}

/** The number a word spells ("twelve" 12, "zero" 0, "iv" 4, "XII" 12), or undefined for any other word. */
export function spelledNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  return lower === "zero" ? 0 : (englishNumber(lower) ?? romanValue(lower));
}

/** One number in one word, in digits or English ("12", "twelve", "twenty-five"). */
const oneNumberWord = (word: string) => /^\d+$/.test(word) || englishNumber(word) !== undefined;

/**
 * The numbers a text says, each as the words it was said in, in order, other words left out:
 * "twelve-fifty" ["twelve", "fifty"], "twenty five to 50" ["twenty five", "50"], "twelve-"
 * ["twelve"]. For a message to name numbers as they were typed, not as the digits read.
 */
export function numbersAsWritten(text: string): string[] {
  const pieces = text
    .split(/[\s,]+/)
    .map((piece) => piece.replace(/[.?!]+$/, ""))
    .filter((piece) => piece !== "");
  const written: string[] = [];
  for (let at = 0; at < pieces.length; ) {
    const said = englishNumberAt(pieces, at);
    if (said !== undefined) {
      written.push(pieces.slice(at, at + said.count).join(" "));
      at += said.count;
      continue;
    }
    written.push(...numbersJoinedIn(pieces[at]!));
    at++;
  }
  return written;
}

/** The numbers one word says, joined by a hyphen as a range's ends ("twelve-fifty", "5-twelve", "twelve-"); none for any other word. */
function numbersJoinedIn(word: string): string[] {
  if (/^\d+$/.test(word)) return [word];
  const parts = word.split("-");
  if (parts.length > 1 && parts.at(-1) === "" && oneNumberWord(parts.slice(0, -1).join("-"))) return [parts.slice(0, -1).join("-")];
  for (let at = 1; at < parts.length; at++) {
    const [from, to] = [parts.slice(0, at).join("-"), parts.slice(at).join("-")];
    if (oneNumberWord(from) && oneNumberWord(to)) return [from, to];
  }
  return [];
}
