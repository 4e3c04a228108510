// --count and --limit read a count in digits or in words; unquoted, the shell gives the option
// the first word alone, and a first word that says no number alone ("a" of "a hundred and two")
// is read with the words typed after it, as "twenty" of "twenty five" already was.
import { describe, expect, it } from "vitest";
import { countParser } from "../../src/cli/study-options.js";

describe("countParser", () => {
  it.each([
    ["12", [], 12],
    ["a dozen", [], 12],
    ["a hundred and two", [], 102],
    ["twenty", ["quiz", "--count", "twenty", "five"], 20],
    ["a", ["quiz", "--count", "a", "hundred", "and", "two"], 102],
    ["a", ["quiz", "--count", "a", "dozen", "--code", "wi"], 12],
    ["a", ["quiz", "-n", "a", "dozen"], 12],
    ["a", ["quiz", "-rn", "a", "dozen"], 12],
    ["a", ["quiz", "--count=a", "dozen"], 12],
    ["half", ["random", "--count", "half", "a", "dozen"], 6],
    // Another option's "a" is not this one's.
    ["a", ["quiz", "--topic", "gifts", "--count", "a", "dozen"], 12],
  ] as const)("'%s' typed in %j is %i", (value, typed, count) => {
    expect(countParser("--count", 1, () => typed)(value)).toBe(count);
  });

  it.each([
    ["a", ["quiz", "--count", "a"]],
    ["a", ["quiz", "--count", "a", "gifts"]],
    ["a", ["quiz", "--count", "a", "few"]],
    // after `--` no word is an option's value
    ["a", ["quiz", "--", "--count", "a", "dozen"]],
    ["lots", ["quiz", "--count", "lots"]],
  ] as const)("'%s' typed in %j is refused", (value, typed) => {
    expect(() => countParser("--count", 1, () => typed)(value)).toThrow(`--count takes a whole number ≥ 1, not '${value}'`);
  });
});
