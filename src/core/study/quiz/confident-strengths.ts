// The strength of every standard's confident reading, a letter each: what the strength questions
// draw from, kept by the CLI between runs (quiz-of.ts) where reading every code again takes seconds.
import { allStandards, codeSize, type Code, type Standard } from "../../../model.js";
import { remembered } from "../../remembered.js";
import { keyOfWords } from "../cloze.js";
import { confidentReading } from "../strength.js";

const STRENGTH_LETTERS = { prohibits: "p", requires: "r", defers: "d", aspires: "a" } as const;
const NO_READING = "-";
export const STRENGTH_OF_LETTER = new Map(Object.entries(STRENGTH_LETTERS).map(([strength, letter]) => [letter as string, strength]));

/**
 * The strength of each standard's confident reading (confidentReading), a letter a standard
 * (p, r, d, a; - where there is none), code after code: what the strength questions choose from,
 * small enough to keep (a thousand codes: 108,000 letters) where reading it again takes seconds.
 */
export function confidentStrengths(codes: readonly Code[]): string {
  return codes.map((code) => allStandards(code).map(strengthLetter).join("")).join("");
}

/** Letters of standards' words (keyOfWords) already read, at most this many: copies of a source are read once. */
const LETTERS_KEPT = 16_384;
const lettersByWords = new Map<string, string>();

function strengthLetter(standard: Standard): string {
  const key = keyOfWords(standard);
  const read = (): string => {
    // a confident reading reads the text, items and notes only (strength.ts)
    const reading = confidentReading(standard);
    return reading ? STRENGTH_LETTERS[reading.strength] : NO_READING;
  };
  return key === null ? read() : remembered(lettersByWords, LETTERS_KEPT, key, read);
}

/** A code's confidentStrengths, from those of all of `codes` (a library's) one after another. */
export function strengthsByCode(codes: readonly Code[], letters: string): (code: Code) => string {
  const places = new Map<Code, [number, number]>();
  let first = 0;
  for (const code of codes) {
    const count = codeSize(code).standards;
    places.set(code, [first, first + count]);
    first += count;
  }
  return (code) => letters.slice(...places.get(code)!);
}

/** Whether a value can be confidentStrengths of codes of `standards` standards in all. */
export function isConfidentStrengths(value: unknown, standards: number): value is string {
  return typeof value === "string" && value.length === standards && /^[prda-]*$/.test(value);
}
