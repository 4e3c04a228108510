// Numbers said in English words are read as digits where a reference's number belongs; words
// that sound like one ("for", "to", "won") only last, after a name's word.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import type { Token } from "../../../src/core/codes/ref.js";
import { englishNumber, englishNumberAt, numberInEnglish, numbersAsWritten, saysEnglishNumber, spelledNumber } from "../../../src/core/codes/spelled-numbers.js";
import { queryWithNumbersInDigits, selectionSaid, withNumbersInDigits } from "../../../src/core/codes/spoken-numbers.js";
import { numbersSaid } from "../../../src/core/codes/target/number-errors.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library } from "../../../src/model.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

const tokens = (words: string[]): Token[] => words.map((text) => ({ text, opens: false }));
const texts = (read: readonly Token[]) => read.map((token) => token.text);

describe("numbers in English words", () => {
  it.each<[string, number | undefined]>([
    ["one", 1],
    ["Twelve", 12],
    ["nineteen", 19],
    ["twenty", 20],
    ["twenty-five", 25],
    ["Ninety-Nine", 99],
    ["zero", undefined],
    ["hundred", undefined],
    ["twenty-twenty", undefined],
    ["five-twenty", undefined],
    ["iv", undefined],
    ["for", undefined],
  ])("englishNumber(%j) is %s", (word, expected) => {
    expect(englishNumber(word)).toBe(expected);
  });

  it.each<[string[], { value: number; count: number } | undefined]>([
    [["twenty", "five"], { value: 25, count: 2 }],
    [["twenty", "conduct"], { value: 20, count: 1 }],
    [["twelve", "five"], { value: 12, count: 1 }],
    [["a", "hundred", "and", "two"], { value: 102, count: 4 }],
    [["one", "hundred", "twenty-five"], { value: 125, count: 3 }],
    [["One", "Hundred", "and", "twenty", "five"], { value: 125, count: 5 }],
    [["a", "hundred"], { value: 100, count: 2 }],
    [["a", "hundred", "and", "conduct"], { value: 100, count: 2 }],
    // "a" alone is an item's letter, and "hundred" is said with one before it
    [["a"], undefined],
    [["hundred"], undefined],
    [["conduct"], undefined],
  ])("englishNumberAt(%j, 0) is %j", (words, expected) => {
    expect(englishNumberAt(words, 0)).toEqual(expected);
  });

  it.each<[number, string]>([
    [12, "twelve"],
    [20, "twenty"],
    [25, "twenty-five"],
    [100, "one hundred"],
    [102, "one hundred two"],
  ])("numberInEnglish(%i) is %j", (value, words) => {
    expect(numberInEnglish(value)).toBe(words);
    expect(englishNumberAt(words.split(" "), 0)?.value).toBe(value);
  });

  it("spelledNumber still reads zero and Roman numerals, for what to write in digits", () => {
    expect([spelledNumber("zero"), spelledNumber("XII"), spelledNumber("thirty-one")]).toEqual([0, 12, 31]);
  });

  it.each([
    ["north carolina seven", true],
    ["integrity twelve.", true],
    ["gifts from clients", false],
  ])("saysEnglishNumber(%j) is %s", (text, expected) => {
    expect(saysEnglishNumber(text)).toBe(expected);
  });
});

describe("numbers said joined as digits join them", () => {
  it.each<[string, string | undefined]>([
    ["five-twelve", "5-12"],
    ["twelve-5", "12-5"],
    ["5-twelve", "5-12"],
    ["twelve,five", "12,5"],
    ["five-seven,twelve", "5-7,12"],
    ["twenty-five-thirty", "25-30"],
    ["twelve-", "12-"],
    // one number, or no number at all
    ["twenty-five", undefined],
    ["twelve", undefined],
    ["5-12", undefined],
    ["medi-cal", undefined],
    ["one-on-one", undefined],
  ])("selectionSaid(%j) is %j", (word, expected) => {
    expect(selectionSaid(word)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ["twelve five", "12,5"],
    ["twelve 5", "12,5"],
    ["twelve, five", "12,5"],
    ["twelve and five", "12,5"],
    ["twelve to fourteen", "12-14"],
    // joined in one word, as digits are: a range alone is numbers said too
    ["twelve-fourteen", "12-14"],
    ["twelve-five", "12-5"],
    ["twelve-", "12-"],
    ["five-seven,twelve", "5-7,12"],
    ["twelve-fourteen and 3", "12-14,3"],
    ["twenty five twelve", "25,12"],
    ["a hundred and two five", "102,5"],
    // one number, or words that are not all numbers
    ["twenty five", undefined],
    ["twelve", undefined],
    ["twelve wi", undefined],
    ["twelve and", undefined],
    ["one-on-one", undefined],
  ])("numbersSaid(%j) is %j", (text, expected) => {
    expect(numbersSaid(text)?.selection).toBe(expected);
  });

  it.each<[string, number[]]>([
    ["twelve-fourteen", [12, 14]],
    ["twelve-", [12]],
    ["five-seven,twelve", [5, 7, 12]],
  ])("numbersSaid(%j) says the numbers %j", (text, values) => {
    expect(numbersSaid(text)?.values).toEqual(values);
  });

  it.each<[string, string[]]>([
    ["twelve-fifty", ["twelve", "fifty"]],
    ["twenty-five-fifty", ["twenty-five", "fifty"]],
    ["twelve to fifty", ["twelve", "fifty"]],
    ["twenty five to 50", ["twenty five", "50"]],
    ["a hundred and two", ["a hundred and two"]],
    ["5-twelve, 7", ["5", "twelve", "7"]],
    ["twelve-", ["twelve"]],
    ["twelve and conduct", ["twelve"]],
  ])("numbersAsWritten(%j) is %j", (text, written) => {
    expect(numbersAsWritten(text)).toEqual(written);
  });
});

describe("withNumbersInDigits", () => {
  it.each<[string[], string[]]>([
    [["medi", "cal", "integrity", "twelve"], ["medi", "cal", "integrity", "12"]],
    [["integrity", "twenty", "five"], ["integrity", "25"]],
    [["integrity", "twenty-five."], ["integrity", "25."]],
    [["integrity", "twelve?"], ["integrity", "12?"]],
    [["conduct", "number", "four"], ["conduct", "number", "4"]],
    [["wi", "one", "and", "three"], ["wi", "1", "and", "3"]],
    [["wi", "five", "to", "seven"], ["wi", "5", "to", "7"]],
    // a mark after the first word ends the number there
    [["wi", "twenty,", "five"], ["wi", "20,", "5"]],
    // first, a number names no code: left for the grammar to say so
    [["twelve"], ["twelve"]],
    [["wi", "12", ";", "twelve"], ["wi", "12", ";", "twelve"]],
    // nor a word of it, after the others: "twenty five" was "twenty" then 5
    [["twenty", "five"], ["twenty", "five"]],
    [["a", "hundred", "and", "two"], ["a", "hundred", "and", "two"]],
    [["integrity", "a", "hundred", "and", "two"], ["integrity", "102"]],
    [["integrity", "one", "hundred", "twenty-five."], ["integrity", "125."]],
    // nor the numbers after it: "twelve five" was "twelve" then 5, named 12 alone
    [["twelve", "five"], ["twelve", "five"]],
    [["twelve", "and", "five"], ["twelve", "and", "five"]],
    [["twelve,", "five", "wi", "two"], ["twelve,", "five", "wi", "2"]],
    // numbers joined by a hyphen or a comma, as digits are
    [["integrity", "five-twelve"], ["integrity", "5-12"]],
    [["integrity", "twelve-five"], ["integrity", "12-5"]],
    [["integrity", "twelve,five."], ["integrity", "12,5."]],
    [["integrity", "twelve-"], ["integrity", "12-"]],
    // sounding like a number: only last, after a name's word
    [["alaska", "conduct", "for"], ["alaska", "conduct", "4"]],
    [["alaska", "conduct", "for."], ["alaska", "conduct", "4."]],
    [["wi", "to"], ["wi", "2"]],
    [["wi", "won", ";", "nc", "2"], ["wi", "1", ";", "nc", "2"]],
    [["alaska", "conduct", "for", "wi", "2"], ["alaska", "conduct", "for", "wi", "2"]],
    [["wi", "4", "to"], ["wi", "4", "to"]],
    [["show", "me", "to"], ["show", "me", "to"]],
  ])("%j → %j", (words, expected) => {
    expect(texts(withNumbersInDigits(tokens(words)))).toEqual(expected);
  });

  it.each([
    ["north carolina seven", "north carolina 7"],
    ["medi-cal integrity twenty five", "medi-cal integrity 25"],
    // in a query, words that sound like a number are words
    ["gifts for", "gifts for"],
    ["seven", "seven"],
  ])("queryWithNumbersInDigits(%j) is %j", (query, expected) => {
    expect(queryWithNumbersInDigits(query)).toBe(expected);
  });
});

describe("show with numbers said in words", () => {
  it.each<[string[], string[]]>([
    [["medi", "cal", "integrity", "twelve"], ["Medi-Cal · Integrity 12"]],
    [["alaska", "conduct", "number", "four"], ["Alaska · Conduct 4"]],
    [["alaska", "conduct", "no.", "four"], ["Alaska · Conduct 4"]],
    [["medi-cal", "integrity", "twelve", "period"], ["Medi-Cal · Integrity 12"]],
    [["wisconsin", "twelve."], ["Wisconsin 12"]],
    [["wisconsin", "eight"], ["Wisconsin 8"]],
    [["north", "carolina", "fifteen"], ["North Carolina 15"]],
    [["alaska", "values", "two"], ["Alaska · Values 2"]],
    [["alaska", "conduct", "for"], ["Alaska · Conduct 4"]],
    [["wisconsin", "one", "and", "three"], ["Wisconsin 1 | Wisconsin 3"]],
  ])("%j → %j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each([
    [["medi-cal", "integrity", "twenty", "five"], "Medi-Cal Integrity has no 25"],
    [["medi-cal", "integrity", "twenty-five"], "Medi-Cal Integrity has no 25"],
    [["wisconsin", "twenty"], "Wisconsin has no 20"],
    [["medi-cal", "integrity", "a", "hundred", "and", "two"], "Medi-Cal Integrity has no 102"],
    [["twelve"], "'twelve' is a number (12) with no code before it"],
    [["twenty", "five"], "'twenty five' is a number (25) with no code before it"],
    [["twelve", "five"], "'twelve five' are numbers (12,5) with no code before them"],
    [["twelve", "and", "five"], "'twelve and five' are numbers (12,5) with no code before them"],
    [["five-twelve"], "'five-twelve' is a range (5-12) with no code before it"],
    [["five", "to", "twelve"], "'five to twelve' is a range (5-12) with no code before it"],
    [["twelve-five"], "'twelve-five' is a backwards range (12-5) with no code before it"],
    [["twelve-"], "'twelve-' is a range (12-) with no code before it"],
    [["five-seven,twelve"], "'five-seven,twelve' are numbers (5-7,12) with no code before them"],
    [["north-carolina", "fifty-sixty"], "North Carolina has no fifty-sixty"],
    [["a", "hundred", "and", "two"], "'a hundred and two' is a number (102) with no code before it"],
  ])("%j fails: %s", (argv, message) => {
    expect(resolveFailure(library, argv).message).toBe(message);
  });
});
