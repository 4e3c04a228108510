// Parsed references resolved against the library: what `ethics show` prints. Where the words
// do not say where a code's name ends, it is the longest run of first words that names a code.
import type { Code, Item, Library, Section, Standard, ValueStatement } from "../../model.js";
import { EthicsError, isEthicsError, UsageError } from "../errors.js";
import { citedTitle } from "./cited-title.js";
import { ethicsFor } from "../command-start.js";
import { readCitedRuns } from "./printed-citation.js";
import { GLUED_NUMBER, namesSectionOf, opensWithSectionOf } from "./section-after-code.js";
import { SectionElsewhere } from "./section-elsewhere.js";
import { sectionTitledWithNumber } from "./section-titled-with-number.js";
import { isWordBeforeNumber, isWordBeforeNumberMisspelt, withoutWordBeforeNumber } from "./words-before-number.js";
import { englishNumber, englishNumberAt, spelledNumber } from "./spelled-numbers.js";
import { foldItemLabel, VALUES_SECTION } from "./slug.js";
import { withoutHiddenCharacters } from "./hidden-characters.js";
import { joined } from "../word-list.js";
import { withoutLeadingSmallWords } from "./leading-small-words.js";
import { withoutWordsSaidTwice } from "./said-twice.js";
import { withSentencesEnded, withSpokenMarks } from "./spoken-marks.js";
import { MARKS_AFTER_NUMBER, withNumbersInDigits } from "./spoken-numbers.js";
import { shellWord } from "../shell-path.js";
import { CODE_SEPARATOR, isNumberWord, ITEM_LETTERS, NoCodeBefore, numberWithItem, parseSelection, parseTokens, pickNumbers, RANGE_WORDS, readTokens, REFERENCE_SEPARATORS, spanTyped, withCommasSpaced, type NumberSelection, type Reference, type Token, type TypedNumber, writtenNumberAt } from "./ref.js";
import {
  findCode,
  findSection,
  hasNearSection,
  mostCodeNameParts,
  mostSectionNameParts,
  resolveCode,
  resolveSection,
  sectionMeant,
  slugify,
  suggestCode,
  unknownCode,
  wordsOneNameTakes,
  type SectionTarget,
  type Stage,
} from "./resolve.js";

export type Target =
  | { kind: "code"; code: Code }
  | { kind: "section"; code: Code; section: Section }
  | { kind: "standards"; code: Code; section: Section; standards: Standard[]; form: NumberSelection["form"]; ranPast?: string }
  | { kind: "values"; code: Code; values: ValueStatement[]; form: NumberSelection["form"] | "all"; ranPast?: string };

/** What `show` says on stderr of the targets it prints: where a range ran past a section's last number. */
export const notesOf = (targets: readonly Target[]): string[] => [...new Set(targets.flatMap((target) => ("ranPast" in target && target.ranPast !== undefined ? [target.ranPast] : [])))];

/** pickNumbers as `show` picks: a range past a section's last number runs to the last. */
const picked = (selection: NumberSelection, available: readonly number[]) => pickNumbers(selection, available, true);

/**
 * Those of `candidates` that have every number a selection asks, else those that have them as
 * `show` reads it (a range run past the last to the last): `integrity 9-12` is Medi-Cal's in a
 * hint, whose Integrity has 9 to 12, before Working Well Together's, which ends at 9.
 */
function holdingSelection<T>(candidates: readonly T[], selection: NumberSelection, numbersOf: (candidate: T) => readonly number[]): T[] {
  const whole = candidates.filter((candidate) => pickNumbers(selection, numbersOf(candidate)).missing.length === 0);
  return whole.length > 0 ? whole : candidates.filter((candidate) => picked(selection, numbersOf(candidate)).missing.length === 0);
}

/** "1–14", or "1–3, 5, 7–9" where the source skips numbers. */
export function describeNumbers(numbers: number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * Numbers as a command takes them, in the order given, a run of consecutive ones as a range:
 * [5, 6, 7, 12] → "5-7,12" (describeNumbers writes them for reading, with an en dash).
 */
export function numbersTyped(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j >= i + 2 ? `${numbers[i]}-${numbers[j]}` : numbers.slice(i, j + 1).join(","));
    i = j + 1;
  }
  return runs.join(",");
}

/** Missing numbers said in a message: a few, then how many more (a pasted list of thousands is not echoed back). */
const MISSING_SAID = 10;

function listMissing(missing: readonly string[]): string {
  if (missing.length <= MISSING_SAID) return missing.join(", ");
  return `${missing.slice(0, MISSING_SAID - 1).join(", ")} and ${missing.length - (MISSING_SAID - 1)} more`;
}

/** What a selection is picked from: the things, how to name them, how to cite one in a hint. */
interface Numbered<T> {
  things: T[];
  where: string;
  command: (number: number | string) => string;
}

/**
 * The things a selection picks, and where a range ran past the last of them, what to say:
 * "Medi-Cal Integrity ends at 14, not 15". A number asked for that is not there is an error;
 * so is a range's start, which names a standard as a list's number does.
 */
function pickNumbered<T extends { number: number }>({ things, where }: Numbered<T>, selection: NumberSelection): { picked: T[]; ranPast?: string } {
  const available = things.map((thing) => thing.number);
  const { found, missing, pastLast } = picked(selection, available);
  if (missing.length > 0) throw new EthicsError(`${where} has no ${listMissing(missing)}`, `${where} has ${describeNumbers(available)}`);
  // The first thing of each number, as a search of the list for each found it, found once.
  const byNumber = new Map<number, T>();
  let last = 0;
  for (const thing of things) {
    if (!byNumber.has(thing.number)) byNumber.set(thing.number, thing);
    last = Math.max(last, thing.number);
  }
  return { picked: found.map((number) => byNumber.get(number)!), ...(pastLast.length > 0 && { ranPast: `${where} ends at ${last}, not ${listMissing(pastLast)}` }) };
}

/** The standards a selection picks in a section, as a target. */
function standardsTarget(code: Code, section: Section, selection: NumberSelection): Target {
  const { picked: standards, ranPast } = pickNumbered(inSection(code, section), selection);
  return { kind: "standards", code, section, standards, form: selection.form, ...(ranPast !== undefined && { ranPast }) };
}

function inSection(code: Code, section: Section): Numbered<Standard> {
  const single = code.sections.length === 1;
  return {
    things: section.standards,
    where: single ? code.shortName : `${code.shortName} ${citedTitle(code, section)}`,
    command: (number) => `\`${ethicsFor(code)} show ${code.id}${single ? "" : ` ${section.id}`} ${number}\``,
  };
}

/** Named as their citations name them ("Alaska · Values 2"), as a section is: "Alaska Values has 1–7". */
function inValues(code: Code): Numbered<ValueStatement> {
  return { things: code.values, where: `${code.shortName} Values`, command: (number) => `\`${ethicsFor(code)} show ${code.id} values ${number}\`` };
}

/** Hints are one line of an 80-column terminal, after "hint: ". */
const HINT_WIDTH = 74;

/**
 * "'twelve' is not a standard number; Medi-Cal Integrity has 1–14", with a reference that exists:
 * the number the words say ("twelve", "xii", or the digits in "12.0", "12a" and "(12)") where
 * there is one. Only a Roman numeral that says a number that exists is told to write it in
 * digits (English words are read as the number); any other word ("foo") gets an example.
 */
function notANumber(words: string, numbered: Numbered<{ number: number; items?: readonly Item[] }>): UsageError {
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
  const bare = words.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  const meant = digits === undefined ? spelledNumber(bare) : Number(digits);
  const found = meant !== undefined && available.includes(meant);
  const example = found ? meant : available[0];
  // English words are read where a number belongs ("integrity twelve"): only a Roman numeral,
  // read nowhere as a number, is told to be written in digits.
  const lead = found && digits === undefined && englishNumber(bare) === undefined ? "in digits:" : "e.g.";
  return new UsageError(
    `'${words}' is not a standard number; ${numbered.where} has ${describeNumbers(available)}`,
    example === undefined ? undefined : `${lead} ${numbered.command(example)}`,
  );
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

/** `medi-cal 12`: which sections have a 12, so that the hint names references that exist. */
function sayWhichSection(code: Code, selection: NumberSelection): UsageError {
  const first = selection.spans[0]!.from;
  const having = code.sections.filter((section) => section.standards.some((standard) => standard.number === first.value));
  let hint = `no section of ${code.id} has a ${first.text}: see \`${ethicsFor(code)} list ${code.id}\``;
  if (having.length > 0) {
    hint = `e.g. \`${ethicsFor(code)} show ${code.id} ${having[0]!.id} ${first.text}\``;
    // then as many of the others as fit on the line
    const others: string[] = [];
    let left = false;
    for (const section of having.slice(1)) {
      const other = `${section.id} ${first.text}`;
      if (`${hint}; also ${[...others, other].join(", ")}, …`.length <= HINT_WIDTH) others.push(other);
      else left = true;
    }
    if (others.length > 0) hint += `; also ${others.join(", ")}${left ? ", …" : ""}`;
  }
  return new UsageError(`${code.id} has ${code.sections.length} sections; say which one`, hint);
}

/** The code a reference names, the words that named it, and the words after them. */
function splitCode(library: Library, reference: Reference): { code: Code; codeText: string; rest: string[] } {
  const { words, codeWords } = reference;
  if (codeWords !== undefined) {
    const codeText = words.slice(0, codeWords).join(" ");
    return { code: resolveCode(library, codeText), codeText, rest: words.slice(codeWords) };
  }
  // "north carolina 15", "working well together integrity 5": exact names first, longest first.
  const most = wordsOneNameTakes(words, mostCodeNameParts(library));
  for (const stage of ["exact", "prefix"] as const) {
    for (let count = most; count >= 1; count--) {
      const found = findCode(library, words.slice(0, count).join(" "), [stage]);
      if (found.kind === "found") return { code: found.value, codeText: words.slice(0, count).join(" "), rest: words.slice(count) };
      if (found.kind === "ambiguous") throw new EthicsError(found.message, found.hint);
    }
  }
  // Name the unknown code by the most words a suggestion fits ("nort carolina"), else by the first.
  for (let count = Math.min(words.length, 4); count > 1; count--) {
    const name = words.slice(0, count).join(" ");
    if (suggestCode(library, name) !== undefined) throw unknownCode(library, name);
  }
  if (suggestCode(library, words[0]!) === undefined) {
    const section = sectionWithoutCode(library, reference);
    if (section !== undefined) throw section;
    const values = valuesWithoutCode(library, reference);
    if (values !== undefined) throw values;
  }
  // `show xii`, `show twelve`: a number in words, read as a code's name, was "no code 'xii' — did
  // you mean wisconsin?". Said as `show 12` is.
  if (words.length === 1) {
    const alone = numberAloneError(library, reference);
    if (alone !== undefined) throw alone;
  }
  throw unknownCode(library, words[0]!);
}

/**
 * "'twelve' is a number (12) with no code before it": a number in words where a code's name
 * belongs. English words are read after a code ("medi-cal integrity twelve"), so the example
 * keeps them, in a section that has the number; a Roman numeral is read nowhere as a number,
 * so it is told to be written in digits.
 */
function numberAloneError(library: Library, reference: Reference): UsageError | undefined {
  const typed = reference.text.normalize("NFKC").split(" ").map((word) => word.replace(MARKS_AFTER_NUMBER, ""));
  const english = englishNumberAt(typed, 0);
  const value = english?.value ?? spelledNumber(typed[0]!);
  if (value === undefined || value <= 0) return undefined;
  const said = english === undefined ? typed[0]! : typed.slice(0, english.count).join(" ");
  const message = `'${english === undefined || english.count === 1 ? reference.words[0]! : said}' is a number (${value}) with no code before it`;
  if (english === undefined) return new UsageError(message, `expected e.g. \`ethics show medi-cal integrity ${value}\`, the number in digits`);
  const holder = standardNumbered(library, value);
  if (holder === undefined) return new UsageError(message, "expected e.g. `ethics show medi-cal integrity twelve`");
  return new UsageError(message, `expected e.g. ${holder(said.toLowerCase())}`);
}

/**
 * The command showing a standard numbered `value`, with the number as given: in Medi-Cal
 * Integrity, every other example's section, where it has one; else in the first that has.
 */
function standardNumbered(library: Library, value: number): ((number: string) => string) | undefined {
  const sections = library.codes.flatMap((code) => code.sections.map((section) => ({ code, section })));
  const holding = sections.filter(({ section }) => section.standards.some((standard) => standard.number === value));
  const shown = holding.find(({ code, section }) => code.id === "medi-cal" && section.id === "integrity") ?? holding[0];
  return shown === undefined ? undefined : (number) => inSection(shown.code, shown.section).command(number);
}

/**
 * `show values 2` (or `medi-cal integrity 12 a values 2`): value statements without the code
 * whose they are; it was "no code 'values'" and the list of codes. The codes that have them are
 * named, with the command for the first that has the numbers asked.
 */
function valuesWithoutCode(library: Library, asTyped: Reference): EthicsError | undefined {
  // Named as after its code: `values2`, "Values, 2" (sectionWithoutCode reads a section so).
  const reference = asSectionNamed(library, asTyped);
  if (!NAMES_OF_VALUES.has(slugify(reference.words.join(" ")))) return undefined;
  const having = library.codes.filter((code) => code.values.length > 0);
  if (having.length === 0) return undefined;
  const { selection } = reference;
  const holding = selection === undefined ? [] : holdingSelection(having, selection, (code) => code.values.map((value) => value.number));
  const shown = holding[0] ?? having[0]!;
  const command = `\`${ethicsFor(shown)} show ${shown.id} values${holding.length > 0 ? ` ${selection!.text}` : ""}\``;
  return new EthicsError(`no code '${reference.words.join(" ")}': value statements belong to a code`, `say whose (${joined(having.map((code) => code.shortName), "or")}): ${command}`);
}

/** Commands a hint gives for a section several codes have: a few, each whole on its line. */
const SECTION_OWNERS_SHOWN = 3;

/**
 * `show integrity 12`: a section's name where the code's goes, as the citations read aloud say
 * it ("Integrity 12"). The error names the codes that have such a section and gives the
 * reference with each code's id before it, as many as fit the hint's line.
 */
function sectionWithoutCode(library: Library, asTyped: Reference): EthicsError | undefined {
  const reference = asSectionNamed(library, asTyped);
  // The words are the section's name and no more: "integrity 12 alaska" (Alaska has none) is
  // no reference the hint could mend by putting a code first.
  const nameEnd = nameEndOf(reference);
  const words = reference.words.slice(0, nameEnd);
  if (words.length === 0 || words.length > Math.max(0, ...library.codes.map(mostSectionNameParts))) return undefined;
  const name = words.join(" ");
  const { stages, sectionIn: sectionNamed } = sectionNaming(library.codes, name);
  const having = library.codes.filter((code) => sectionNamed(code) !== undefined);
  if (having.length === 0) return undefined;
  // Only the codes whose section has the numbers asked for ("integrity 12": Medi-Cal's, not
  // Working Well Together's, which stops at 9), where any has them: a hint's command runs.
  const itemNumbers = itemsIn(reference.words.slice(nameEnd)).map((item) => item.number);
  const selection = reference.selection && (itemNumbers.length === 0 ? reference.selection : parseSelection([...itemNumbers, reference.selection.text].join(",")));
  const holding = selection === undefined ? having : holdingSelection(having, selection, (code) => sectionNamed(code)!.standards.map((standard) => standard.number));
  // And the items written with their numbers (`12a`, `5a 6`, `12(z)`), where any has them: a
  // code whose standard has no such item refuses the command ("Integrity 5 has no item a").
  // The words less a comma that ended them before the next reference ("integrity 12, wi 12"):
  // in a command, `integrity 12,` is a joiner with nothing after it.
  const textWords = reference.text.replace(/,+$/, "").split(" ");
  const items = textWords.flatMap((word) => {
    const item = itemIn(word);
    return item === undefined ? [] : [{ ...item, word }];
  });
  const hasItems = (code: Code) => items.every(({ number, label }) => sectionNamed(code)!.standards.some((standard) => standard.number === Number(number) && standard.items.some((item) => foldLabel(item.label) === foldLabel(label))));
  const withItems = holding.filter(hasItems);
  const shown = withItems.length > 0 ? withItems : holding.length > 0 ? holding : having;
  // Where none has the items, the numbers without them, and a word on why.
  const withoutItems = items.length > 0 && withItems.length === 0 && holding.length > 0;
  // Where none has the numbers, the sections whole, and what numbers each has.
  const noneHolds = selection !== undefined && holding.length === 0;
  const text = noneHolds
    ? textWords.slice(0, words.length).join(" ")
    : withoutItems
      ? textWords.map((word) => (itemIn(word) === undefined ? word : `${itemIn(word)!.number}${word.endsWith(",") ? "," : ""}`)).join(" ")
      : textWords.join(" ");
  // The reference as typed, quoted where the shell would read it otherwise ("safety & protection 7"),
  // less characters that show nothing where the name is found without them: drawn as
  // "<U+202E>" in the hint, they were pasted as those letters, and named no section.
  const clean = withoutHiddenCharacters(text);
  const meant = clean !== text && shown.every((code) => findSection(code, withoutHiddenCharacters(name), stages).kind === "found") ? clean : text;
  const typed = meant.split(" ").every((word) => shellWord(word) === word) ? meant : shellWord(meant);
  const commands = shown.slice(0, SECTION_OWNERS_SHOWN).map((code) => `\`${ethicsFor(code)} show ${code.id} ${typed}\``);
  const whose = joined(having.map((code) => code.shortName), "and");
  const noItems = withoutItems
    ? `; ${noSuchItemIn(shown, sectionNamed, items)}`
    : noneHolds
      ? `; ${numbersNoneHas(shown, sectionNamed, textWords.slice(words.length).join(" "))}`
      : "";
  return new EthicsError(`no code '${name}': it is a section of ${whose}`, `say whose: ${commands.join(", ")}${commands.length < shown.length ? ", …" : ""}${noItems}`);
}

/**
 * How `name` names a section of one of `codes`, as it would after its code: exactly, else by a
 * unique prefix ("conflicts"), where none of them has one so named exactly; and each code's
 * section it so names.
 */
function sectionNaming(codes: readonly Code[], name: string): { stages: readonly Stage[]; sectionIn: (code: Code) => Section | undefined } {
  const named = (stages: readonly Stage[]) => (code: Code): Section | undefined => {
    const found = findSection(code, name, stages);
    return found.kind === "found" && found.value.kind === "section" ? found.value.section : undefined;
  };
  const stages: readonly Stage[] = codes.some((code) => named(["exact"])(code) !== undefined) ? ["exact"] : ["prefix"];
  return { stages, sectionIn: named(stages) };
}

/** Where a reference's section name ends: standards written with their items before more numbers ("integrity 12a 13") are numbers too. */
function nameEndOf(reference: Reference): number {
  return reference.selection !== undefined && !reference.itemLabel ? itemsAtEnd(reference.words) : reference.words.length;
}

/**
 * A section's name without its code as it would be read after its code: "Integrity, 12" (a
 * pasted list's comma), `integrity12` (a number written onto it), `integrity standard 12` (a
 * word before the number that no section's name has): its words and its numbers, apart. The
 * reference as typed where none of these is so.
 */
function asSectionNamed(library: Library, reference: Reference): Reference {
  const nameEnd = nameEndOf(reference);
  let name = reference.words.slice(0, nameEnd);
  let { selection } = reference;
  const last = name.at(-1);
  if (last === undefined) return reference;
  const bare = last.replace(/[,;:]+$/, "");
  if (bare !== "") name = [...name.slice(0, -1), bare];
  // A name that ends in digits or in such a word ("Part 2", a user's "Rules") is read as typed.
  const glued = reference.itemLabel ? null : GLUED_NUMBER.exec(name.at(-1)!);
  if (library.codes.every((code) => findSection(code, name.join(" ")).kind === "none")) {
    if (glued !== null) {
      name = [...name.slice(0, -1), glued[1]!];
      selection = parseSelection(selection === undefined ? glued[2]! : `${glued[2]},${selection.text}`);
    } else if (name.length > 1 && selection !== undefined && isWordBeforeNumber(name.at(-1)!)) {
      name = name.slice(0, -1);
    }
  }
  const words = [...name, ...reference.words.slice(nameEnd)];
  if (words.join(" ") === reference.words.join(" ") && selection === reference.selection) return reference;
  return { ...reference, words, text: [...words, ...(selection === undefined ? [] : [selection.text])].join(" "), ...(selection !== undefined && { selection }) };
}

/** "none has Integrity 99 (Working Well Together's has 1–9, Medi-Cal's 1–14)": the numbers each code's section has. */
function numbersNoneHas(codes: readonly Code[], sectionNamed: (code: Code) => Section | undefined, asked: string): string {
  const title = sectionNamed(codes[0]!)!.title;
  const spans = codes.map((code) => {
    const numbers = sectionNamed(code)!.standards.map((standard) => standard.number);
    const [first, last] = [Math.min(...numbers), Math.max(...numbers)];
    return `${code.shortName}'s ${first === last ? `only ${first}` : `${first}–${last}`}`;
  });
  const has = spans.map((span, at) => (at === 0 ? span.replace(/'s /, "'s has ") : span)).join(", ");
  return `${codes.length === 1 ? "it has no" : "none has"} ${title} ${asked} (${has})`;
}

/** "Medi-Cal Integrity 12 has no item z", or for several codes "none of their Integrity 5 has an item a": the first item asked that none has. */
function noSuchItemIn(codes: readonly Code[], sectionOf: (code: Code) => Section | undefined, items: readonly { number: string; label: string }[]): string {
  const has = (code: Code, { number, label }: { number: string; label: string }) =>
    sectionOf(code)!.standards.some((standard) => standard.number === Number(number) && standard.items.some((item) => foldLabel(item.label) === foldLabel(label)));
  const missing = items.find((item) => !codes.some((code) => has(code, item))) ?? items[0]!;
  const [first] = codes;
  if (codes.length === 1) return `${inSection(first!, sectionOf(first!)!).where} ${missing.number} has no item ${foldLabel(missing.label)}`;
  return `none of their ${citedTitle(first!, sectionOf(first!)!)} ${missing.number} has an item ${foldLabel(missing.label)}`;
}

/**
 * The section the words name. Words that name none may be a section and a word where the number
 * belongs ("integrity twelve"), or a second reference that needed a `;` ("conduct medi-cal
 * integrity"): each gets its own message. Where the words are close to a section's name, a typo
 * is likelier ("safety & protectoin"), and only a section named exactly is split off.
 */
function sectionOf(library: Library, code: Code, codeText: string, rest: string[], selection: NumberSelection | undefined): SectionTarget {
  const whole = rest.join(" ");
  const found = findSection(code, whole);
  if (found.kind === "found") return found.value;
  if (found.kind === "none" && NAMES_OF_VALUES.has(slugify(whole))) throw noValueStatements(code);
  if (found.kind === "none" && selection === undefined) {
    const near = hasNearSection(code, whole);
    const most = Math.min(rest.length - 1, wordsOneNameTakes(rest, mostSectionNameParts(code)));
    for (const stage of near ? (["exact"] as const) : (["exact", "prefix"] as const)) {
      for (let count = most; count >= 1; count--) {
        const head = findSection(code, rest.slice(0, count).join(" "), [stage]);
        if (head.kind !== "found") continue;
        const tail = rest.slice(count).join(" ");
        const next = findCode(library, rest[count]!, ["exact"]);
        if (next.kind === "found") {
          throw new UsageError(
            `'${codeText} ${whole}' reads as one reference`,
            `put ; between references: \`${ethicsFor(code, next.value)} show "${codeText} ${rest.slice(0, count).join(" ")}; ${tail}"\``,
          );
        }
        throw notANumber(tail, head.value.kind === "values" ? inValues(code) : inSection(code, head.value.section));
      }
    }
    if (code.sections.length === 1 && !near) throw notANumber(whole, inSection(code, code.sections[0]!));
  }
  if (found.kind === "none" && !hasNearSection(code, whole)) {
    const elsewhere = sectionOfOtherCodes(library, code, whole, selection);
    if (elsewhere !== undefined) throw elsewhere;
    // A code of one section is cited by number alone ("Wisconsin 2"): words before the number
    // that name no section of it nor another code's (`show wi rel 2`) are a slip for the number
    // alone. Its one section's id, the hint was, never cited. Not where the words hold a number
    // of their own (`nc 15.wi 12`): the number after them is another reference's, not theirs.
    if (code.sections.length === 1 && selection !== undefined && !/\d/.test(whole)) {
      throw new EthicsError(`no section '${whole}' in ${code.id}: ${code.shortName}'s standards are cited by number alone`, `\`${ethicsFor(code)} show ${code.id} ${selection.text}\``);
    }
  }
  const misspelt = found.kind === "none" ? misspeltSection(code, rest, selection) : undefined;
  if (misspelt !== undefined) throw misspelt;
  return resolveSection(code, whole);
}

/**
 * `medi-cal saftey 7`, `integrity principal 12`: a section's name misspelt, or a word misspelt
 * between it and the number ("principal" for "principle"), where one section is clearly
 * meant (resolve.ts, words-before-number.ts). Said as "did you mean" is, with the command that
 * shows it, its numbers where it has them; the hint was only the list of the code's sections.
 */
function misspeltSection(code: Code, rest: readonly string[], selection: NumberSelection | undefined): EthicsError | undefined {
  const whole = rest.join(" ");
  let meant = sectionMeant(code, whole);
  if (meant === undefined && selection !== undefined && rest.length > 1 && isWordBeforeNumberMisspelt(rest.at(-1)!)) {
    const name = rest.slice(0, -1).join(" ");
    const named = findSection(code, name);
    meant = named.kind === "found" ? { value: named.value, label: named.value.kind === "values" ? VALUES_SECTION : named.value.section.id, apart: "" } : sectionMeant(code, name);
  }
  if (meant === undefined) return undefined;
  const { value, label, apart } = meant;
  const numbers = value.kind === "values" ? code.values.map((each) => each.number) : value.section.standards.map((standard) => standard.number);
  const holds = selection !== undefined && picked(selection, numbers).missing.length === 0;
  const place = value.kind === "section" && code.sections.length === 1 && holds ? [] : [label];
  const words = [code.id, ...place, ...(holds ? [selection.text] : [])];
  return new EthicsError(`no section '${whole}' in ${code.id} — did you mean ${label}?${apart}`, `\`${ethicsFor(code)} show ${words.join(" ")}\``);
}

/**
 * `medi-cal conduct 4`: a section another code has (Alaska's Conduct), named with a code that
 * has none. The error says whose it is, with the command for the first code whose section has
 * the numbers asked (where one has), as a peer who mixed up two codes needs; it was "no section
 * 'conduct' in medi-cal" and a pointer to the list of Medi-Cal's sections alone. The command is
 * the reference's alone, until resolvePieces puts it among the others typed (SectionElsewhere).
 */
function sectionOfOtherCodes(library: Library, code: Code, whole: string, selection: NumberSelection | undefined): EthicsError | undefined {
  const others = library.codes.filter((other) => other !== code);
  const { stages, sectionIn } = sectionNaming(others, whole);
  const owners = others.flatMap((other) => {
    const section = sectionIn(other);
    return section === undefined ? [] : [{ code: other, section }];
  });
  if (owners.length === 0) return undefined;
  // A prefix that begins sections of different titles (`conf`: Alaska's Conflicts of Interest,
  // Medi-Cal's Confidentiality) names none of them.
  if (stages.includes("prefix") && new Set(owners.map((owner) => slugify(owner.section.title))).size > 1) return undefined;
  const holding = selection === undefined ? owners : holdingSelection(owners, selection, (owner) => owner.section.standards.map((standard) => standard.number));
  const shown = holding[0] ?? owners[0]!;
  const single = shown.code.sections.length === 1;
  const words = [shown.code.id, ...(single ? [] : [shown.section.id])];
  const numbers = selection !== undefined && holding.length > 0 ? selection : undefined;
  const owned: Reference = { words, codeWords: 1, text: [...words, ...(numbers === undefined ? [] : [numbers.text])].join(" "), ...(numbers !== undefined && { selection: numbers }) };
  const whose = `${citedTitle(shown.code, shown.section)} is a section of ${joined(owners.map((owner) => owner.code.shortName), "and")}`;
  return new SectionElsewhere(`no section '${whole}' in ${code.id}`, whose, owned, `\`${ethicsFor(shown.code)} show ${owned.text}\``);
}

/** What `show <code> values` may be written as: the values' own names, and the word before them. */
export const NAMES_OF_VALUES = new Set(["value", "values", "value-statement", "value-statements"]);

/**
 * `wi values`: a code with no value statements (Wisconsin, and Medi-Cal, whose values are its
 * sections) said so, with what it has. Read as a section, `values` was "not a standard number"
 * in a code of one list, and "no section 'values'" in the others.
 */
function noValueStatements(code: Code): EthicsError {
  if (code.sections.length === 1) {
    const numbers = code.sections[0]!.standards.map((standard) => standard.number);
    return new EthicsError(`${code.shortName} has no value statements; it has standards ${describeNumbers(numbers)}`, `e.g. \`${`${ethicsFor(code)} show ${code.id} ${numbers[0] ?? ""}`.trimEnd()}\``);
  }
  return new EthicsError(`${code.shortName} has no value statements; it has ${code.sections.length} sections`, `\`${ethicsFor(code)} list ${code.id}\` shows them`);
}

/**
 * A word with no letter or digit ('!!!', '*') names nothing; names are matched as slugs, which
 * drop it, so that 'alaska !!!' would be read as alaska: it is refused instead. A dash alone is
 * punctuation between names, as pasted ("Alaska – Conduct 4").
 */
function refuseEmptyWords(library: Library, reference: Reference): void {
  reference.words.forEach((word, index) => {
    if (slugify(word) !== "" || /^-+$/.test(word)) return;
    if (index === 0 || index < (reference.codeWords ?? 0)) throw unknownCode(library, word);
    throw new UsageError(
      `'${word}' in '${reference.text}' is neither a name nor a number`,
      "a reference is a code, a section and numbers: e.g. `ethics show medi-cal integrity 12`",
    );
  });
}

export function resolveTarget(library: Library, reference: Reference): Target {
  refuseEmptyWords(library, reference);
  const { code, codeText, rest: typed } = splitCode(library, reference);
  const { selection } = reference;
  const titled = sectionTitledWithNumber(code, typed, selection);
  if (titled !== undefined) return placeTarget(code, titled.place, titled.selection);
  // "integrity standard 12", "conduct rule 4": the word is the number's, not the section's.
  const rest = [...withoutWordBeforeNumber(code, typed, selection)];
  if (rest.length === 0) {
    if (selection === undefined) return { kind: "code", code };
    if (code.sections.length > 1) throw sayWhichSection(code, selection);
    return standardsTarget(code, code.sections[0]!, selection);
  }
  return placeTarget(code, sectionOf(library, code, codeText, rest, selection), selection);
}

/** A section or the values of a code, or the numbers selected there. */
function placeTarget(code: Code, place: SectionTarget, selection: NumberSelection | undefined): Target {
  if (place.kind === "values") {
    if (selection === undefined) return { kind: "values", code, values: code.values, form: "all" };
    const { picked: values, ranPast } = pickNumbered(inValues(code), selection);
    return { kind: "values", code, values, form: selection.form, ...(ranPast !== undefined && { ranPast }) };
  }
  const { section } = place;
  if (selection === undefined) return { kind: "section", code, section };
  return standardsTarget(code, section, selection);
}

const foldLabel = foldItemLabel;

/**
 * Whether a reference is the label of one of the items of the one standard before it:
 * `medi-cal integrity 12 a` means item a of standard 12, which is shown with the standard (a
 * standard is never shown without its items), not the whole of Alaska, whose name "a" begins.
 * A code named after a standard (`integrity 12 alaska conduct 4`) is one still.
 */
function isItemOf(previous: Target | undefined, reference: Reference): boolean {
  if (previous?.kind !== "standards" || previous.standards.length !== 1) return false;
  if (reference.selection !== undefined || reference.codeWords !== undefined) return false;
  const labels = new Set(previous.standards[0]!.items.map((item) => foldLabel(item.label)));
  return reference.words.every((word) => foldLabel(word) !== "" && labels.has(foldLabel(word)));
}

/**
 * A word written as an item's letter is: a, A., (a), a), ii (ITEM_LETTERS); or an item's number in parentheses,
 * (3), since a number alone after numbers is more of them (`1 3` is standards 1 and 3).
 */
const ITEM_LETTER = new RegExp(`^(?:${ITEM_LETTERS}\\.?|\\(${ITEM_LETTERS}\\)|${ITEM_LETTERS}\\)|\\(\\d+\\))$`, "i");

/**
 * Whether a reference is letters alone (`a`, `a b`, `(c)`) right after numbers: item letters,
 * as `12a` is, whether or not the standard has such items. Read as a name, `11 a` printed the
 * whole of Alaska, whose name "a" begins, where `11a` said standard 11 has no item a. Only a
 * code whose own name is the letters, exactly (a user's code `x`), is read as that code.
 */
function isItemLetters(library: Library, previous: Target | undefined, reference: Reference): boolean {
  const afterNumbers = previous?.kind === "standards" || (previous?.kind === "values" && previous.form !== "all");
  if (!afterNumbers || reference.selection !== undefined || reference.codeWords !== undefined) return false;
  if (!reference.words.every((word) => ITEM_LETTER.test(word))) return false;
  return findCode(library, reference.words.join(" "), ["exact"]).kind === "none";
}

/**
 * An item letter (`12z`, `12(z)`, `12 z`) or number (`1(9)`) that is no item of the one standard the number
 * picked: said so, rather than read as a name ("a" would begin Alaska). `asked`: the numbers
 * the reference asked for with it (`5a 6`: 5,6), which a hint without the letter gives whole.
 */
function noSuchItem(previous: Target | undefined, reference: Reference, asked?: string): EthicsError {
  const letters = reference.words.join(" ");
  // "'3' is an item letter" says what was read wrong: a number in parentheses is an item's label.
  const numbered = reference.words.some((word) => /\d/.test(word));
  const itemWord = numbered ? "an item label" : "an item letter";
  if (previous?.kind === "standards" && previous.standards.length > 1) {
    const { where, command } = inSection(previous.code, previous.section);
    const numbers = describeNumbers(previous.standards.map((standard) => standard.number));
    return new UsageError(
      `'${letters}' is ${itemWord}, but ${where} ${numbers} is ${previous.standards.length} standards`,
      // Each is shown whole, with its items: the numbers asked for, as a command that runs.
      `each is shown with its items: ${command(asked ?? numbersTyped(previous.standards.map((standard) => standard.number)))}`,
    );
  }
  if (previous?.kind === "values") {
    // `ak values 2a`: a value comes before it, and no value statement has lettered items.
    const { where, command } = inValues(previous.code);
    const numbers = previous.code.values.map((value) => value.number);
    return new UsageError(
      `'${letters}' is ${itemWord}, but value statements have no ${numbered ? "items" : "lettered items"}`,
      // The values asked for, all of them (`values 2a 3`: 2,3), without the letter.
      `${where} has ${describeNumbers(numbers)}: ${command(asked ?? (previous.values.length > 0 ? numbersTyped(previous.values.map((value) => value.number)) : numbers[0]!))}`,
    );
  }
  if (previous?.kind !== "standards") {
    return new UsageError(`'${letters}' is ${itemWord}, but no one standard comes before it`, "expected e.g. `ethics show medi-cal integrity 12a`");
  }
  const { number, items } = previous.standards[0]!;
  const { where, command } = inSection(previous.code, previous.section);
  const labels = items.map((item) => foldLabel(item.label));
  const missing = reference.words.filter((word) => !labels.includes(foldLabel(word))).map(foldLabel);
  return new EthicsError(
    `${where} ${number} has no item ${missing.join(", ")}`,
    labels.length === 0 ? `it has no ${numbered ? "items" : "lettered items"}: ${command(asked ?? number)}` : `its items are ${labels.join(", ")}`,
  );
}

/**
 * The item letters a reference opens with (`a`, `a b`, `(a),`, `a and b`) and the joiners after
 * them (`a and`, `a,`): the labels, and how many words they take; undefined where it opens with none.
 */
function leadingItemLetters(words: readonly string[]): { labels: string[]; count: number } | undefined {
  const labels: string[] = [];
  let count = 0;
  for (const word of words) {
    const bare = word.replace(/,$/, "");
    if (labels.length > 0 && (bare === "" || JOINING_WORDS.has(bare.toLowerCase()))) count++;
    else if (ITEM_LETTER.test(bare)) labels.push(bare), count++;
    else break;
  }
  return labels.length === 0 ? undefined : { labels, count };
}

/**
 * `medi-cal integrity 12 a 6`, `12 a, 6`, `12 a and 6`: item letters after one standard's
 * number, then more numbers, read as `12a 6` is: the standard (shown with its items) and the
 * numbers after it (or letters joined, `12 a and b`: the standard alone). Read as a reference, "a 6" was Alaska 6 ("alaska has 3 sections; say which
 * one"), "a" beginning Alaska's name; after a code, a section and a number, a letter is far
 * likelier an item's. Letters that are no item of that standard are said so, as after `12a 6`.
 * Only a code named exactly by the letters (a user's code `x`) is read as that code.
 */
function itemsThenNumbers(library: Library, previous: Target | undefined, reference: Reference, listed?: string): { standards: Standard[]; selection: NumberSelection; ranPast?: string } | "items" | undefined {
  const { selection } = reference;
  const letters = leadingItemLetters(reference.words);
  if (reference.codeWords !== undefined || reference.itemLabel || letters === undefined || letters.count !== reference.words.length) return undefined;
  const items: Reference = { words: letters.labels, text: letters.labels.join(" ") };
  if (!isItemLetters(library, previous, items)) return undefined;
  if (previous?.kind !== "standards" || !isItemOf(previous, items)) {
    const before =
      previous?.kind === "standards" && previous.standards.length === 1 ? `${listed ?? previous.standards[0]!.number}`
      : previous?.kind === "values" && previous.values.length > 0 ? numbersTyped(previous.values.map((value) => value.number))
      : undefined;
    const asked = before !== undefined && selection !== undefined ? `${before},${selection.text}` : before;
    throw noSuchItem(previous, items, asked);
  }
  if (selection === undefined) return "items";
  const { picked: standards, ranPast } = pickNumbered(inSection(previous.code, previous.section), selection);
  return { standards, selection, ...(ranPast !== undefined && { ranPast }) };
}

/**
 * `medi-cal integrity 12 a nc 2`, `12 a and wi`: item letters after one standard's number, then
 * a reference of its own. Tried only where the words do not name something whole (`11 a conduct
 * 4` is Alaska's Conduct 4): read as one name, "a nc" was "no section 'nc' in alaska". Where
 * the letters are the standard's items, the rest is read as a reference alone, its errors its
 * own; where they are not, they are said not to be if the rest names something, and undefined
 * (the words' own error stands) where it does not.
 */
function itemsThenReference(library: Library, previous: Target | undefined, reference: Reference, listed?: string): Target[] | undefined {
  const letters = leadingItemLetters(reference.words);
  if (reference.codeWords !== undefined || reference.itemLabel || letters === undefined || letters.count === reference.words.length) return undefined;
  const items: Reference = { words: letters.labels, text: letters.labels.join(" ") };
  if (!isItemLetters(library, previous, items)) return undefined;
  const words = reference.words.slice(letters.count);
  const rest: Reference = { ...reference, words, text: [...words, ...(reference.selection ? [reference.selection.text] : [])].join(" ") };
  // The rest read as a reference of its own is ("12 a wi and nc"), and where the letters are
  // the standard's items, what is wrong is the rest's ("12 a integrity 2": integrity needs
  // its code), not a section 'integrity' of Alaska.
  if (isItemOf(previous, items)) return resolvePieces(library, [{ reference: rest }], previous);
  try {
    resolvePieces(library, [{ reference: rest }], previous);
  } catch {
    return undefined;
  }
  throw noSuchItem(previous, items, listed);
}

/** What the words of `show` are read as, in order: references, and printed citations resolved. */
export type Piece = { reference: Reference } | { target: Target; selection?: NumberSelection };

/**
 * `medi-cal integrity 12 a conduct 2`: letters that are items of the one standard before them,
 * then words of a reference of their own: the rest, read alone. Read whole, "a conduct" was
 * Alaska's Conduct ("a" begins Alaska's name) where the letter is Integrity 12's item a. Not
 * where the letters are no such item (`11 a conduct 4` is Alaska's Conduct 4), nor where the
 * words begin with a code's own name (a user's code `a`).
 */
function afterOwnItems(library: Library, previous: Target | undefined, reference: Reference): Reference | undefined {
  const letters = leadingItemLetters(reference.words);
  if (reference.codeWords !== undefined || reference.itemLabel || letters === undefined || letters.count === reference.words.length) return undefined;
  if (!isItemOf(previous, { words: letters.labels, text: letters.labels.join(" ") }) || namesCodeExactly(library, reference)) return undefined;
  const words = reference.words.slice(letters.count);
  return { ...reference, words, text: [...words, ...(reference.selection ? [reference.selection.text] : [])].join(" ") };
}

/**
 * `medi-cal integrity 12 conduct 2`: after a reference of one code, a section of another named
 * without its code, as `medi-cal conduct 4` names Alaska's Conduct with Medi-Cal. Read alone,
 * "conduct" begins a word of Wisconsin's title, and Wisconsin 2 was printed after Integrity 12;
 * it is said, as `medi-cal conduct 4` is, that the code before has no such section and whose it
 * is. Only where the words name no code exactly, and the code they were read as is neither the
 * one before (`wi 2 conduct 4` is Wisconsin's still) nor one with that section; where the code
 * before has it, it is that code's (inCodeNamedBefore).
 */
function sectionOfAnotherCode(library: Library, previous: Target | undefined, reference: Reference): EthicsError | undefined {
  if (previous === undefined || reference.itemLabel || namesCodeExactly(library, reference)) return undefined;
  // The code the words are read as, whatever the numbers ("conduct 40": Wisconsin has no 40).
  let read: Code;
  try {
    read = splitCode(library, reference).code;
  } catch {
    return undefined;
  }
  if (previous.code === read) return undefined;
  const name = reference.words.join(" ");
  const hasSection = (code: Code) => {
    const found = findSection(code, name, ["exact"]);
    return found.kind === "found" && found.value.kind === "section";
  };
  if (hasSection(read) || !library.codes.some(hasSection)) return undefined;
  return sectionOfOtherCodes(library, previous.code, name, reference.selection);
}

/**
 * `alaska conduct 4 integrity 12`: after a reference, a section named without its code that the
 * code named last lacks and others have, as read where no code is (sectionWithoutCode): said of
 * the code named last, as `alaska integrity 12` is. It was "no code 'integrity'", whose it is
 * said as if no code had been named. Undefined where the words name a code.
 */
function notInCodeNamedLast(library: Library, previous: Target | undefined, asTyped: Reference): EthicsError | undefined {
  if (previous === undefined || asTyped.codeWords !== undefined || asTyped.itemLabel) return undefined;
  try {
    splitCode(library, asTyped);
    return undefined;
  } catch {
    // No code read: the words may be a section's.
  }
  const reference = asSectionNamed(library, asTyped);
  if (nameEndOf(reference) !== reference.words.length) return undefined;
  return sectionOfOtherCodes(library, previous.code, reference.words.join(" "), reference.selection);
}

/**
 * `medi-cal authenticity 4 integrity 13`, `alaska conduct 4 conflicts 3`: after a reference, a
 * section named without its code, where the code named last has one so named (as a section is
 * named after its code: see section-after-code.ts), is that code's. The tool prints them so:
 * "Medi-Cal Integrity 1, Integrity 9", a diff row's "Confidentiality 1, 4; Safety & Protection
 * 5". Read alone, "integrity" was no code, and a section two codes have was "say whose", though
 * one of them had just been named. Where the words, their numbers aside, are that section's name
 * whole, what that code lacks is said ("Medi-Cal Integrity has no 40"); where they only begin
 * with it (`in nc` after Medi-Cal, "in" beginning Integrity), they are read as before. A code
 * named exactly is that code (`integrity 12 wi 3`).
 */
function inCodeNamedBefore(library: Library, previous: Target, reference: Reference): Target[] | undefined {
  if (reference.codeWords !== undefined || reference.itemLabel || namesCodeExactly(library, reference)) return undefined;
  const { code } = previous;
  if (!opensWithSectionOf(code, reference.words)) return undefined;
  const inCode: Reference = { ...reference, words: [code.id, ...reference.words], codeWords: 1, text: `${code.id} ${reference.text}` };
  try {
    return resolvePieces(library, [{ reference: inCode }], previous);
  } catch (error) {
    if (!(error instanceof EthicsError)) throw error;
    // Standards written with their items before more numbers ("integrity 99a 13") are numbers.
    if (namesSectionOf(code, withoutWordBeforeNumber(code, reference.words.slice(0, nameEndOf(reference)), reference.selection))) throw error;
    return undefined;
  }
}

/**
 * `show conduct 2`: words that name a section of one code exactly (Alaska's Conduct) and begin
 * a word of another code's title (Wisconsin's "Code of Conduct for Peer Specialists"), which
 * alone was read, and Wisconsin 2 printed without a word. Either may be meant: the error gives
 * the command for each. Not where the code is named after the words (`conduct 4 alaska`, whose
 * own error says to put it first), nor where the words name a code exactly.
 */
function sectionOrCodeBegun(library: Library, reference: Reference, next: Piece | undefined): EthicsError | undefined {
  if (reference.itemLabel || namesCodeExactly(library, reference)) return undefined;
  let read: Code;
  try {
    read = splitCode(library, reference).code;
  } catch {
    return undefined;
  }
  const name = reference.words.join(" ");
  const sectionIn = (code: Code) => {
    const found = findSection(code, name, ["exact"]);
    return found.kind === "found" && found.value.kind === "section" ? found.value.section : undefined;
  };
  const owners = library.codes.filter((code) => code !== read && sectionIn(code) !== undefined);
  if (owners.length === 0 || sectionIn(read) !== undefined || codeNamedLast(library, reference, next) !== undefined) return undefined;
  const { selection } = reference;
  const holding = selection === undefined ? owners : holdingSelection(owners, selection, (code) => sectionIn(code)!.standards.map((standard) => standard.number));
  const owner = holding[0] ?? owners[0]!;
  const section = sectionIn(owner)!;
  const commands = [`\`${ethicsFor(owner)} show ${owner.id} ${section.id}${selection !== undefined && holding.length > 0 ? ` ${selection.text}` : ""}\``];
  try {
    commands.push(`\`${ethicsFor(read)} show ${codeFirstReference(resolveTarget(library, reference), selection)}\``);
  } catch {
    // What the code read has not (Wisconsin has no 40) is no command to give.
  }
  const whose = joined(owners.map((code) => code.shortName), "and");
  return new EthicsError(`'${name}' is a section of ${whose}, and begins a word of ${read.shortName}'s title (${read.title})`, commands.length > 1 ? `say which: ${commands.join(", ")}` : `e.g. ${commands[0]}`);
}

/**
 * Every reference resolved before anything is printed: one bad reference prints nothing.
 * `before`: the target the words follow, where they are the rest of a reference read apart.
 */
function resolvePieces(library: Library, pieces: readonly Piece[], before?: Target): Target[] {
  const read: PiecesRead = { targets: [], at: 0 };
  try {
    return readPieces(library, pieces, before, read);
  } catch (error) {
    // Read apart (`before`), the words are part of a reference: the whole show is the caller's.
    if (before !== undefined || !(error instanceof SectionElsewhere)) throw error;
    // The references read before it as read, the others as typed: a command that runs, or none.
    const command = commandOfPieces(library, [...read.targets.map((target) => ({ target })), { reference: error.owned }, ...pieces.slice(read.at + 1)]);
    throw typeof command === "string" ? error.withCommand(command) : error;
  }
}

/** How far reading the pieces got: the targets read, and the piece being read. */
interface PiecesRead {
  targets: Target[];
  at: number;
}

/** resolvePieces' reading, into `read`. */
function readPieces(library: Library, pieces: readonly Piece[], before: Target | undefined, read: PiecesRead): Target[] {
  const { targets } = read;
  // `12 a 13 b`: the standards 12 and 13 are one list, as `12 13` is, and the letters after it
  // are 13's, the number they follow: the list's standard that item letters after it belong to.
  const lettersOf = new Map<Target, Target>();
  const beforeLetters = () => {
    const last = targets.at(-1);
    return last === undefined ? undefined : (lettersOf.get(last) ?? last);
  };
  // Letters after a list or range (`5,12 a`, `5-7 a`) are its last number's too, as after `12 a 6`.
  const lettersAfter = (target: Extract<Target, { kind: "standards" }>, selection: NumberSelection) => {
    const last = selection.spans.at(-1)!;
    const lastStandard = last.to === "last" ? undefined : target.standards.find((standard) => standard.number === (last.to as TypedNumber).value);
    if (lastStandard !== undefined) lettersOf.set(target, { ...target, standards: [lastStandard], form: "one" });
  };
  // After such a list (`12 a 6 b`), a hint's command is the list without the letters.
  const listed = () => {
    const last = targets.at(-1);
    return last?.kind === "standards" && lettersOf.has(last) ? numbersTyped(last.standards.map((standard) => standard.number)) : undefined;
  };
  for (const [index, piece] of pieces.entries()) {
    read.at = index;
    if ("reference" in piece && isItemOf(beforeLetters(), piece.reference)) continue;
    const more = "reference" in piece ? itemsThenNumbers(library, beforeLetters(), piece.reference, listed()) : undefined;
    if (more === "items") continue;
    if (more !== undefined) {
      const previous = targets.pop() as Extract<Target, { kind: "standards" }>;
      const standards = [...new Set([...previous.standards, ...more.standards])];
      const ranPast = previous.ranPast ?? more.ranPast;
      const list: Target = { ...previous, standards, form: standards.length > 1 ? "list" : previous.form, ...(ranPast !== undefined && { ranPast }) };
      targets.push(list);
      lettersAfter(list, more.selection);
      continue;
    }
    if ("reference" in piece && (piece.reference.itemLabel || isItemLetters(library, beforeLetters(), piece.reference))) {
      throw noSuchItem(beforeLetters(), piece.reference, listed());
    }
    if ("target" in piece) {
      // "Medi-Cal · Integrity 5 7 a": the letters are 7's, as after `integrity 5 7 a`.
      if (piece.target.kind === "standards" && piece.target.standards.length > 1 && piece.selection !== undefined) lettersAfter(piece.target, piece.selection);
      targets.push(piece.target);
      continue;
    }
    const rest = afterOwnItems(library, beforeLetters(), piece.reference);
    if (rest !== undefined) {
      targets.push(...resolvePieces(library, [{ reference: rest }], targets.at(-1)));
      continue;
    }
    const previous = targets.at(-1) ?? before;
    const inCode = previous === undefined ? undefined : inCodeNamedBefore(library, previous, piece.reference);
    if (inCode !== undefined) {
      targets.push(...inCode);
      continue;
    }
    const elsewhere = previous === undefined ? sectionOrCodeBegun(library, piece.reference, pieces[index + 1]) : sectionOfAnotherCode(library, previous, piece.reference);
    if (elsewhere !== undefined) throw elsewhere;
    let target: Target;
    try {
      target = resolveTarget(library, piece.reference);
    } catch (error) {
      // Only what the grammar refused is read otherwise: anything else is no reading of the words.
      if (!(error instanceof EthicsError)) throw error;
      const afterItems = itemsThenReference(library, beforeLetters(), piece.reference, listed());
      if (afterItems !== undefined) {
        targets.push(...afterItems);
        continue;
      }
      const glued = withNumberGlued(library, piece.reference);
      if (glued !== undefined) {
        targets.push(glued);
        continue;
      }
      const gluedThenMore = withNumberGluedThenMore(library, piece.reference);
      if (gluedThenMore !== undefined) {
        targets.push(gluedThenMore.first);
        targets.push(...resolvePieces(library, [{ reference: gluedThenMore.rest }], gluedThenMore.first));
        continue;
      }
      const itemsFirst = withItemsBeforeNumbers(library, piece.reference);
      if (itemsFirst !== undefined) {
        targets.push(itemsFirst);
        continue;
      }
      const dictated = asDictated(library, piece.reference, previous);
      if (dictated instanceof EthicsError) throw dictated;
      if (dictated !== undefined) {
        targets.push(...dictated);
        continue;
      }
      const joined = joinedReferences(library, piece.reference);
      // "in medi-cal" after numbers is theirs: read alone, its "in" was a section (Integrity).
      if (joined === undefined) {
        throw codeLastAfterList(library, pieces, index, targets.at(-1)) ?? codeNamedLast(library, piece.reference, pieces[index + 1]) ?? notInCodeNamedLast(library, previous, piece.reference) ?? error;
      }
      targets.push(...joined);
      continue;
    }
    // "conduct 4 alaska": read alone, "conduct" begins a word of Wisconsin's title, and Alaska
    // named after it has a Conduct 4; a code named by its id, alias or name is one still.
    if (!namesCodeExactly(library, piece.reference)) {
      const named = codeNamedLast(library, piece.reference, pieces[index + 1]);
      if (named !== undefined) throw named;
    }
    if (target.kind === "standards" && target.standards.length > 1 && piece.reference.selection !== undefined) lettersAfter(target, piece.reference.selection);
    targets.push(target);
  }
  return targets;
}

/**
 * A reference as a person dictating it meant it, where the words as typed name nothing whole:
 * with a word said twice in a row read once, where it then reads as one reference ("alaska
 * alaska conduct 4", "conduct conduct"), or without the small words said before it, read as
 * if typed alone ("the alaska conduct 4", "please show me alaska conduct 4"; after a
 * reference, not the grammar's own: `12 in nc`). Tried before the words are read as several
 * references: "alaska alaska conduct 4" was the whole of Alaska, then its Conduct 4. The
 * targets it reads as; else the error of the words so read where it names what is wrong
 * better: where they name a code or section and their numbers are what is wrong ("Alaska
 * Conduct has no 40", not "no section 'conduct conduct'"), or the small words were left out
 * ("no code 'xyz'", not "no code 'the'": a small word names no code); else undefined.
 */
function asDictated(library: Library, reference: Reference, before: Target | undefined): Target[] | EthicsError | undefined {
  if (reference.codeWords !== undefined || reference.itemLabel || reference.words.length > MOST_DICTATED_WORDS) return undefined;
  const { words, selection } = reference;
  const grammars = before !== undefined && GRAMMAR_WORDS.has(words[0]!.toLowerCase());
  const unasked = grammars ? words : withoutLeadingSmallWords(library, words);
  const once = withoutWordsSaidTwice(unasked);
  const readings = [
    { words: withoutWordsSaidTwice(words), whole: true },
    { words: unasked, whole: false },
    // Only where a word is said twice after the small words too: read whole, the small words'
    // reading alone skipped the grammar's checks ("a conduct 4" was Wisconsin 4).
    ...(once === unasked ? [] : [{ words: once, whole: true }]),
  ];
  let placeNamed: EthicsError | undefined;
  let unaskedError: EthicsError | undefined;
  for (const { words: meant, whole } of readings) {
    if (meant.length === words.length) continue;
    const read: Reference = { ...reference, words: [...meant], text: [...meant, ...(selection === undefined ? [] : [selection.text])].join(" ") };
    try {
      return whole ? [resolveTarget(library, read)] : resolvePieces(library, [{ reference: read }], before);
    } catch (error) {
      if (!(error instanceof EthicsError)) throw error;
      placeNamed ??= namesPlaceAlone(library, meant) ? error : undefined;
      if (meant === unasked) unaskedError = error;
    }
  }
  return placeNamed ?? unaskedError;
}

/** Words of a citation said aloud, at most: a sentence, not a pasted page read again. */
const MOST_DICTATED_WORDS = 30;

/** Whether `words` alone, no number after them, name a code, a section or a code's values. */
function namesPlaceAlone(library: Library, words: readonly string[]): boolean {
  try {
    resolveTarget(library, { words: [...words], text: words.join(" ") });
    return true;
  } catch (error) {
    if (error instanceof EthicsError) return false;
    throw error;
  }
}

/** A standard's number with its item (`12a`), and a comma after it as a list has one (`12a,`). */
const itemIn = (word: string) => numberWithItem(word.replace(/,$/, ""));

/**
 * Where the standards written with their items (`12a`, `12(b)`) that end a reference's words
 * begin, joined to the numbers after them as numbers are (`12a, 13`, `12a and 13`); the words'
 * length where none ends them.
 */
function itemsAtEnd(words: readonly string[]): number {
  const joins = (word: string) => JOINING_WORDS.has(word.toLowerCase());
  let first = words.length;
  while (first > 0 && (itemIn(words[first - 1]!) !== undefined || (joins(words[first - 1]!) && first > 1 && itemIn(words[first - 2]!) !== undefined))) first--;
  return first;
}

/** The standards written with their items in words itemsAtEnd found, less the joining words. */
const itemsIn = (words: readonly string[]) => words.flatMap((word) => itemIn(word) ?? []);

/**
 * `medi-cal integrity 12a 13`: a standard written with its item (`12a`, `12(a)`) before more
 * numbers, as "Integrity 12(a) and 13" is said. The grammar splits `12a` off only where it ends
 * a reference (`2b 3` may be a user's section `2b` and its standard 3), so it was read as a
 * section's word: where no section is named so (the reference did not resolve) and the words
 * before it name a place, it is the standard (shown with its items) and the numbers after it,
 * each item one of its standard's. Undefined where the words are not read so.
 */
function withItemsBeforeNumbers(library: Library, reference: Reference): Target | undefined {
  const { words, selection, codeWords } = reference;
  if (selection === undefined || reference.itemLabel) return undefined;
  const first = itemsAtEnd(words);
  if (first === words.length || first === 0 || (codeWords !== undefined && first < codeWords)) return undefined;
  const placeWords = words.slice(0, first);
  try {
    resolveTarget(library, { ...reference, words: placeWords, selection: undefined });
  } catch {
    return undefined;
  }
  const items = itemsIn(words.slice(first));
  const numbers = parseSelection([...items.map((item) => item.number), selection.text].join(","));
  const target = resolveTarget(library, { ...reference, words: placeWords, selection: numbers });
  for (const { number, label } of items) {
    // Value statements have no items: noSuchItem says so of the values.
    if (target.kind !== "standards") throw noSuchItem(target, { words: [label], text: label, itemLabel: true }, numbers.text);
    const standard = target.standards.find((each) => each.number === Number(number))!;
    if (standard.items.some((item) => foldLabel(item.label) === foldLabel(label))) continue;
    throw noSuchItem({ ...target, standards: [standard] }, { words: [label], text: label, itemLabel: true }, numbers.text);
  }
  return target;
}

/**
 * `medi-cal integrity-12`, `integrity12`, `medi-cal_integrity_12` (the HTML export's anchor):
 * the number written onto the name, with a hyphen, nothing or underscores between, read as the
 * words apart, where they name what the words as typed do not. It was "no section
 * 'integrity-12' in medi-cal — did you mean integrity?", which named no number. The numbers
 * after it are its list's, as after `integrity 12`: `integrity-12 13` is Integrity 12 and 13
 * (it was "no section 'integrity-12'"), and so is `integrity-12,13`.
 */
function withNumberGlued(library: Library, reference: Reference): Target | undefined {
  const { words, codeWords, selection } = reference;
  if (reference.itemLabel || words.length === 0) return undefined;
  const apart = words.flatMap((word) => word.split("_")).filter((word) => word !== "");
  if (codeWords !== undefined && apart.slice(0, codeWords).join(" ") !== words.slice(0, codeWords).join(" ")) return undefined;
  const last = apart.at(-1)!;
  const parts = /^\d+$/.test(last) ? ["", last] : GLUED_NUMBER.exec(last)?.slice(1);
  if (parts === undefined) return undefined;
  const [name, glued] = parts as [string, string];
  const number = selection === undefined ? glued : `${glued},${selection.text}`;
  const nameWords = [...apart.slice(0, -1), ...(name === "" ? [] : [name])];
  if (nameWords.length === 0 || (codeWords !== undefined && nameWords.length < codeWords)) return undefined;
  const place: Reference = { words: nameWords, ...(codeWords !== undefined && { codeWords }), text: nameWords.join(" ") };
  try {
    resolveTarget(library, place);
  } catch {
    return undefined;
  }
  if (namesPlaceAsTyped(library, reference)) return undefined;
  // The place named, its number is looked for as typed apart: `integrity-99` has no 99.
  return resolveTarget(library, { ...place, selection: parseSelection(number), text: `${place.text} ${number}` });
}

/**
 * Whether the words, numbers aside, name a code, a section or values as typed (a user's code
 * `nc2`, a section `rules-2`): then a word ending in digits is that name, never a name and a
 * number. Read as `nc` and 2, `show nc2 5` printed North Carolina 2 and 5 where nc2 has no 5.
 */
function namesPlaceAsTyped(library: Library, reference: Reference): boolean {
  const { words, codeWords } = reference;
  try {
    resolveTarget(library, { words, text: words.join(" "), ...(codeWords !== undefined && { codeWords }) });
    return true;
  } catch (error) {
    if (error instanceof EthicsError) return false;
    throw error;
  }
}

/**
 * `medi-cal integrity-12 alaska conduct 4`: a reference whose number is written onto its name
 * (withNumberGlued), and another after it, which the grammar could not tell apart (its word
 * ends in no number): the first, and the words after it as a reference of their own. It was
 * "no section 'integrity-12 alaska conduct' in medi-cal". The first such word that ends a
 * reference is taken; undefined where none does.
 */
function withNumberGluedThenMore(library: Library, reference: Reference): { first: Target; rest: Reference } | undefined {
  const { words, codeWords, selection } = reference;
  if (reference.itemLabel) return undefined;
  for (let at = codeWords ?? 0; at < words.length - 1; at++) {
    if (!/\p{L}-?\d+$|_/u.test(words[at]!)) continue;
    const head = words.slice(0, at + 1);
    const first = withNumberGlued(library, { words: head, text: head.join(" "), ...(codeWords !== undefined && { codeWords }) });
    if (first === undefined) continue;
    const after = words.slice(at + 1);
    return { first, rest: { words: after, text: [...after, ...(selection ? [selection.text] : [])].join(" "), ...(selection !== undefined && { selection }) } };
  }
  return undefined;
}

/** Whether the first words of a reference are a code's id, alias, name or title, whole. */
export function namesCodeExactly(library: Library, reference: Reference): boolean {
  const { words, codeWords } = reference;
  if (codeWords !== undefined) return true;
  const most = wordsOneNameTakes(words, mostCodeNameParts(library));
  for (let count = most; count >= 1; count--) {
    if (findCode(library, words.slice(0, count).join(" "), ["exact"]).kind !== "none") return true;
  }
  return false;
}

/** The words that join a code named last to what comes before it: "integrity 12 in medi-cal". */
const CODE_LAST_WORDS = new Set(["in", "of"]);

/** Tokens of the words a reference's name was read from, none of them opening a reference. */
const plainTokens = (words: readonly string[]): Token[] => words.map((text) => ({ text, opens: false }));

/**
 * The reference `codeText` + `before` + `numbers` names, read by the grammar as if typed code
 * first, so that what was a title's word before the code (`#12 wi`, `§ 12`) is the number it
 * marks once it ends the reference; undefined where that is not one reference that resolves.
 */
function codeFirstTarget(library: Library, codeText: string, before: readonly string[], numbers: string | undefined): { target: Target; selection: NumberSelection | undefined } | undefined {
  try {
    const tokens = plainTokens([...codeText.split(" "), CODE_SEPARATOR, ...before, ...(numbers === undefined ? [] : [numbers])]);
    const references = parseTokens(tokens);
    if (references.length !== 1 || references[0]!.itemLabel) return undefined;
    return { target: resolveTarget(library, references[0]!), selection: references[0]!.selection };
  } catch {
    return undefined;
  }
}

/**
 * A reference whose code comes last, as speech puts it ("integrity 12 medi-cal", "integrity
 * medi-cal", "integrity 12 in medi-cal"), that names no code first: refused, since `wi 12
 * alaska` is two references, but with the reference the code-first way where that names
 * something. The code is the last words of the reference (no more than a code's name has: a
 * pasted page is not tried a run at a time), or the next reference where it is a code's name
 * alone, after "in" or "of" where one is written.
 */
export function codeNamedLast(library: Library, reference: Reference, next: Piece | undefined): UsageError | undefined {
  if (reference.codeWords !== undefined || reference.itemLabel) return undefined;
  const { words, selection } = reference;
  const mostParts = mostCodeNameParts(library);
  const candidates: { before: string[]; codeText: string; said: string }[] = [];
  if (selection === undefined) {
    const most = Math.min(words.length - 1, wordsOneNameTakes([...words].reverse(), mostParts));
    for (let count = most; count >= 1; count--) {
      const before = words.slice(0, words.length - count);
      const codeText = words.slice(words.length - count).join(" ");
      candidates.push({ before, codeText, said: reference.text });
      if (before.length > 1 && CODE_LAST_WORDS.has(before.at(-1)!.toLowerCase())) candidates.push({ before: before.slice(0, -1), codeText, said: reference.text });
    }
  } else if (next !== undefined && "reference" in next && next.reference.selection === undefined && next.reference.codeWords === undefined) {
    const nextWords = next.reference.words;
    const codeWords = nextWords.length > 1 && CODE_LAST_WORDS.has(nextWords[0]!.toLowerCase()) ? nextWords.slice(1) : nextWords;
    if (wordsOneNameTakes(codeWords, mostParts) === codeWords.length) {
      candidates.push({ before: words, codeText: codeWords.join(" "), said: `${reference.text} ${next.reference.text}` });
    }
  }
  for (const { before, codeText, said } of candidates) {
    if (findCode(library, codeText, ["exact"]).kind !== "found") continue;
    const found = codeFirstTarget(library, codeText, before, selection?.text);
    if (found !== undefined) return codeLast(said, found.target, found.selection);
  }
  return undefined;
}

function codeLast(said: string, target: Target, selection: NumberSelection | undefined): UsageError {
  return codeLastWith(said, `\`${ethicsFor(target.code)} show ${codeFirstReference(target, selection)}\``);
}

/** The code-last refusal of `said`, with `command` (in backticks) the way that puts the code first. */
function codeLastWith(said: string, command: string): UsageError {
  return new UsageError(`'${said}' names its code last`, `the code comes first: ${command}`);
}

/**
 * A number with no code before it and a code's name right after it (`12 wi`, `12 of
 * wisconsin`): a reference with its code last. The code named, where the number is its: the
 * error that refuses it with the code-first way as the hint, the words it quotes, and where the
 * code's words are among the tokens.
 */
export function codeAfterNumber(library: Library, tokens: readonly Token[], error: NoCodeBefore): { error: UsageError; said: string; codeFrom: number; to: number } | undefined {
  const afterAt = error.at + error.count;
  let end = afterAt;
  while (end < tokens.length && !tokens[end]!.opens && !REFERENCE_SEPARATORS.has(tokens[end]!.text)) end++;
  const after = tokens.slice(afterAt, end).map((token) => token.text);
  const commaEnded = tokens[afterAt - 1]!.text.endsWith(",");
  const skip = after.length > 1 && CODE_LAST_WORDS.has(after[0]!.toLowerCase()) ? 1 : 0;
  const most = wordsOneNameTakes(after.slice(skip), mostCodeNameParts(library));
  for (let count = most; count >= 1; count--) {
    // The code must end the reference, or another begin after it (`12 wi nc 2`): in `2 nc
    // values` the words after it (values) would be dropped from the hint, which would name
    // standard 2, not value 2.
    const following = after[skip + count];
    if (following !== undefined && !/^\d/.test(following) && findCode(library, following, ["exact"]).kind !== "found") continue;
    // `15, wi 12`: after a comma, a code with numbers of its own begins a reference; the hint
    // was `wisconsin 15,12`, the 15 given the next reference's code.
    if (commaEnded && following !== undefined && /^\d/.test(following)) continue;
    const codeText = after.slice(skip, skip + count).join(" ");
    if (findCode(library, codeText, ["exact"]).kind !== "found") continue;
    const found = codeFirstTarget(library, codeText, [], error.numbers);
    if (found === undefined) continue;
    const typed = tokens.slice(error.at, afterAt + skip + count).map((token) => token.typed ?? token.text).filter((word) => word !== "");
    return { error: codeLast(typed.join(" "), found.target, found.selection), said: typed.join(" "), codeFrom: afterAt + skip, to: afterAt + skip + count };
  }
  return undefined;
}

/**
 * References read from tokens, where a number with no code before it may have one after it.
 * After a reference's numbers (`wi 12 13 alaska`, `alaska conduct 4 5 nc`), a number a code's
 * name follows is more of the list where the code has no such number, the code a reference of
 * its own, as in `wi 12 alaska` (Wisconsin 12, then Alaska whole); where the code has it too,
 * either is meant, and a command for each is given. Both were refused ("'13' has no code
 * before it", "'5 nc' names its code last" with the command for North Carolina 5 alone).
 * Where only the code's reading names something (`wi 1 12 of nc`: "of nc" is no reference of
 * its own; `wi 12 20 nc`: Wisconsin has no 20), its command is the hint, every reference typed
 * in it: it was North Carolina's alone, and Wisconsin 1 was dropped. So too where the number
 * comes first and other references follow the code (`12 wi nc 2`: North Carolina 2 was dropped).
 */
function referencesOf(library: Library, tokens: readonly Token[], listedAt: ReadonlySet<number> = new Set()): Reference[] {
  try {
    return parseTokens(tokens, listedAt);
  } catch (error) {
    if (!(error instanceof NoCodeBefore)) throw error;
    const codeAfter = codeAfterNumber(library, tokens, error);
    // The tokens with the code put before the number it follows.
    const codeFirst = codeAfter && [...tokens.slice(0, error.at), ...tokens.slice(codeAfter.codeFrom, codeAfter.to), ...tokens.slice(error.at, error.at + error.count), ...tokens.slice(codeAfter.to)];
    if (!error.afterList) {
      if (codeAfter === undefined) throw error;
      // Other references after it (`12 wi nc 2`): the hint names them too, the code put first.
      const whole = codeAfter.to < tokens.length ? commandOf(library, codeFirst!, listedAt) : undefined;
      throw whole === undefined ? codeAfter.error : codeLastWith(codeAfter.said, whole);
    }
    const listed = new Set([...listedAt, error.at + error.count - 1]);
    if (codeAfter === undefined) return referencesOf(library, tokens, listed);
    // Either is meant: the numbers more of the list, or the code's, written before them.
    const [asList, asCodeFirst] = [commandOf(library, tokens, listed), commandOf(library, codeFirst!, listedAt)];
    if (asCodeFirst === undefined) throw codeAfter.error;
    if (asList === undefined) throw codeLastWith(codeAfter.said, asCodeFirst);
    throw new UsageError(`'${codeAfter.said}' may name its code last, or ${error.numbers} be more of the list before it`, `say which: ${asList}, ${asCodeFirst}`);
  }
}

/**
 * The words after a reference's numbers that open with "of" or "in" and a code's name (the
 * longest that names one whole), as a group said: "of nc", "of medi-cal integrity", "of nc 2",
 * "of nc alaska conduct 2". Words after the name that name a section of that code are its
 * place; numbers right after them are more of that code's (`12 of nc 2` is North Carolina 12
 * and 2, as referencesOf reads it); any other words a reference of their own, as in `wi 12
 * alaska conduct 2`.
 */
interface CodeOf {
  /** "of nc" as typed, to quote back. */
  said: string;
  code: Code;
  codeName: string[];
  place: string[];
  more?: NumberSelection;
  rest?: Reference;
}

function codeOfAt(library: Library, piece: Piece | undefined): CodeOf | undefined {
  if (piece === undefined || !("reference" in piece)) return undefined;
  const { words, selection, codeWords, itemLabel, text } = piece.reference;
  if (codeWords !== undefined || itemLabel || words.length < 2 || !CODE_LAST_WORDS.has(words[0]!.toLowerCase())) return undefined;
  const named = codeNamedFirst(library, words.slice(1), mostCodeNameParts(library));
  if (named === undefined) return undefined;
  const codeName = words.slice(1, 1 + named.words);
  let end = 1 + named.words;
  const tail = words.slice(end);
  if (tail.length > 0 && namesPlace(library, [...codeName, ...tail], codeName.length)) end = words.length;
  // Name words are one typed word each: the text's first words are the group's as typed.
  const typed = text.split(" ");
  const codeOf = { said: typed.slice(0, end).join(" ").replace(/,$/, ""), code: named.code, codeName, place: words.slice(1 + named.words, end) };
  // The reference after it joined as references are ("of nc and alaska conduct 2", "of nc, alaska …").
  let from = end;
  while (from < words.length && (JOINING_WORDS.has(words[from]!.toLowerCase()) || words[from] === ",")) from++;
  if (from === words.length) return selection === undefined ? codeOf : { ...codeOf, more: selection };
  return { ...codeOf, rest: { words: words.slice(from), text: typed.slice(from).join(" "), ...(selection !== undefined && { selection }) } };
}

/** Whether `words`, a code's `codeWords` first, name a section or the values of that code. */
function namesPlace(library: Library, words: readonly string[], codeWords: number): boolean {
  try {
    const target = resolveTarget(library, { words: [...words], codeWords, text: words.join(" ") });
    return target.kind === "section" || target.kind === "values";
  } catch {
    return false;
  }
}

/**
 * The reference the numbers are in the code after "of": in the place named after it, or its
 * one list; else in the section named before it (`california integrity 5 of medi-cal`), where
 * the code has one so named with them; else in the first of its sections that has them, only
 * an example (`alaska conduct 2 of medi-cal`: Medi-Cal has no Conduct, and the words name no
 * other). Where none has them, what the code lacks, as a hint says it.
 */
function numbersInCode(library: Library, before: Target, codeOf: CodeOf, numbers: string): { reference: Reference; example: boolean } | { lacks: string } {
  const { code, codeName, place } = codeOf;
  const selection = parseSelection(numbers);
  const inPlace = (words: readonly string[]): Reference => ({ words: [...codeName, ...words], codeWords: codeName.length, text: [...codeName, ...words, numbers].join(" "), selection });
  const failure = (words: readonly string[]): EthicsError | undefined => {
    try {
      resolveTarget(library, inPlace(words));
      return undefined;
    } catch (error) {
      if (error instanceof EthicsError) return error;
      throw error;
    }
  };
  if (place.length > 0 || code.sections.length === 1) {
    // "North Carolina has no 30", "Medi-Cal Integrity has no 20": the place is named.
    const lacks = failure(place);
    return lacks === undefined ? { reference: inPlace(place), example: false } : { lacks: lacks.message };
  }
  const named = before.kind === "values" ? ["values"] : before.kind !== "code" && before.code.sections.length > 1 ? [before.section.id] : [];
  if (named.length > 0 && failure(named) === undefined) return { reference: inPlace(named), example: false };
  const [holding] = holdingSelection(code.sections, selection, (section) => section.standards.map((standard) => standard.number));
  if (holding !== undefined) return { reference: inPlace([holding.id]), example: true };
  return { lacks: `no section of ${code.id} has ${/^\d+$/.test(numbers) ? `a ${numbers}` : numbers}` };
}

/**
 * `wi 1 and 12 of nc`, `wi 1, 12 in nc`: "of" or "in" and a code's name after a list, as
 * `wi 1 12 of nc` is said (referencesOf), the list's last number the code's, and any numbers
 * after the name (`wi 1 12 of nc 2`) its too. The grammar read the list whole, and "of nc" as
 * a reference of its own: "no code 'of'". Refused as a code named last is, the hint every
 * reference typed, the code before that number; where that reading names nothing, the error
 * that says why; undefined where the words are not so. `before`: the list's target.
 */
function codeLastAfterList(library: Library, pieces: readonly Piece[], index: number, before: Target | undefined): EthicsError | undefined {
  const listed = pieces[index - 1];
  const codeOf = codeOfAt(library, pieces[index]);
  if (before === undefined || listed === undefined || !("reference" in listed) || listed.reference.selection === undefined || codeOf === undefined) return undefined;
  const list = listed.reference.selection;
  const last = spanTyped(list.spans.at(-1)!);
  const numbers = codeOf.more === undefined ? last : `${last},${codeOf.more.text}`;
  const reading = (middle: Piece[]): Piece[] => [...pieces.slice(0, index - 1), ...middle, ...(codeOf.rest === undefined ? [] : [{ reference: codeOf.rest }]), ...pieces.slice(index + 1)];
  if (list.spans.length === 1) return oneNumberOfCode(library, listed.reference, before, codeOf, last, reading);
  const said = `'${last} ${codeOf.said}' names its code last`;
  const inCode = numbersInCode(library, before, codeOf, numbers);
  if ("lacks" in inCode) return new UsageError(said, `${inCode.lacks}: see \`${ethicsFor(codeOf.code)} list ${codeOf.code.id}\``);
  const head = parseSelection(list.spans.slice(0, -1).map(spanTyped).join(","));
  const command = commandOfPieces(library, reading([{ reference: { ...listed.reference, selection: head, text: [...listed.reference.words, head.text].join(" ") } }, { reference: inCode.reference }]));
  // What names nothing is the references' after it (`wi 1 12 of nc alaska conduct 20`): their own error.
  if (command instanceof EthicsError) return command;
  return new UsageError(said, inCode.example ? `the code comes first, and one of its sections: e.g. ${command}` : `the code comes first: ${command}`);
}

/** The show command, of ids, that prints `targets`, in backquotes. */
export function showCommandOf(targets: readonly Target[]): string {
  return `\`${ethicsFor(...targets.map((target) => target.code))} show ${targets.map(resolvedReference).join(" ")}\``;
}

/** The show command, of ids, that prints what `pieces` name, or the error that says why they name nothing. */
function commandOfPieces(library: Library, pieces: readonly Piece[]): string | EthicsError {
  try {
    return showCommandOf(resolvePieces(library, pieces));
  } catch (error) {
    if (error instanceof EthicsError) return error;
    throw error;
  }
}

/**
 * `wi 12 of nc`, `alaska conduct 2 of medi-cal`: a reference that names its code, one number,
 * and "of" another code after it: the number the first code's, or the other code's (the first
 * named by a slip)? Each reading's command, the other code's where it has the number (in the
 * section named, or for example in one of its sections that has it); the grammar said "no code
 * 'of'". Numbers after the code's name (`wi 12 of nc 2`) are its own in either reading. Where
 * the words as typed name nothing, their error.
 */
function oneNumberOfCode(library: Library, typed: Reference, before: Target, codeOf: CodeOf, number: string, reading: (middle: Piece[]) => Piece[]): EthicsError {
  const { code, codeName, place, more } = codeOf;
  const named: Reference = { words: [...codeName, ...place], codeWords: codeName.length, text: [...codeName, ...place, ...(more === undefined ? [] : [more.text])].join(" "), ...(more !== undefined && { selection: more }) };
  const asTyped = commandOfPieces(library, reading([{ reference: typed }, ...(place.length > 0 || more !== undefined ? [{ reference: named }] : [])]));
  // The words kept as typed name nothing (`wi 12 of nc 22`, `… alaska conduct 20`): nor does the other reading.
  if (asTyped instanceof EthicsError) return asTyped;
  const message = `'${typed.text} ${codeOf.said}' names two codes for ${number}`;
  const inCode = numbersInCode(library, before, codeOf, more === undefined ? number : `${number},${more.text}`);
  if ("lacks" in inCode) return new UsageError(message, `${inCode.lacks}; ${before.code.id}'s: ${asTyped}`);
  const asCode = commandOfPieces(library, reading([{ reference: inCode.reference }]));
  if (asCode instanceof EthicsError) return asCode;
  // `wi 12 of wi`: one code named twice, one reading, not two of the same command.
  if (code.id === before.code.id && asCode === asTyped) return new UsageError(`'${typed.text} ${codeOf.said}' names ${code.id} twice`, `the code once, first: ${asTyped}`);
  return new UsageError(message, `say which: ${asTyped}, ${inCode.example ? `or a section of ${code.id}, e.g. ` : ""}${asCode}`);
}

/** codeFirstReference of a target whose selection is not at hand: its numbers as found. */
function resolvedReference(target: Target): string {
  const numbers =
    target.kind === "standards" ? target.standards.map((standard) => standard.number)
    : target.kind === "values" && target.form !== "all" ? target.values.map((value) => value.number)
    : [];
  return codeFirstReference(target, numbers.length === 0 ? undefined : parseSelection(numbersTyped(numbers)));
}

/** The show command, of ids, that prints what `tokens` name; undefined where they name nothing. */
function commandOf(library: Library, tokens: readonly Token[], listedAt: ReadonlySet<number>): string | undefined {
  try {
    const references = referencesOf(library, tokens, listedAt);
    const targets = references.map((reference) => resolveTarget(library, reference));
    const words = targets.map((target, at) => codeFirstReference(target, references[at]!.selection));
    // Every code's --data folder: a user's code after a built-in one is loaded only with it.
    return `\`${ethicsFor(...targets.map((target) => target.code))} show ${words.join(" ")}\``;
  } catch {
    return undefined;
  }
}

/**
 * The words after `ethics show` that print `target`, of ids, not the words typed: those may hold
 * a shell's `&` or `;`, and a hint is copied to a shell.
 */
function codeFirstReference(target: Target, selection: NumberSelection | undefined): string {
  // Standards of a code with one list are cited without it, as `wisconsin 12` is typed.
  const oneList = target.kind === "standards" && target.code.sections.length === 1;
  const place = target.kind === "code" || oneList ? [] : target.kind === "values" ? ["values"] : [target.section.id];
  return [target.code.id, ...place, ...(selection === undefined ? [] : [selection.text])].join(" ");
}

const JOINING_WORDS = new Set(["and", "&"]);

/** Small words the grammar reads after a reference: they join it to what follows. */
const GRAMMAR_WORDS = new Set([...CODE_LAST_WORDS, ...JOINING_WORDS, ...RANGE_WORDS]);

/**
 * A reference that names nothing whole read as several joined by "and", "&" or a comma
 * ("alaska conduct and nc 2", "wi, nc", "wi, nc, and alaska") or as whole codes named one after
 * another ("alaska wisconsin"), where each part names a code,
 * section or standards; the numbers are the last part's. A comma and the joining word after it
 * (the serial comma of "a, b, and c") join once. Tried only after the whole failed, so that a
 * title holding "and" or a comma ("Wellness, Recovery and Resiliency") is still read whole first.
 */
function joinedReferences(library: Library, reference: Reference): Target[] | undefined {
  if (reference.codeWords !== undefined || reference.itemLabel) return undefined;
  const parts: string[][] = [[]];
  let commaEnded = false;
  for (const word of reference.words) {
    const joins = JOINING_WORDS.has(word.toLowerCase());
    if (joins && commaEnded && parts.at(-1)!.length === 0) {
      commaEnded = false;
      continue;
    }
    commaEnded = word === "," || (word.length > 1 && word.endsWith(","));
    if (joins || word === ",") parts.push([]);
    else if (commaEnded) parts.at(-1)!.push(word.slice(0, -1)), parts.push([]);
    else parts.at(-1)!.push(word);
  }
  if (parts.some((words) => words.length === 0)) return undefined;
  if (parts.length < 2) {
    // "alaska wisconsin", "wi nc": codes named one after another with no joiner, as a list is said aloud.
    // Two at least: one name read whole over all the words ("alaska !!!": punctuation is no part
    // of a name) is the reference that failed, not a list.
    if (reference.selection === undefined) {
      const codes = codesNamedWhole(library, parts[0]!);
      return codes !== undefined && codes.length >= 2 ? codes.map((code): Target => ({ kind: "code", code })) : undefined;
    }
    return codesThenReference(library, parts[0]!, reference.selection);
  }
  const last = parts.length - 1;
  const targets: Target[] = [];
  for (const [index, words] of parts.entries()) {
    const selection = index === last ? reference.selection : undefined;
    try {
      targets.push(resolveTarget(library, { words, text: words.join(" "), ...(selection !== undefined && { selection }) }));
    } catch (error) {
      // "wi nc and alaska": the list written with its last joiner only, its first part codes named one after another.
      const codes = selection === undefined ? codesNamedWhole(library, words) : undefined;
      if (codes !== undefined) {
        targets.push(...codes.map((code): Target => ({ kind: "code", code })));
        continue;
      }
      // Every part before the last a whole code ("wi nc and xyz"): a list of codes, and the last
      // part's own error ("no code 'xyz'") says what is wrong, where the whole's ("'nc and xyz' is
      // not a standard number") did not. After a section ("medi-cal integrity and honesty") the
      // words may be one title: the whole's error, as before.
      if (index === last && error instanceof EthicsError && targets.every((target) => target.kind === "code")) throw error;
      return undefined;
    }
  }
  return targets;
}

/**
 * Words that are codes' names one after another ("wi nc", "north carolina wi"), each code named
 * whole (its id, alias, name or title), the longest name first; undefined where any word is no
 * part of one. A prefix is no code here: "a" begins Alaska, and "wi a and nc" is a slip.
 */
function codesNamedWhole(library: Library, words: readonly string[]): Code[] | undefined {
  if (words.length < 2) return undefined;
  const codes: Code[] = [];
  const mostParts = mostCodeNameParts(library);
  for (let at = 0; at < words.length; ) {
    const named = codeNamedFirst(library, words.slice(at), mostParts);
    if (named === undefined) return undefined;
    codes.push(named.code);
    at += named.words;
  }
  return codes;
}

/** Codes named before the reference the numbers belong to, at most: a list read aloud, not a page. */
const MOST_LEADING_CODES = 8;

/**
 * "alaska nc 2", "wi nc 2": whole codes named one after another (each its id, alias, name or
 * title, the longest name first), then the reference the numbers belong to, the longest such
 * reference first. Undefined where none reads so. At most MOST_LEADING_CODES tries, each one
 * pass over the words: "alaska nc nc nc … 2" of thousands of words is one more error, at once.
 * The last reference's code is named whole too: in "medi-cal conduct 4" (Medi-Cal has no
 * Conduct), "conduct" begins a word of Wisconsin's title, and the whole of Medi-Cal was printed,
 * then Wisconsin 4, for a section the code does not have.
 */
function codesThenReference(library: Library, words: readonly string[], selection: NumberSelection): Target[] | undefined {
  const mostParts = mostCodeNameParts(library);
  const codes: Code[] = [];
  for (let at = 0; at < words.length && codes.length < MOST_LEADING_CODES; ) {
    const named = codeNamedFirst(library, words.slice(at), mostParts);
    if (named === undefined) return undefined;
    codes.push(named.code);
    at += named.words;
    const after = words.slice(at);
    if (after.length === 0) return undefined;
    const reference: Reference = { words: after, text: after.join(" "), selection };
    if (!namesCodeExactly(library, reference)) continue;
    try {
      const last = resolveTarget(library, reference);
      return [...codes.map((code): Target => ({ kind: "code", code })), last];
    } catch {
      // the next word may name another code
    }
  }
  return undefined;
}

/** The code the first words name whole, the longest name first, and how many words it takes. */
function codeNamedFirst(library: Library, words: readonly string[], mostParts: number): { code: Code; words: number } | undefined {
  for (let count = wordsOneNameTakes(words, mostParts); count >= 1; count--) {
    const found = findCode(library, words.slice(0, count).join(" "), ["exact"]);
    if (found.kind === "found") return { code: found.value, words: count };
  }
  return undefined;
}

/** Words quoted back before a dangling joiner (and either side of a doubled one), at most: the reference it ends, not a pasted page. */
const WORDS_BEFORE_JOINER = 6;

/** The joiner a token is, if nothing comes after it: "and", "&", a comma, or a range word after a number. */
function joinerOf(token: Token, previous: Token | undefined): string | undefined {
  const bare = token.text.replace(/,$/, "");
  if (JOINING_WORDS.has(bare.toLowerCase())) return bare;
  if (isRangeWordAfterNumber(token, previous)) return bare;
  return token.text.endsWith(",") ? "," : undefined;
}

/** Only after a number is "to" a range's: a title may end in it ("Duty to"). */
function isRangeWordAfterNumber(token: Token, previous: Token | undefined): boolean {
  return RANGE_WORDS.has(token.text.replace(/,$/, "").toLowerCase()) && previous !== undefined && isNumberWord(previous.text);
}

/** What a dangling joiner was expected to join, and a hint with it written whole. */
function danglingJoinerError(joiner: string, quoted: string, after: string | undefined): UsageError {
  if (RANGE_WORDS.has(joiner.toLowerCase())) {
    return new UsageError(
      after === undefined
        ? `nothing after '${joiner}' in '${quoted}': expected the number the range ends at`
        : `'${after}' after '${joiner}' in '${quoted} ${after}': expected the number the range ends at`,
      `e.g. medi-cal integrity 5 ${joiner.toLowerCase()} 7, or 5- for 5 to the last`,
    );
  }
  return new UsageError(
    `nothing after '${joiner}' in '${quoted}': expected a number or another reference`,
    `e.g. medi-cal integrity 5${joiner === "," ? "," : ` ${joiner} `}7 or wi 1${joiner === "," ? "," : ` ${joiner}`} nc 2; or leave out the '${joiner}'`,
  );
}

/**
 * "wi 1 and", "wi 1," and "wi," end in a joiner with nothing after it, at the end or before a
 * `;`: something was left out (the next number, the next reference). Read as the reference
 * before it, it showed that alone (the "and" skipped, the comma dropped), without a word; a
 * range word ("wi 1 to", "wi 1 to nc 2": it joins no second number) was read as a code's
 * name: "no code 'to'".
 */
export function refuseDanglingJoiner(tokens: readonly Token[], cited: readonly { start: number; end: number }[] = []): void {
  // A printed citation's own words ("Part 2 To Clients 1") are a title's, and one after a joiner is what it joins.
  const inCitation = (at: number) => cited.some((run) => at >= run.start && at < run.end);
  tokens.forEach((token, at) => {
    if (inCitation(at) || (inCitation(at + 1) && !isRangeWordAfterNumber(token, tokens[at - 1]))) return;
    const next = tokens[at + 1];
    const last = next === undefined || REFERENCE_SEPARATORS.has(next.text);
    const noRangeEnd = !last && writtenNumberAt(tokens, at + 1) === undefined && isRangeWordAfterNumber(token, tokens[at - 1]);
    if (!last && !noRangeEnd) return;
    const joiner = joinerOf(token, tokens[at - 1]);
    if (joiner === undefined) return;
    let from = at;
    while (from > 0 && !REFERENCE_SEPARATORS.has(tokens[from - 1]!.text)) from--;
    const typed = tokens.slice(from, at + 1).map((word) => word.typed ?? word.text).filter((word) => word !== "");
    const quoted = `${typed.length > WORDS_BEFORE_JOINER ? "… " : ""}${typed.slice(-WORDS_BEFORE_JOINER).join(" ")}`;
    throw danglingJoinerError(joiner, quoted, noRangeEnd ? (next!.typed ?? next!.text) : undefined);
  });
}

/** A word that joins references or numbers, as typed, if `token` is one: "and", "&" (and "and,"). */
function joiningWord(token: Token): string | undefined {
  const bare = token.text.replace(/,$/, "");
  return JOINING_WORDS.has(bare.toLowerCase()) ? bare : undefined;
}

/**
 * "wi and and nc", "wi 1 & and 2": two joining words in a row, a slip (or a reference left out
 * between them). Read on, the code's name took "and and nc" for its standard's number: "'and and
 * nc' is not a standard number", which named neither the doubled word nor the fix. Runs after
 * refuseDanglingJoiner: in "wi and and" what is missing is what comes after.
 */
export function refuseDoubledJoiner(tokens: readonly Token[], cited: readonly { start: number; end: number }[] = []): void {
  const inCitation = (at: number) => cited.some((run) => at >= run.start && at < run.end);
  tokens.forEach((token, at) => {
    const first = joiningWord(token);
    const next = tokens[at + 1];
    const second = next === undefined ? undefined : joiningWord(next);
    if (first === undefined || second === undefined || inCitation(at) || inCitation(at + 1)) return;
    let from = at;
    while (from > 0 && !REFERENCE_SEPARATORS.has(tokens[from - 1]!.text)) from--;
    let end = at + 2;
    while (end < tokens.length && !REFERENCE_SEPARATORS.has(tokens[end]!.text)) end++;
    const typedOf = (some: readonly Token[]) => some.map((word) => word.typed ?? word.text).filter((word) => word !== "");
    const before = typedOf(tokens.slice(from, at));
    const after = typedOf(tokens.slice(at + 2, end));
    // The words around them, as many as say which reference (not a pasted page), the same in the hint.
    const shownBefore = [...(before.length > WORDS_BEFORE_JOINER ? ["…"] : []), ...before.slice(-WORDS_BEFORE_JOINER)];
    const shownAfter = [...after.slice(0, WORDS_BEFORE_JOINER), ...(after.length > WORDS_BEFORE_JOINER ? ["…"] : [])];
    const quoted = [...shownBefore, first, next!.typed ?? next!.text, ...shownAfter].join(" ");
    const once = [...shownBefore, first, ...shownAfter].join(" ");
    throw first.toLowerCase() === second.toLowerCase()
      ? new UsageError(`'${first}' twice in '${quoted}': expected one '${first}' between two references or numbers`, `say it once: ${once}`)
      : new UsageError(`'${first}' and '${second}' in a row in '${quoted}': expected one word between two references or numbers`, `e.g. ${once}`);
  });
}

/**
 * The words after `ethics show` resolved: printed citations whole, wherever they are, so that
 * every citation ethics prints reads back as the standard it cites whatever its section's title
 * ("Y · 3 1", "Y · Part 2 Conduct 4"); the words between them by the grammar (ref.ts).
 */
export function resolveArguments(library: Library, argv: readonly string[]): Target[] {
  const tokens = readTokens(argv);
  try {
    return resolveTokens(library, tokens);
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    const pasted = asPasted(library, tokens);
    const readings = [...new Set([pasted, asSaid(pasted)])].filter((reading) => reading !== tokens);
    if (readings.length === 0) throw error;
    // What was meant is the words as pasted, or as said aloud: their error, not one of a word
    // they do not have ("no code 'period'").
    for (const reading of readings.slice(0, -1)) {
      try {
        return resolveTokens(library, reading);
      } catch (failure) {
        if (!isEthicsError(failure)) throw failure;
      }
    }
    return resolveTokens(library, readings.at(-1)!);
  }
}

/**
 * The tokens as a person dictating means them, where typed they read as something else: marks
 * said aloud as the marks, and a sentence's end after a reference's number as the end of the
 * reference (spoken-marks.ts); numbers said in words as digits (spoken-numbers.ts). The tokens
 * themselves where none differs.
 */
function asSaid(tokens: readonly Token[]): readonly Token[] {
  return withSentencesEnded(withNumbersInDigits(withSpokenMarks(tokens)));
}

/**
 * The tokens as a hand pasting citations means them, where typed they read as something else:
 * `nc 15,wi 12` as `nc 15, wi 12` (withCommasSpaced), a remark of diff's after a number left out
 * (withoutRemarks). The tokens themselves where none differs.
 */
function asPasted(library: Library, tokens: readonly Token[]): readonly Token[] {
  return withoutRemarks(library, withCommasSpaced(tokens));
}

/**
 * diff's remark after a standard's number, "North Carolina 13 (when they are unavoidable)",
 * "Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)", left out, as topic's
 * strength after a citation is (ref.ts): pasted, it was "no code '(when'".
 */
function withoutRemarks(library: Library, tokens: readonly Token[]): readonly Token[] {
  let kept: Token[] | undefined;
  // What each remark holds, read once: a pasted page may hold the same one many times.
  const references = new Map<string, boolean>();
  const isReference = (words: string[]) => {
    const key = words.join(" ");
    if (!references.has(key)) references.set(key, namesSomething(library, words));
    return references.get(key)!;
  };
  for (let at = 0; at < tokens.length; at++) {
    const end = remarkEnd(tokens, at, isReference);
    if (end === undefined) kept?.push(tokens[at]!);
    else (kept ??= tokens.slice(0, at)), (at = end - 1);
  }
  return kept ?? tokens;
}

/** A word of what parentheses hold that labels items or joins them: "(a)", "(a and b)", "(3)". */
const ITEM_WORD = new RegExp(`^(?:${ITEM_LETTERS}|\\d+|and|&)$`, "i");

/**
 * Where a remark that opens at `at` ends (the token after its `)`), if one does: parentheses
 * after a number, closed in the same argument. Not where they hold only items' labels (`12 (a)`,
 * `1 (3)`), which are read as typed, nor a reference (`12 (nc 2)`), which is no remark to drop.
 */
function remarkEnd(tokens: readonly Token[], at: number, isReference: (words: string[]) => boolean): number | undefined {
  const before = tokens[at - 1];
  if (!tokens[at]!.text.startsWith("(") || tokens[at]!.opens || before === undefined || !(isNumberWord(before.text) || numberWithItem(before.text))) return undefined;
  let depth = 0;
  for (let end = at; end < Math.min(tokens.length, at + MOST_REMARK_WORDS) && (end === at || !tokens[end]!.opens); end++) {
    for (const mark of tokens[end]!.text) depth += mark === "(" ? 1 : mark === ")" ? -1 : 0;
    if (depth > 0) continue;
    if (!/\),?$/.test(tokens[end]!.text)) return undefined;
    const held = tokens.slice(at, end + 1).map((token) => token.text).join(" ").replace(/^\(|\),?$/g, "");
    const words = held.split(/[\s,]+/).filter((word) => word !== "");
    return words.every((word) => ITEM_WORD.test(word)) || isReference(words) ? undefined : end + 1;
  }
  return undefined;
}

/** diff's remarks are a line's at most, whole under --full: a few dozen words. */
const MOST_REMARK_WORDS = 100;

/** Whether `words` read as references on their own. */
function namesSomething(library: Library, words: readonly string[]): boolean {
  try {
    resolveTokens(library, plainTokens(words));
    return true;
  } catch (error) {
    if (isEthicsError(error)) return false;
    throw error;
  }
}

/** resolveArguments of the tokens read. */
function resolveTokens(library: Library, tokens: readonly Token[]): Target[] {
  const runs = readCitedRuns(library, tokens);
  refuseDanglingJoiner(tokens, runs);
  refuseDoubledJoiner(tokens, runs);
  if (runs.length === 0) return resolvePieces(library, referencesOf(library, tokens).map((reference) => ({ reference })));
  const pieces: Piece[] = [];
  const readBetween = (between: Token[]) => {
    if (between.some((token) => !REFERENCE_SEPARATORS.has(token.text))) pieces.push(...referencesOf(library, between).map((reference) => ({ reference })));
  };
  let from = 0;
  for (const run of runs) {
    readBetween(tokens.slice(from, run.start));
    pieces.push({ target: placeTarget(run.code, run.place, run.selection), ...(run.selection !== undefined && { selection: run.selection }) });
    from = run.end;
  }
  readBetween(tokens.slice(from));
  return resolvePieces(library, pieces);
}
