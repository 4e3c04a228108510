// The messages where the number of a reference is wrong: a word that is no standard's
// number, a number whose section is not said, a number in words with no code before it.
import type { Code, Item, Library, Section } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError, UsageError, UsageErrorWithExample } from "../../errors.js";
import { runsBackwards, rangesForward } from "../backwards-ranges.js";
import { LIST_WORDS, type NumberSelection, RANGE_WORDS, type Reference, reversedAsTyped } from "../ref.js";
import { foldItemLabel } from "../slug.js";
import { englishNumber, englishNumberAt, numberInEnglish, spelledNumber } from "../spelled-numbers.js";
import { MARKS_AFTER_NUMBER, selectionSaid } from "../spoken-numbers.js";
import { anyStandard, sectionHolding } from "./example-standard.js";
import { type Numbered, describeNumbers } from "./numbers.js";

/** Hints are one line of an 80-column terminal, after "hint: ". */
const HINT_WIDTH = 74;

/**
 * "'twelve' is not a standard number; Medi-Cal Integrity has 1–14", with a reference that exists:
 * the number the words say ("twelve", "xii", or the digits in "12.0", "12a" and "(12)") where
 * there is one. Only a Roman numeral that says a number that exists is told to write it in
 * digits (English words are read as the number); any other word ("foo") gets an example.
 */
export function notANumber(typed: string, numbered: Numbered<{ number: number; items?: readonly Item[] }>): UsageError {
  const words = wrongWordOf(typed);
  const available = numbered.things.map((thing) => thing.number);
  const item = itemWrittenWithDot(words, numbered.things);
  if (item !== undefined) {
    // Quoted: a shell reads the parentheses.
    return new UsageError(
      `'${words}' is not a standard number; ${numbered.where} has ${describeNumbers(available)}`,
      `item ${item.label} of ${numbered.where} ${item.number} is written ${item.number}(${item.label}): ${numbered.command(item.number).replace(/ \d+`$/, ` '${item.number}(${item.label})'\``)}`,
    );
  }
  // The digits inside marks too: "(12)", "[12]", "¶12" meant 12, not the first standard; and
  // so the words: "(twelve)".
  const digits = /\d{1,9}/.exec(words)?.[0];
  const bare = withoutMarksAround(words);
  const meant = digits === undefined ? spelledNumber(bare) : Number(digits);
  const found = meant !== undefined && available.includes(meant);
  const example = found ? meant : available[0];
  // English words are read where a number belongs ("integrity twelve"): only a Roman numeral,
  // read nowhere as a number, is told to be written in digits.
  const lead = found && digits === undefined && englishNumber(bare) === undefined ? "in digits:" : "e.g.";
  const message = `'${words}' is not a standard number; ${numbered.where} has ${describeNumbers(available)}`;
  if (example === undefined) return new UsageError(message);
  const hint = `${lead} ${numbered.command(example)}`;
  return lead === "e.g." ? new UsageErrorWithExample(message, hint) : new UsageError(message, hint);
}

/** A word less the marks before and after it: "(twelve)" is "twelve". */
const withoutMarksAround = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, "");

/**
 * Of several words where the number belongs, the one that is wrong: the first, where it says no
 * number and no word holds digits. `medi-cal integrity xyz alaska` said "'xyz alaska' is not a
 * standard number", as though the code's name after the slip were part of it. Where a word holds
 * digits (`foo 12`) or the first says a number (`twenty xyz`), the words whole: what they meant
 * is read from them all.
 */
function wrongWordOf(words: string): string {
  const parts = words.split(" ");
  if (parts.length < 2 || /\d/.test(words)) return words;
  const first = withoutMarksAround(parts[0]!);
  return first !== "" && spelledNumber(first) === undefined && englishNumberAt(parts, 0) === undefined ? parts[0]! : words;
}

/**
 * `1.3` where standard 1 has an item labelled 3, as outlines number an item: the standard and the
 * label. Not read as the item itself: `12.0` and `1.3` are as often a mistyped or a decimal number.
 */
function itemWrittenWithDot(words: string, things: readonly { number: number; items?: readonly Item[] }[]): { number: number; label: string } | undefined {
  const parts = /^(\d+)\.(\d+)$/.exec(words);
  if (parts === null) return undefined;
  const number = Number(parts[1]);
  const label = parts[2]!;
  const standard = things.find((thing) => thing.number === number);
  return standard?.items?.some((item) => foldItemLabel(item.label) === label) ? { number, label } : undefined;
}

/**
 * `medi-cal 12`: which sections have a 12, so that the hint names references that exist. Where
 * none has it (`alaska 99`), asking which section was meant asks for what no answer gives: said
 * plainly that there is none, with the highest number there is.
 */
export function sayWhichSection(code: Code, selection: NumberSelection): EthicsError {
  const first = selection.spans[0]!.from;
  const having = code.sections.filter((section) => section.standards.some((standard) => standard.number === first.value));
  if (having.length === 0) return noSectionHas(code, first.text);
  let hint = `e.g. \`${ethicsFor(code)} show ${code.id} ${having[0]!.id} ${first.text}\``;
  // then as many of the others as fit on the line
  const others: string[] = [];
  let left = false;
  for (const section of having.slice(1)) {
    const other = `${section.id} ${first.text}`;
    if (`${hint}; also ${[...others, other].join(", ")}, …`.length <= HINT_WIDTH) others.push(other);
    else left = true;
  }
  if (others.length > 0) hint += `; also ${others.join(", ")}${left ? ", …" : ""}`;
  return new UsageError(`${code.id} has ${code.sections.length} sections; say which one`, hint);
}

/** No section of `code` has a standard `number` (as typed): its highest, and where to see them all. */
function noSectionHas(code: Code, number: string): EthicsError {
  let highest: { section: Section; number: number } | undefined;
  for (const section of code.sections) {
    for (const standard of section.standards) {
      if (highest === undefined || standard.number > highest.number) highest = { section, number: standard.number };
    }
  }
  const list = `\`${ethicsFor(code)} list ${code.id}\``;
  return new EthicsError(
    `no section of ${code.id} has a standard ${number}`,
    highest === undefined ? `see ${list}` : `the highest is ${highest.section.id} ${highest.number}: see ${list}`,
  );
}

/** Whether `words` say one number in English, all of them ("twenty five", "a hundred and two."). */
export function saysOneNumber(words: readonly string[]): boolean {
  const bare = words.map((word) => word.normalize("NFKC").replace(MARKS_AFTER_NUMBER, ""));
  return englishNumberAt(bare, 0)?.count === words.length;
}

/** A word that joins numbers said: a list's ("and", "&"), or a range's ("to", "through"). */
function joinerOf(word: string): "," | "-" | undefined {
  const lower = word.toLowerCase();
  return LIST_WORDS.has(lower) ? "," : RANGE_WORDS.has(lower) ? "-" : undefined;
}

/**
 * The numbers a reference's words say, all of them and nothing else, where they are more than
 * one: "twelve five", "twelve 5", "twelve, five", "twelve and five" ("12,5"), "twelve to
 * fourteen" and "twelve-fourteen" ("12-14"), as digits write them, or a range's start alone
 * ("twelve-": "12-"), and each number; undefined for any other words.
 */
export function numbersSaid(text: string): { selection: string; values: number[] } | undefined {
  const typed = text.normalize("NFKC").split(" ").filter((word) => word !== "");
  const bare = typed.map((word) => word.replace(MARKS_AFTER_NUMBER, ""));
  let selection = "";
  const values: number[] = [];
  // What joins the next number to the one before: a space or "and" a list, "to" a range.
  let joiner: "," | "-" = ",";
  let afterNumber = false;
  for (let at = 0; at < typed.length; ) {
    const joins = joinerOf(bare[at]!);
    if (joins !== undefined && afterNumber) {
      [joiner, afterNumber] = [joins, false];
      at++;
      continue;
    }
    // A mark after a word ends the number said there ("twenty, five" is two numbers).
    const ended = typed.findIndex((word, place) => place >= at && MARKS_AFTER_NUMBER.test(word));
    const said = /^\d+$/.test(bare[at]!) ? { value: Number(bare[at]), count: 1 } : englishNumberAt(bare.slice(at, ended < 0 ? undefined : ended + 1), 0);
    // "twelve-five", "five-seven,twelve": numbers joined in one word, as digits join them.
    const joined = said === undefined ? selectionSaid(bare[at]!) : undefined;
    if (said === undefined && joined === undefined) return undefined;
    selection += `${values.length === 0 ? "" : joiner}${said?.value ?? joined}`;
    values.push(...(said === undefined ? joined!.match(/\d+/g)!.map(Number) : [said.value]));
    [joiner, afterNumber] = [",", true];
    at += said?.count ?? 1;
  }
  // One word may be a range or a list alone ("five-twelve", "twelve-").
  return (values.length > 1 || /[-,]/.test(selection)) && afterNumber ? { selection, values } : undefined;
}

/**
 * "'twelve' is a number (12) with no code before it": a number in words where a code's name
 * belongs. English words are read after a code ("medi-cal integrity twelve"), so the example
 * keeps them, in a section that has the number, else a standard that exists with its number
 * in words; a Roman numeral is read nowhere as a number, so it is told to be written in digits.
 * Several numbers said ("twelve five", "twelve 5") are named all, as `12 5` names 12,5.
 */
export function numberAloneError(library: Library, reference: Reference): UsageError | undefined {
  const several = numbersSaid(reference.text);
  if (several !== undefined) {
    const said = reference.text.replace(/(?<!,),+$/, "");
    const backwards = runsBackwards(several.selection);
    const message = /^\d+-\d*$/.test(several.selection)
      ? `'${said}' is a ${backwards ? "backwards " : ""}range (${several.selection}) with no code before it`
      : `'${said}' are numbers (${several.selection}) with no code before them`;
    const holder = sectionHolding(library, several.values);
    // The example runs as printed: a range said backwards is given the other way round.
    const example = backwards ? (reversedAsTyped(said) ?? rangesForward(several.selection)) : said;
    if (holder !== undefined) return new UsageError(message, `expected e.g. ${holder(example.toLowerCase())}`);
    const any = anyStandard(library);
    return new UsageError(message, any === undefined ? undefined : `expected e.g. ${any.command(numberInEnglish(any.number))}`);
  }
  const typed = reference.text.normalize("NFKC").split(" ").map((word) => word.replace(MARKS_AFTER_NUMBER, ""));
  const english = englishNumberAt(typed, 0);
  const value = english?.value ?? spelledNumber(typed[0]!);
  if (value === undefined || value <= 0) return undefined;
  const said = english === undefined ? typed[0]! : typed.slice(0, english.count).join(" ");
  const message = `'${reference.words.slice(0, english?.count ?? 1).join(" ")}' is a number (${value}) with no code before it`;
  const holder = sectionHolding(library, [value]);
  if (holder !== undefined) return new UsageError(message, `expected e.g. ${holder(english === undefined ? String(value) : said.toLowerCase())}${english === undefined ? ", the number in digits" : ""}`);
  const any = anyStandard(library);
  if (any === undefined) return new UsageError(message);
  return new UsageError(message, `expected e.g. ${any.command(english === undefined ? String(any.number) : numberInEnglish(any.number))}`);
}
