// Numbers written in words where `show` wants digits: English words ("twelve") and Roman
// numerals ("iv", "XII", as some handouts and outlines number their points). Read only to say
// what to write in digits; a reference still takes digits alone, since "i", "v" and "x" are
// also item letters and words.
const NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(" ");

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

/** The number a word spells ("twelve" 12, "iv" 4, "XII" 12), or undefined for any other word. */
export function spelledNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = NUMBER_WORDS.indexOf(lower);
  return index >= 0 ? index : romanValue(lower);
}
