// A section or value statements named with no code before them (`show integrity 12`,
// `show values 2`): said whose they are, with commands that run.
import type { Code, Library, Section } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError } from "../../errors.js";
import { shellWord } from "../../shell-path.js";
import { joined } from "../../word-list.js";
import { citedTitle } from "../cited-title.js";
import { withoutHiddenCharacters } from "../hidden-characters.js";
import { type Reference, parseReferences, parseSelection } from "../ref.js";
import { SectionElsewhere } from "../section-elsewhere.js";
import { type Stage, findSection, mostSectionNameParts, slugify } from "../resolve.js";
import { GLUED_NUMBER } from "../section-after-code.js";
import { isWordBeforeNumber } from "../words-before-number.js";
import { foldLabel, itemIn, itemsAtEnd, itemsIn } from "./items.js";
import { holdingSelection, inSection } from "./numbers.js";
import { NAMES_OF_VALUES } from "./section.js";

/**
 * `show values 2` (or `medi-cal integrity 12 a values 2`): value statements without the code
 * whose they are; it was "no code 'values'" and the list of codes. The codes that have them are
 * named, with the command for the first that has the numbers asked.
 */
export function valuesWithoutCode(library: Library, asTyped: Reference): EthicsError | undefined {
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
export function sectionWithoutCode(library: Library, asTyped: Reference): EthicsError | undefined {
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
  const textWords = reference.text.replace(/(?<!,),+$/, "").split(" ");
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
  const owners = shown.slice(0, SECTION_OWNERS_SHOWN);
  const commands = owners.map((code) => `\`${ethicsFor(code)} show ${code.id} ${typed}\``);
  const whose = joined(having.map((code) => code.shortName), "and");
  const noItems = withoutItems
    ? `; ${noSuchItemIn(shown, sectionNamed, items)}`
    : noneHolds
      ? `; ${numbersNoneHas(shown, sectionNamed, textWords.slice(words.length).join(" "))}`
      : "";
  // Each command is the reference's alone until resolvePieces puts it among the others typed:
  // `"Confidentiality 1, Confidentiality 2"` gave a command for the first only.
  const owned = owners.map((code) => parseReferences([code.id, ...meant.split(" ")]));
  return new SectionElsewhere(`no code '${name}': it is a section of ${whose}`, "say whose", owned, commands, `${commands.length < shown.length ? ", …" : ""}${noItems}`);
}

/**
 * How `name` names a section of one of `codes`, as it would after its code: exactly, else by a
 * unique prefix ("conflicts"), where none of them has one so named exactly; and each code's
 * section it so names.
 */
export function sectionNaming(codes: readonly Code[], name: string): { stages: readonly Stage[]; sectionIn: (code: Code) => Section | undefined } {
  const named = (stages: readonly Stage[]) => (code: Code): Section | undefined => {
    const found = findSection(code, name, stages);
    return found.kind === "found" && found.value.kind === "section" ? found.value.section : undefined;
  };
  const stages: readonly Stage[] = codes.some((code) => named(["exact"])(code) !== undefined) ? ["exact"] : ["prefix"];
  return { stages, sectionIn: named(stages) };
}

/** Where a reference's section name ends: standards written with their items before more numbers ("integrity 12a 13") are numbers too. */
export function nameEndOf(reference: Reference): number {
  return reference.selection !== undefined && !reference.itemLabel ? itemsAtEnd(reference.words) : reference.words.length;
}

/**
 * A section's name without its code as it would be read after its code: "Integrity, 12" (a
 * pasted list's comma), `integrity12` (a number written onto it), `integrity standard 12` (a
 * word before the number that no section's name has): its words and its numbers, apart. The
 * reference as typed where none of these is so.
 */
export function asSectionNamed(library: Library, reference: Reference): Reference {
  const nameEnd = nameEndOf(reference);
  let name = reference.words.slice(0, nameEnd);
  let { selection } = reference;
  const last = name.at(-1);
  if (last === undefined) return reference;
  const bare = last.replace(/(?<![,;:])[,;:]+$/, "");
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
