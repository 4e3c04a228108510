// A reference read after the one before it: a section named without its code is the code's
// named last, or another code's, or begins a code's title; each said so.
import type { Code, Library } from "../../../model.js";
import { ethicsFor } from "../../command-start.js";
import { EthicsError } from "../../errors.js";
import { joined } from "../../word-list.js";
import type { Reference } from "../ref.js";
import { findSection } from "../resolve.js";
import { namesSectionOf, opensWithSectionOf } from "../section-after-code.js";
import { withoutWordBeforeNumber } from "../words-before-number.js";
import { codeNamedLast } from "./code-last.js";
import { namesCodeExactly, splitCode } from "./code-named.js";
import type { Piece, Target } from "./kinds.js";
import { holdingSelection } from "./numbers.js";
import { resolvePieces } from "./pieces.js";
import { resolveTarget } from "./resolve-target.js";
import { sectionOfOtherCodes } from "./section.js";
import { codeFirstReference } from "./show-commands.js";
import { asSectionNamed, nameEndOf } from "./without-code.js";

/**
 * `medi-cal integrity 12 conduct 2`: after a reference of one code, a section of another named
 * without its code, as `medi-cal conduct 4` names Alaska's Conduct with Medi-Cal. Read alone,
 * "conduct" begins a word of Wisconsin's title, and Wisconsin 2 was printed after Integrity 12;
 * it is said, as `medi-cal conduct 4` is, that the code before has no such section and whose it
 * is. Only where the words name no code exactly, and the code they were read as is neither the
 * one before (`wi 2 conduct 4` is Wisconsin's still) nor one with that section; where the code
 * before has it, it is that code's (inCodeNamedBefore).
 */
export function sectionOfAnotherCode(library: Library, previous: Target | undefined, reference: Reference): EthicsError | undefined {
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
export function notInCodeNamedLast(library: Library, previous: Target | undefined, asTyped: Reference): EthicsError | undefined {
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
export function inCodeNamedBefore(library: Library, previous: Target, reference: Reference): Target[] | undefined {
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
export function sectionOrCodeBegun(library: Library, reference: Reference, next: Piece | undefined): EthicsError | undefined {
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
