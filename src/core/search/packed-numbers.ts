// Lists of whole numbers packed into JSON-safe strings, for the search index: JSON.parse reads a
// long string far faster than an array of as many numbers, and the numbers of a list are only
// decoded when a query needs them. Each number is written in base 45, most significant digit
// first; a digit takes its character from one half of the alphabet if more digits follow and
// from the other half if it is the last, so numbers need no separator and most take one character.

// 90 printable ASCII characters without '"' and '\', so JSON never escapes them.
const ALPHABET = Array.from({ length: 126 - 35 + 1 }, (_, i) => String.fromCharCode(35 + i))
  .filter((char) => char !== "\\")
  .join("")
  .slice(0, 90);
const BASE = 45;
/** Character code → digit value; last digits are marked by adding BASE. */
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

function checkWhole(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot pack ${value}: whole numbers ≥ 0 only`);
}

/** The one-character digits: LAST_DIGIT[d] ends a number, MORE_DIGIT[d] has more after it. */
const LAST_DIGIT = Array.from({ length: BASE }, (_, digit) => ALPHABET[BASE + digit]!);
const MORE_DIGIT = Array.from({ length: BASE }, (_, digit) => ALPHABET[digit]!);

export function packNumbers(values: Iterable<number>): string {
  // Built as one string, most numbers one character: a first search over a thousand users'
  // codes packs some millions of numbers, and a list of characters per number cost 3× as much.
  let packed = "";
  for (const value of values) {
    checkWhole(value);
    if (value < BASE) {
      packed += LAST_DIGIT[value]!;
      continue;
    }
    let digits = LAST_DIGIT[value % BASE]!;
    for (let rest = Math.floor(value / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits = MORE_DIGIT[rest % BASE]! + digits;
    packed += digits;
  }
  return packed;
}

/** Reads the numbers of a packed string one at a time, without building an array. */
export class NumberReader {
  private at = 0;
  constructor(private readonly packed: string) {}

  done(): boolean {
    return this.at >= this.packed.length;
  }

  next(): number {
    let value = 0;
    while (this.at < this.packed.length) {
      const digit = VALUE[this.packed.charCodeAt(this.at++)] ?? -1;
      if (digit < 0) throw new Error(`corrupt packed numbers at ${this.at - 1}`);
      if (digit >= BASE) return value * BASE + digit - BASE;
      value = value * BASE + digit;
    }
    throw new Error("corrupt packed numbers: the last number is cut off");
  }
}

export function unpackNumbers(packed: string): number[] {
  const reader = new NumberReader(packed);
  const values: number[] = [];
  while (!reader.done()) values.push(reader.next());
  return values;
}

/**
 * Fixed-width packing for random access: every number takes `width` characters in base 90, so
 * the i-th is read without decoding the ones before it. Numbers above the largest that fits are
 * stored as that largest.
 */
export function packFixedWidth(values: Iterable<number>, width: number): string {
  const base = ALPHABET.length;
  const largest = base ** width - 1;
  // One string, as packNumbers builds it: a thousand users' codes pack a few hundred thousand.
  let packed = "";
  for (const value of values) {
    checkWhole(value);
    let rest = Math.min(value, largest);
    let digits = "";
    for (let place = 0; place < width; place++) {
      digits = ALPHABET[rest % base]! + digits;
      rest = Math.floor(rest / base);
    }
    packed += digits;
  }
  return packed;
}

export function fixedWidthAt(packed: string, position: number, width: number): number {
  let value = 0;
  for (let at = position * width; at < (position + 1) * width; at++) {
    const digit = VALUE[packed.charCodeAt(at)] ?? -1;
    if (digit < 0) throw new Error(`corrupt packed numbers at ${at}`);
    value = value * ALPHABET.length + digit;
  }
  return value;
}
