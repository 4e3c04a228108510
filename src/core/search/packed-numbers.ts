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
const CHAR_CODE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));

/** Lists this long or shorter are built as one string: the others through AsciiWriter. */
const SHORT_LIST = 32;

/**
 * ASCII characters gathered in a reused buffer and made into flat strings a few thousand at a
 * time. A string grown a character at a time is a rope of one object per character: for a long
 * list (a concept's documents over a thousand users' codes, a hundred thousand lengths) that
 * made hundreds of scavenges. A writer borrows the spare buffer and gives it back when it
 * finishes, so a writer made meanwhile (or after one that threw) takes a new one.
 */
class AsciiWriter {
  private static spare: Uint8Array | null = new Uint8Array(4096);
  private readonly buffer: Uint8Array;
  private length = 0;
  private pieces: string[] | null = null;

  constructor() {
    this.buffer = AsciiWriter.spare ?? new Uint8Array(4096);
    AsciiWriter.spare = null;
  }

  /** Where the next `count` characters go, flushing what is there when there is no room. */
  reserve(count: number): number {
    if (this.length + count > this.buffer.length) {
      (this.pieces ??= []).push(this.text());
      this.length = 0;
    }
    const at = this.length;
    this.length += count;
    return at;
  }

  set(at: number, code: number): void {
    this.buffer[at] = code;
  }

  finish(): string {
    const last = this.text();
    AsciiWriter.spare = this.buffer;
    return this.pieces === null ? last : this.pieces.join("") + last;
  }

  private text(): string {
    return asciiText(this.buffer, this.length);
  }
}

/** Made once, on the first long text. */
let latin1: TextDecoder | undefined;

/**
 * The first `length` bytes of `buffer` (ASCII) as a flat string. Long ones through a decoder,
 * several times faster than String.fromCharCode over the bytes as arguments.
 */
function asciiText(buffer: Uint8Array, length: number): string {
  if (length <= 256) return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
  return (latin1 ??= new TextDecoder("latin1")).decode(buffer.subarray(0, length));
}

/** A buffer of at least `size` bytes for a writer that knows how much it writes, reused. */
let scratch = new Uint8Array(4096);
function scratchOf(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.max(size, scratch.length * 2));
  return scratch;
}

function digitCount(value: number, base: number): number {
  let count = 1;
  for (let rest = Math.floor(value / base); rest > 0; rest = Math.floor(rest / base)) count++;
  return count;
}

export function packNumbers(values: Iterable<number>): string {
  if (Array.isArray(values) && values.length <= SHORT_LIST) return packShort(values);
  const writer = new AsciiWriter();
  for (const value of values) writeNumber(writer, value);
  return writer.finish();
}

/**
 * An increasing list packed as the gaps between its numbers (each less one, from -1): most
 * gaps take one character. What packNumbers would make of the gaps, without a list of them.
 */
export function packIncreasing(values: ArrayLike<number>): string {
  // Written straight into one buffer: a concept's documents over a thousand codes run to tens
  // of thousands. Each gap takes at most MAX_DIGITS characters.
  const count = values.length;
  const buffer = scratchOf(count * MAX_DIGITS);
  let length = 0;
  let previous = -1;
  for (let at = 0; at < count; at++) {
    const value = values[at]!;
    if (!(value > previous)) throw new RangeError(`cannot pack ${value} after ${previous}: increasing numbers only`);
    const gap = value - previous - 1;
    previous = value;
    if (gap < BASE && Number.isInteger(gap)) {
      buffer[length++] = CHAR_CODE[BASE + gap]!;
      continue;
    }
    checkWhole(gap);
    length = writeLongGap(buffer, length, gap);
  }
  return asciiText(buffer, length);
}

/**
 * packIncreasing of an Int32Array, in a function of its own: the index puts thousands of such
 * lists together once a process, and a loop that only ever reads one kind of list is optimized
 * at once, where one fed plain arrays as well is optimized and thrown away in turn.
 */
export function packIncreasingInts(values: Int32Array): string {
  const count = values.length;
  const buffer = scratchOf(count * MAX_DIGITS);
  let length = 0;
  let previous = -1;
  for (let at = 0; at < count; at++) {
    const value = values[at]!;
    if (value <= previous) throw new RangeError(`cannot pack ${value} after ${previous}: increasing numbers only`);
    const gap = value - previous - 1;
    previous = value;
    if (gap < BASE) {
      buffer[length++] = CHAR_CODE[BASE + gap]!;
      continue;
    }
    length = writeLongGap(buffer, length, gap);
  }
  return asciiText(buffer, length);
}

/** A whole gap of BASE or more, as its digits, written at `length` in `buffer`: where they end. */
function writeLongGap(buffer: Uint8Array, length: number, gap: number): number {
  const digits = digitCount(gap, BASE);
  let rest = gap;
  for (let place = digits - 1; place >= 0; place--) {
    const digit = rest % BASE;
    buffer[length + place] = CHAR_CODE[place === digits - 1 ? BASE + digit : digit]!;
    rest = Math.floor(rest / BASE);
  }
  return length + digits;
}

/** The most characters packNumbers writes for a safe integer (45^10 > 2^53). */
const MAX_DIGITS = 10;

function writeNumber(writer: AsciiWriter, value: number): void {
  checkWhole(value);
  if (value < BASE) {
    writer.set(writer.reserve(1), CHAR_CODE[BASE + value]!);
    return;
  }
  const count = digitCount(value, BASE);
  const at = writer.reserve(count);
  let rest = value;
  for (let place = count - 1; place >= 0; place--) {
    const digit = rest % BASE;
    writer.set(at + place, CHAR_CODE[place === count - 1 ? BASE + digit : digit]!);
    rest = Math.floor(rest / BASE);
  }
}

/** packNumbers for a short list, most numbers one character (a posting list, a part's few shares). */
function packShort(values: readonly number[]): string {
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

/**
 * The numbers of `packed` written into `target` from `at`: where they end, or -1 when `packed`
 * is corrupt (as NumberReader would throw) or they would run past `target`.
 */
export function unpackInto(packed: string, target: Float64Array, at: number): number {
  let value = 0;
  let end = at;
  let open = false;
  for (let index = 0; index < packed.length; index++) {
    const code = packed.charCodeAt(index);
    const digit = code < 128 ? VALUE[code]! : -1;
    if (digit < 0) return -1;
    open = true;
    if (digit >= BASE) {
      if (end >= target.length) return -1;
      target[end++] = value * BASE + digit - BASE;
      value = 0;
      open = false;
    } else value = value * BASE + digit;
  }
  return open ? -1 : end;
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
  if (width === 1 && Array.isArray(values)) return packOneWide(values);
  const base = ALPHABET.length;
  const largest = base ** width - 1;
  const writer = new AsciiWriter();
  for (const value of values) {
    checkWhole(value);
    let rest = Math.min(value, largest);
    const at = writer.reserve(width);
    for (let place = width - 1; place >= 0; place--) {
      writer.set(at + place, CHAR_CODE[rest % base]!);
      rest = Math.floor(rest / base);
    }
  }
  return writer.finish();
}

/** packFixedWidth of a list at width 1 (centrality: a character a document), into one buffer. */
function packOneWide(values: readonly number[]): string {
  const largest = ALPHABET.length - 1;
  const buffer = scratchOf(values.length);
  for (let at = 0; at < values.length; at++) {
    const value = values[at]!;
    checkWhole(value);
    buffer[at] = CHAR_CODE[Math.min(value, largest)]!;
  }
  return asciiText(buffer, values.length);
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
