// Items of a standard named by their letters or labels (`12a`, `12 a`, `12(b)`, `12a 13`): read
// as the standard they belong to, or said to be no item of it.
import type { Library, Standard } from "../../../model.js";
import { EthicsError, UsageError } from "../../errors.js";
import { ITEM_LETTERS, type NumberSelection, type Reference, numberWithItem, parseSelection } from "../ref.js";
import { findCode } from "../resolve.js";
import { foldItemLabel } from "../slug.js";
import { namesCodeExactly } from "./code-named.js";
import { JOINING_WORDS } from "./grammar-words.js";
import type { Target } from "./kinds.js";
import { describeNumbers, inSection, inValues, numbersTyped, pickNumbered } from "./numbers.js";
import { resolvePieces } from "./pieces.js";
import { resolveTarget } from "./resolve-target.js";

export const foldLabel = foldItemLabel;

/**
 * Whether a reference is the label of one of the items of the one standard before it:
 * `medi-cal integrity 12 a` means item a of standard 12, which is shown with the standard (a
 * standard is never shown without its items), not the whole of Alaska, whose name "a" begins.
 * A code named after a standard (`integrity 12 alaska conduct 4`) is one still.
 */
export function isItemOf(previous: Target | undefined, reference: Reference): boolean {
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
export function isItemLetters(library: Library, previous: Target | undefined, reference: Reference): boolean {
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
export function noSuchItem(previous: Target | undefined, reference: Reference, asked?: string): EthicsError {
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
    return new UsageError(`'${letters}' is ${itemWord}, but no one standard comes before it`, `expected e.g. ${itemExample(previous)}`);
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
 * A standard written with its first item's label, to show how: one of the code or section the
 * letters came after (a reader there was offered Medi-Cal Integrity's), else Medi-Cal Integrity
 * 12a, every other example's.
 */
function itemExample(previous: Target | undefined): string {
  const sections = previous?.kind === "section" ? [previous.section] : previous?.kind === "code" ? previous.code.sections : [];
  for (const section of sections) {
    const standard = section.standards.find((each) => each.items.length > 0);
    if (standard === undefined) continue;
    // An item labelled with a number is written in parentheses: `1 3` is standards 1 and 3.
    const label = foldLabel(standard.items[0]!.label);
    return inSection(previous!.code, section).command(`${standard.number}${/^\d+$/.test(label) ? `'(${label})'` : label}`);
  }
  return "`ethics show medi-cal integrity 12a`";
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
export function itemsThenNumbers(library: Library, previous: Target | undefined, reference: Reference, listed?: string): { standards: Standard[]; selection: NumberSelection; ranPast?: string } | "items" | undefined {
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
export function itemsThenReference(library: Library, previous: Target | undefined, reference: Reference, listed?: string): Target[] | undefined {
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

/**
 * `medi-cal integrity 12 a conduct 2`: letters that are items of the one standard before them,
 * then words of a reference of their own: the rest, read alone. Read whole, "a conduct" was
 * Alaska's Conduct ("a" begins Alaska's name) where the letter is Integrity 12's item a. Not
 * where the letters are no such item (`11 a conduct 4` is Alaska's Conduct 4), nor where the
 * words begin with a code's own name (a user's code `a`).
 */
export function afterOwnItems(library: Library, previous: Target | undefined, reference: Reference): Reference | undefined {
  const letters = leadingItemLetters(reference.words);
  if (reference.codeWords !== undefined || reference.itemLabel || letters === undefined || letters.count === reference.words.length) return undefined;
  if (!isItemOf(previous, { words: letters.labels, text: letters.labels.join(" ") }) || namesCodeExactly(library, reference)) return undefined;
  const words = reference.words.slice(letters.count);
  return { ...reference, words, text: [...words, ...(reference.selection ? [reference.selection.text] : [])].join(" ") };
}

/** A standard's number with its item (`12a`), and a comma after it as a list has one (`12a,`). */
export const itemIn = (word: string) => numberWithItem(word.replace(/,$/, ""));

/**
 * Where the standards written with their items (`12a`, `12(b)`) that end a reference's words
 * begin, joined to the numbers after them as numbers are (`12a, 13`, `12a and 13`); the words'
 * length where none ends them.
 */
export function itemsAtEnd(words: readonly string[]): number {
  const joins = (word: string) => JOINING_WORDS.has(word.toLowerCase());
  let first = words.length;
  while (first > 0 && (itemIn(words[first - 1]!) !== undefined || (joins(words[first - 1]!) && first > 1 && itemIn(words[first - 2]!) !== undefined))) first--;
  return first;
}

/** The standards written with their items in words itemsAtEnd found, less the joining words. */
export const itemsIn = (words: readonly string[]) => words.flatMap((word) => itemIn(word) ?? []);

/**
 * `medi-cal integrity 12a 13`: a standard written with its item (`12a`, `12(a)`) before more
 * numbers, as "Integrity 12(a) and 13" is said. The grammar splits `12a` off only where it ends
 * a reference (`2b 3` may be a user's section `2b` and its standard 3), so it was read as a
 * section's word: where no section is named so (the reference did not resolve) and the words
 * before it name a place, it is the standard (shown with its items) and the numbers after it,
 * each item one of its standard's. Undefined where the words are not read so.
 */
export function withItemsBeforeNumbers(library: Library, reference: Reference): Target | undefined {
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
