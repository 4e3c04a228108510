// parseSelection's messages quote the numbers as they were written, where that was not in
// digits, and turn a range written backwards round as written.
import { describe, expect, it } from "vitest";
import { parseSelection } from "../../../src/core/codes/ref.js";
import { UsageError } from "../../../src/core/errors.js";

function refusal(word: string, typed?: string): { message: string; hint?: string } {
  try {
    parseSelection(word, typed);
  } catch (error) {
    if (error instanceof UsageError) return { message: error.message, ...(error.hint !== undefined && { hint: error.hint }) };
    throw error;
  }
  throw new Error(`expected '${word}' to be refused`);
}

describe("a selection written otherwise than in digits", () => {
  it.each([
    ["digits alone", "12-5", undefined, { message: "'12-5' runs backwards", hint: "write it as 5-12" }],
    ["words around a hyphen", "12-5", "twelve-five", { message: "'twelve-five' runs backwards", hint: "write it as five-twelve" }],
    ["a range word", "12-5", "twelve to five", { message: "'twelve to five' runs backwards", hint: "write it as five to twelve" }],
    ["a range word, in any case", "12-5", "12 Through 5", { message: "'12 Through 5' runs backwards", hint: "write it as 5 Through 12" }],
    ["more hyphens than one: the digits turned", "25-5", "twenty-five-five", { message: "'twenty-five-five' runs backwards", hint: "write it as 5-25" }],
    ["one part of a list: that part, in digits", "7,12-5", "seven, twelve-five", { message: "'12-5' runs backwards", hint: "write it as 5-12" }],
    ["numbered from 1", "0-5", "zero to five", { message: "'zero to five': standards are numbered from 1" }],
  ])("%s", (_, word, typed, expected) => {
    expect(refusal(word, typed)).toEqual(expected);
  });
});
